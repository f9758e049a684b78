import { loadSearchConfig, SearchModule } from '@mreza/search';
import { runSubgraph } from '@mreza/shared/service';

runSubgraph({
  name: 'search',
  loadConfig: loadSearchConfig,
  module: (config) => SearchModule.forRoot(config),
  port: (config) => config.SEARCH_PORT,
});

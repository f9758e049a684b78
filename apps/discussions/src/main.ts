import { loadDiscussionsConfig, DiscussionsModule } from '@mreza/discussions';
import { runSubgraph } from '@mreza/shared/service';

runSubgraph({
  name: 'discussions',
  loadConfig: loadDiscussionsConfig,
  module: (config) => DiscussionsModule.forRoot(config),
  port: (config) => config.DISCUSSIONS_PORT,
});

import { loadLibraryConfig, LibraryModule } from '@mreza/library';
import { runSubgraph } from '@mreza/shared/service';

runSubgraph({
  name: 'library',
  loadConfig: loadLibraryConfig,
  module: (config) => LibraryModule.forRoot(config),
  port: (config) => config.LIBRARY_PORT,
});

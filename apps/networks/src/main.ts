import { loadNetworksConfig, NetworksModule } from '@mreza/networks';
import { runSubgraph } from '@mreza/shared/service';

runSubgraph({
  name: 'networks',
  loadConfig: loadNetworksConfig,
  module: (config) => NetworksModule.forRoot(config),
  port: (config) => config.NETWORKS_PORT,
});

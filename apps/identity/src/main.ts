import { IdentityModule, loadIdentityConfig } from '@mreza/identity';
import { runSubgraph } from '@mreza/shared/service';

runSubgraph({
  name: 'identity',
  loadConfig: loadIdentityConfig,
  module: (config) => IdentityModule.forRoot(config),
  port: (config) => config.IDENTITY_PORT,
});

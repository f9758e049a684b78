// Loaded lazily by @nestjs/apollo; imported here so a built app declares it.
import '@as-integrations/express5';
import { Logger } from '@nestjs/common';
import { GatewayModule, loadGatewayConfig } from '@mreza/gateway';
import { createServiceApp, runService } from '@mreza/shared/service';

runService('gateway', async () => {
  const config = loadGatewayConfig();
  const app = await createServiceApp(GatewayModule.forRoot(config));
  // Nest holds logs back until the server listens; show the supergraph retries while they happen.
  app.flushLogs();
  await app.listen(config.PORT, config.HOST);
  new Logger('Gateway').log(`Listening on http://${config.HOST}:${config.PORT}/`);
  return app;
});

import type { DynamicModule } from '@nestjs/common';
import { createServiceApp, runService } from './bootstrap';

/** A service's whole `main`: load config (failing in one line), boot the module, listen. */
export function runSubgraph<C extends { HOST: string }>(options: {
  name: string;
  loadConfig: () => C;
  module: (config: C) => DynamicModule;
  port: (config: C) => number;
}): void {
  runService(options.name, async () => {
    const config = options.loadConfig();
    const app = await createServiceApp(options.module(config));
    await app.listen(options.port(config), config.HOST);
    return app;
  });
}

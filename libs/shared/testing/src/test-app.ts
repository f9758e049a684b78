import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { createServiceApp } from '@mreza/shared/service';

export interface TestApp {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** Boots one service module in-process on a loopback port (a free one unless `port` is given). */
export async function startTestApp(module: Type | DynamicModule, port = 0): Promise<TestApp> {
  const app = await createServiceApp(module, { logs: false });
  await app.listen(port, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}

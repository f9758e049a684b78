import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { createServiceApp } from '@mreza/shared/service';

export interface TestApp {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** Boots one service module in-process on a free loopback port. */
export async function startTestApp(module: Type | DynamicModule): Promise<TestApp> {
  const app = await createServiceApp(module, { logs: false });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}

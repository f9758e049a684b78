import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GatewayModule, gatewayConfig } from '@mreza/gateway';
import { IdentityModule, loadIdentityConfig, SeedService } from '@mreza/identity';
import { startS3TestServer } from '@mreza/library/testing/s3-test-server';
import { loadNetworksConfig, NetworksModule, NetworksSeedService } from '@mreza/networks';
import type { ServiceProcess, TestApp } from '@mreza/shared/testing';
import {
  freePort,
  GraphQLClient,
  startServiceProcess,
  startTestApp,
  useTestEnvironment,
} from '@mreza/shared/testing';

export const ADMIN = { email: 'admin@platform.test', password: 'Platforma-Radi-Kroz-Gateway-1' };

export const SUBGRAPHS = ['identity', 'networks', 'discussions', 'library', 'search'] as const;

export interface Platform {
  gateway: TestApp;
  client: GraphQLClient;
  subgraphs: Record<string, ServiceProcess>;
  close(): Promise<void>;
}

/**
 * The whole platform on the run's test database, seeded like `npm start`, behind the gateway;
 * object storage is an s3rver that browsers reach through the gateway's `/storage`, as with
 * `npm start`.
 */
export async function bootPlatform(): Promise<Platform> {
  const storage = await startS3TestServer();
  const gatewayPort = await freePort();
  useTestEnvironment({
    MREZA_ADMIN_EMAIL: ADMIN.email,
    MREZA_ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO_DATA: 'false',
    S3_ENDPOINT: storage.endpoint,
    S3_ACCESS_KEY: 'S3RVER',
    S3_SECRET_KEY: 'S3RVER',
    S3_BUCKET: 'mreza-platform-test',
    S3_PUBLIC_URL: `http://127.0.0.1:${gatewayPort}/storage`,
  });
  await seedPlatform();
  const results = await Promise.allSettled(SUBGRAPHS.map((name) => startServiceProcess(name)));
  const started = results.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    // Leave no service running behind a failed start.
    await Promise.all(started.map((service) => service.close()));
    await storage.close();
    throw failed.reason;
  }
  const subgraphs = Object.fromEntries(SUBGRAPHS.map((name, index) => [name, started[index]]));
  const config = gatewayConfig.load({
    ...process.env,
    PORT: '0',
    WEB_DIST: '/nonexistent',
    ...Object.fromEntries(
      SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `${subgraphs[name].url}/graphql`]),
    ),
  });
  // On the port named in the presigned URLs; a gateway that cannot compose leaves nothing behind.
  let gateway: TestApp;
  try {
    gateway = await startTestApp(GatewayModule.forRoot(config), gatewayPort);
  } catch (error) {
    await Promise.all(started.map((service) => service.close()));
    await storage.close();
    throw error;
  }
  return {
    gateway,
    client: new GraphQLClient(gateway.url),
    subgraphs,
    async close() {
      await gateway.close();
      await Promise.all(started.map((service) => service.close()));
      await storage.close();
    },
  };
}

async function seedPlatform(): Promise<void> {
  await runSeed(IdentityModule.forSeed(loadIdentityConfig()), SeedService);
  await runSeed(NetworksModule.forSeed(loadNetworksConfig()), NetworksSeedService);
}

async function runSeed(module: DynamicModule, seed: Type<{ run(): Promise<unknown> }>) {
  const context = await NestFactory.createApplicationContext(module, { logger: false });
  try {
    await context.get(seed).run();
  } finally {
    await context.close();
  }
}

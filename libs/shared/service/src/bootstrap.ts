import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError } from '@mreza/shared/config';

/**
 * Validation for every GraphQL input and HTTP body. The GraphQL schema already refuses unknown
 * fields; `whitelist` strips anything else, since `@Args()` classes see sibling arguments too.
 */
export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    transform: true,
    stopAtFirstError: true,
  });

/** Creates a service app the same way in production and in tests. */
export async function createServiceApp(
  module: Type | DynamicModule,
  options: { logs?: boolean } = {},
) {
  const app = await NestFactory.create(module, {
    bufferLogs: true,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) {
    app.useLogger(app.get(Logger));
    // Nest holds logs back until the server listens; a failing start-up should still show them.
    app.flushLogs();
  }
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  return app;
}

/**
 * Runs a service's `main`: any start-up failure ends the process with one line that names the
 * service and the cause (bad variable, port in use, database unreachable).
 */
export function runService(name: string, start: () => Promise<INestApplication>): void {
  start().catch((error: unknown) => {
    console.error(`[${name}] failed to start: ${describeStartupError(error)}`);
    process.exit(1);
  });
}

export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  const port = (error as { port?: number } | null)?.port;
  if (code === 'EADDRINUSE') return `port ${port ?? ''} is already in use`.replace('  ', ' ');
  if (code === 'ECONNREFUSED')
    return `cannot reach ${(error as { address?: string }).address ?? 'a server'}:${port ?? ''} (connection refused)`;
  if (code === '3D000' || code === '28P01' || code === '28000') {
    return `database refused the connection: ${(error as Error).message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

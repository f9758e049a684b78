import { Logger } from '@nestjs/common';
import type { RequestHandler } from 'http-proxy-middleware';
import { createProxyMiddleware } from 'http-proxy-middleware';

export const NETWORKS_HTTP_PREFIX = '/api/networks';

/**
 * Plain HTTP endpoints of the networks service (the members CSV export), reached through the
 * public origin at `/api/networks/…`. The service checks the bearer token itself, like GraphQL.
 */
export function createNetworksHttpProxy(target: string): RequestHandler {
  const logger = new Logger('NetworksHttpProxy');
  return createProxyMiddleware({
    target,
    xfwd: true,
    pathFilter: (path, request) =>
      request.method === 'GET' && path.startsWith(`${NETWORKS_HTTP_PREFIX}/`),
    pathRewrite: (path) => path.replace(NETWORKS_HTTP_PREFIX, '/networks'),
    logger: {
      info: (message: unknown) => logger.debug(String(message)),
      warn: (message: unknown) => logger.warn(String(message)),
      error: (message: unknown) => logger.error(String(message)),
    },
  });
}

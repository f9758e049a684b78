import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { RequestHandler } from 'http-proxy-middleware';
import { createProxyMiddleware } from 'http-proxy-middleware';

export const SOCKET_PATH = '/socket.io';

export const isSocketPath = (path: string) =>
  path === SOCKET_PATH || path.startsWith(`${SOCKET_PATH}/`) || path.startsWith(`${SOCKET_PATH}?`);

/** Proxies `/socket.io` (long-polling and WebSocket) to the discussions Socket.IO server. */
export function createSocketProxy(target: string): RequestHandler {
  const logger = new Logger('SocketProxy');
  return createProxyMiddleware({
    target,
    ws: true,
    xfwd: true,
    pathFilter: (path) => isSocketPath(path),
    logger: {
      info: (message: unknown) => logger.debug(String(message)),
      warn: (message: unknown) => logger.warn(String(message)),
      error: (message: unknown) => logger.error(String(message)),
    },
  });
}

/**
 * Hands WebSocket upgrades under `/socket.io` to the proxy and closes any other: nothing else on
 * the gateway speaks WebSocket. Wired explicitly so the first connection may be a WebSocket one.
 */
export function routeUpgrades(server: Server, proxy: RequestHandler): void {
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (isSocketPath(request.url ?? '')) proxy.upgrade(request, socket as Socket, head);
    else socket.destroy();
  });
}

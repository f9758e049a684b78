import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';

/** Paths the gateway itself answers; the client's routes never start with these. */
const SERVER_PATHS = ['/graphql', '/health', '/socket.io', '/storage', '/assets', '/api'];

const isServerPath = (path: string) =>
  SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mreža</title></head>
<body>
<h1>The web client is not built</h1>
<p>The gateway serves the web client from <code>WEB_DIST</code> (default <code>apps/web/dist</code>),
which has no <code>index.html</code>. Build it with <code>npx nx build web</code>, or point
<code>WEB_DIST</code> at a built client. The API is at <a href="/graphql">/graphql</a>.</p>
</body>
</html>
`;

/** A browser navigation (not a script, image or API call) the client's router should handle. */
const isPageRequest = (request: Request) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !isServerPath(request.path) &&
  (request.headers.accept ?? '').includes('text/html');

/**
 * Compresses the client's files (Brotli, else gzip) as they are sent: JavaScript shrinks to a
 * quarter, which is what a member on a slow office line or a phone waits for. Server paths (the
 * API, sockets, storage) are left to their own handlers.
 */
const compressFiles = (): RequestHandler => {
  const compress = compression();
  return (request, response, next) =>
    isServerPath(request.path) && !request.path.startsWith('/assets/')
      ? next()
      : compress(request, response, next);
};

/**
 * Serves the built web client: files compressed (hashed files under `/assets` cached for a
 * year), and `index.html` for every page request so the client's router takes over. Without a
 * build, `/` explains how to make one.
 */
export function webClientHandlers(webDist: string): RequestHandler[] {
  const root = resolve(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    return [
      (request: Request, response: Response, next: NextFunction) => {
        if (request.method !== 'GET' || request.path !== '/') return next();
        response.type('html').send(NOT_BUILT_PAGE);
      },
    ];
  }
  const files = express.static(root, {
    index: false,
    setHeaders: (response, path) => {
      if (path.startsWith(join(root, 'assets') + '/')) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  const page = (request: Request, response: Response, next: NextFunction) => {
    if (!isPageRequest(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  };
  return [compressFiles(), files, page];
}

import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
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

const IMMUTABLE = 'public, max-age=31536000, immutable';
const PRECOMPRESSED = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
] as const;

/**
 * Sends `/assets/x.js` as `x.js.br` or `x.js.gz` when the build wrote one (see the web client's
 * Vite config) and the browser accepts it: compressed once, at their best, at build time.
 */
function precompressedAssets(root: string): RequestHandler {
  const assets = join(root, 'assets') + sep;
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!request.path.startsWith('/assets/')) return next();
    let path: string;
    try {
      path = resolve(root, `.${decodeURIComponent(request.path)}`);
    } catch {
      return next();
    }
    if (!path.startsWith(assets)) return next();
    // Brotli whenever the browser takes it: browsers list gzip first, though br is smaller.
    const chosen = PRECOMPRESSED.find(
      (option) =>
        request.acceptsEncodings(option.encoding) === option.encoding &&
        existsSync(path + option.extension),
    );
    response.vary('Accept-Encoding');
    if (!chosen) return next();
    response.setHeader('Content-Encoding', chosen.encoding);
    response.setHeader('Cache-Control', IMMUTABLE);
    response.type(extname(path));
    response.sendFile(path + chosen.extension, { cacheControl: false }, (error?: Error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}

/**
 * Serves the built web client: files under `/assets` (hashed, cached for a year) as compressed
 * at build time where the build did so, other files compressed as they are sent, and
 * `index.html` for every page request so the client's router takes over. Without a build, `/`
 * explains how to make one.
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
        response.setHeader('Cache-Control', IMMUTABLE);
      }
    },
  });
  const page = (request: Request, response: Response, next: NextFunction) => {
    if (!isPageRequest(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  };
  return [precompressedAssets(root), compressFiles(), files, page];
}

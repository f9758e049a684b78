// "Is this port free?" asked the only reliable way: by trying to listen on it.
import { createServer } from 'node:net';
import { StartError } from './start-error.mjs';

/** Resolves true when nothing listens on `port` at `host` (so a server could bind it). */
export function isPortFree(port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, host: host.replace(/^\[|\]$/g, ''), exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** Throws `✗ <part>: port N is in use (set VARIABLE to another port)` when it is taken. */
export async function ensurePortFree({ part, port, variable, host }) {
  if (await isPortFree(port, host)) return;
  throw new StartError(part, `port ${port} is in use (set ${variable} to another port)`);
}

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;

/**
 * Writes `file.br` (Brotli at its best, quality 11) and `file.gz` beside every script, style
 * sheet and page of the build: the gateway sends them as they are, so a browser gets a seventh
 * of the bytes without the server compressing anything per request.
 */
function precompress(): Plugin {
  return {
    name: 'mreza-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir as string;
      await Promise.all(
        Object.values(bundle)
          .filter((output) => COMPRESSIBLE.test(output.fileName))
          .map(async (output) => {
            const content = Buffer.from(output.type === 'chunk' ? output.code : output.source);
            const path = join(outDir, output.fileName);
            await writeFile(
              `${path}.br`,
              await brotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
            );
            await writeFile(`${path}.gz`, await gzipped(content, { level: 9 }));
          }),
      );
    },
  };
}

/** The gateway: in production it serves this client's `dist` at the same origin as the API. */
const GATEWAY = process.env['MREZA_GATEWAY_URL'] ?? 'http://localhost:3000';

const apiProxy = {
  '/graphql': { target: GATEWAY, changeOrigin: false },
  '/socket.io': { target: GATEWAY, ws: true },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react(), precompress()],
  resolve: {
    alias: { '@web': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 4200, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The gateway caches everything under /assets for a year: file names must carry a hash.
    assetsDir: 'assets',
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway: in production it serves this client's `dist` at the same origin as the API. */
const GATEWAY = process.env['MREZA_GATEWAY_URL'] ?? 'http://localhost:3000';

const apiProxy = {
  '/graphql': { target: GATEWAY, changeOrigin: false },
  '/socket.io': { target: GATEWAY, ws: true },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
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

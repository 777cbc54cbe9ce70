import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.ts';

/** The API server the dev server forwards to (`npm run envgrid serve` listens on 3000). */
const API_TARGET = process.env.ENVGRID_API_TARGET ?? 'http://127.0.0.1:3000';
const proxied = ['/api', '/open311', '/healthz', '/readyz'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages are lazy-loaded; the heavy libraries (ECharts, Leaflet) land in their own chunks.
    chunkSizeWarningLimit: 900,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: API_TARGET, changeOrigin: false }])),
  },
  preview: { host: '127.0.0.1', port: 4173 },
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Bundle the Erlang library from its TypeScript source: it is pure and has no dependencies,
    // and the what-if on the Requirements page runs it in the browser.
    alias: { '@bemanna/erlang': path.resolve(here, '../../libs/erlang/src/index.ts') },
  },
  server: {
    // `npm run dev -w @bemanna/web` next to a running API (npm start) on port 3000.
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts alone is about 1 MB; the app is used on the office network, not on phones.
    chunkSizeWarningLimit: 2000,
  },
});

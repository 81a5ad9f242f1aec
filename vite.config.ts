import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in web/ and is served by the API from web/dist in production.
// In development (`npm run dev`) Vite serves it on PORT and proxies the API, so
// everything is reached on one port.
const port = Number(process.env.PORT ?? 3000);
const apiPort = Number(process.env.API_DEV_PORT ?? port + 1);
const api = `http://127.0.0.1:${apiPort}`;

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port,
    strictPort: true,
    proxy: { '/api': api, '/.well-known': api },
  },
});

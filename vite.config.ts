import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { isPublicPage } from './api/src/public-pages.ts';
import { precompileMessages, WITHOUT_ICU_PARSER } from './web/scripts/precompile-messages.ts';
import { precompress } from './web/scripts/precompress.ts';

// The staff web app lives in web/ and is served by the API from web/dist in production.
// In development (`npm run dev`) Vite serves it on PORT and proxies the API, so
// everything is reached on one port. The public app (vite.public.config.ts) has
// its own production build; in development this server also answers its pages
// (/v, /benefits, /partners/guide) with web/public.html, without a service worker.
const port = Number(process.env.PORT ?? 3000);
const apiPort = Number(process.env.API_DEV_PORT ?? port + 1);
const api = `http://127.0.0.1:${apiPort}`;

function publicPagesInDev(): Plugin {
  return {
    name: 'public-pages-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const [pathname = '/', query] = (request.url ?? '/').split('?');
        if (request.method === 'GET' && isPublicPage(pathname)) request.url = `/public.html${query ? `?${query}` : ''}`;
        next();
      });
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), precompileMessages(), publicPagesInDev(), precompress()],
  // Catalogue messages arrive compiled (precompileMessages): the pages never ship the ICU parser.
  resolve: { alias: [WITHOUT_ICU_PARSER] },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port,
    strictPort: true,
    proxy: { '/api': api, '/.well-known': api },
  },
});

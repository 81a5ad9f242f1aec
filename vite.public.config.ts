import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { PUBLIC_PAGES, publicPagePatterns } from './api/src/public-pages.ts';
import { precompileMessages, WITHOUT_ICU_PARSER } from './web/scripts/precompile-messages.ts';
import { precompress } from './web/scripts/precompress.ts';
import { BENEFITS_CACHE, MY_CARD_CACHE, OFFLINE_CHECK_CACHE } from './web/src/public/config/offline-caches.ts';

/**
 * The public web app (verify page, benefits directory, partner guide): a
 * second, small build, so a partner's cheap phone never downloads the staff
 * app (pdf.js and the rest). Built after the staff app (which empties
 * web/dist) into web/dist/public, served from /public/ by the API, which
 * answers the public pages (api/src/public-pages.ts) with its public.html.
 *
 * The service worker lives at /public/sw.js but takes scope "/" (the API sends
 * `Service-Worker-Allowed: /`) because the pages it serves offline are /v,
 * /benefits and /partners/guide. It precaches this build only, answers
 * navigations to those pages only (the staff app is never served from it),
 * and keeps the last keys, status list and benefits directory for offline use,
 * and a young carer's own card on their own phone.
 */
export const THEME_COLOUR = '#5b2a86';

const ICONS = [
  { src: '/public/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/public/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/public/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/**
 * A second web manifest, for a young carer's own card: added to the home
 * screen from /my, it must open /my, not the verify page. The /my page points
 * its <link rel="manifest"> here (web/src/public/features/my-card).
 */
function myCardManifest(): Plugin {
  return {
    name: 'my-card-manifest',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'my-card.webmanifest',
        source: JSON.stringify({
          id: PUBLIC_PAGES.myCard,
          name: 'My young carer card',
          short_name: 'My card',
          description: 'My young carer card, to show on my phone.',
          lang: 'en-GB',
          start_url: PUBLIC_PAGES.myCard,
          scope: '/',
          display: 'standalone',
          orientation: 'portrait',
          theme_color: THEME_COLOUR,
          background_color: '#ffffff',
          icons: ICONS,
        }),
      });
    },
  };
}

export default defineConfig({
  root: 'web',
  base: '/public/',
  // Shared with the staff build: the favicon and the app icons (web/scripts/make-pwa-icons.ts).
  publicDir: 'public',
  build: {
    outDir: 'dist/public',
    emptyOutDir: true,
    rollupOptions: { input: 'web/public.html' },
  },
  // Catalogue messages arrive compiled (precompileMessages): the pages never ship the ICU parser.
  resolve: { alias: [WITHOUT_ICU_PARSER] },
  plugins: [
    react(),
    precompileMessages(),
    myCardManifest(),
    VitePWA({
      strategies: 'generateSW',
      // Registered by the app itself (web/src/public/app/service-worker.ts), with scope "/".
      injectRegister: false,
      registerType: 'autoUpdate',
      scope: '/',
      filename: 'sw.js',
      manifest: {
        id: PUBLIC_PAGES.verify,
        name: 'Young Carer Cards: check a card',
        short_name: 'Check a card',
        description: 'Check a young carer card: scan its QR code or type its number.',
        lang: 'en-GB',
        start_url: PUBLIC_PAGES.verify,
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOUR,
        background_color: '#ffffff',
        icons: ICONS,
      },
      workbox: {
        // The whole public build (the favicon and icons included): every page works offline once loaded.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The public pages, and only them, open from the precached shell (fast on a poor signal, and offline).
        navigateFallback: 'public.html',
        navigateFallbackAllowlist: publicPagePatterns(),
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // What an offline check needs. Network first, so every online load stores fresh copies.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && (url.pathname === '/.well-known/jwks.json' || url.pathname === '/api/v1/status-list'),
            handler: 'NetworkFirst',
            options: { cacheName: OFFLINE_CHECK_CACHE, networkTimeoutSeconds: 6, cacheableResponse: { statuses: [200] } },
          },
          {
            // A young carer's own card and photo, so the card opens with no signal. Only 200s are kept:
            // a phone that was signed out gets its 401, and the page then empties this cache.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && (url.pathname === '/api/my/card' || url.pathname === '/api/my/photo'),
            handler: 'NetworkFirst',
            options: { cacheName: MY_CARD_CACHE, networkTimeoutSeconds: 6, cacheableResponse: { statuses: [200] } },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/api/v1/benefits',
            handler: 'NetworkFirst',
            options: { cacheName: BENEFITS_CACHE, networkTimeoutSeconds: 6, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
    precompress(),
  ],
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** What the served app and the single offline file share. */
export const shared = defineConfig({
  plugins: [react()],
  // MapLibre finds its worker next to its own module; pre-bundling would move it.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  // geodata/*.geojson are fetched at run time as hashed assets (see src/data/load-geodata.ts).
  assetsInclude: ['**/*.geojson'],
  // jsPDF's optional helpers, which the handout never calls (see the module's comment).
  resolve: {
    alias: [
      {
        find: /^(html2canvas|canvg|dompurify)$/,
        replacement: fileURLToPath(new URL('./src/export/jspdf-unused-module.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    // One small inline threshold: the data stay separate, cacheable files.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

/** Tiles kept for a basemap the user chose: enough for a few views, never the whole world. */
const TILE_CACHE = { maxEntries: 600, maxAgeSeconds: 30 * 24 * 3600 };

/**
 * The served app (`npm run build`): installable (public/manifest.webmanifest and
 * icons) and offline after one visit, through a Workbox service worker that
 * precaches the built app and its data. A new deployment waits until the user
 * reloads from the notice or the next visit (registerType 'prompt').
 */
export default mergeConfig(
  shared,
  defineConfig({
    define: { __SERVICE_WORKER__: 'true' },
    plugins: [
      installableAppLinks(),
      VitePWA({
        registerType: 'prompt',
        // Registered by src/offline/register-service-worker.ts, after the map is up.
        injectRegister: false,
        // The manifest is the one in public/.
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,mjs,css,html,geojson,json,svg,png,webmanifest}'],
          // MapLibre and the data files are larger than Workbox's 2 MB default.
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          // Only the basemap and hillshade tiles come from elsewhere: bounded, and only good answers.
          runtimeCaching: [
            {
              urlPattern: ({ sameOrigin }) => !sameOrigin,
              handler: 'NetworkFirst',
              options: {
                cacheName: 'basemap-tiles',
                networkTimeoutSeconds: 8,
                expiration: { ...TILE_CACHE, purgeOnQuotaError: true },
                cacheableResponse: { statuses: [200] },
              },
            },
          ],
        },
      }),
    ],
  }),
);

/** The icon and manifest links, which only the served app has (the single file would ask file:// for them). */
function installableAppLinks(): Plugin {
  return {
    name: 'installable-app-links',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<link rel="icon" href="data:," />',
        [
          '<link rel="icon" href="/icons/icon.svg" type="image/svg+xml" />',
          '<link rel="apple-touch-icon" href="/icons/icon-192.png" />',
          '<link rel="manifest" href="/manifest.webmanifest" />',
          '<meta name="theme-color" content="#1d2733" />',
        ].join('\n    '),
      ),
  };
}

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
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

import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { shared } from './vite.config.ts';

/**
 * `npm run build:single`: the app as one HTML file that opens from file:// with
 * no network and no server (meeting mode).
 *
 * From file:// a Chromium page has an opaque origin and may load no other file:
 * no module script, no fetch of a sibling file. So everything the served build
 * keeps in separate files is inlined instead:
 * - every `?url` asset (the GeoJSON, plan.json, links.json and MapLibre's worker)
 *   becomes a data: URL, which fetch() reads from any origin;
 * - code splitting is off, so the plan reader's lazy chunk joins the one script;
 * - the plugin below moves that script and the stylesheet into the HTML.
 * MapLibre itself turns the worker's data: URL into a module worker: with an
 * opaque origin it fetches the worker URL and starts it from a data: URL.
 * The import worker is a bundle of its own: the plugin puts it into the script
 * as a data: URL too.
 * No service worker and no manifest: a file:// page can register neither, and
 * the file on the stick is already the offline copy (public/ is not copied).
 */
export default mergeConfig(
  shared,
  defineConfig({
    base: './',
    publicDir: false,
    define: { __SERVICE_WORKER__: 'false' },
    build: {
      outDir: 'dist-single',
      // Inline every asset, whatever its size.
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      // No separate chunks, hence nothing to preload.
      modulePreload: false,
      chunkSizeWarningLimit: 8000,
      rolldownOptions: { output: { codeSplitting: false } },
    },
    plugins: [inlineIntoHtml()],
  }),
);

/** Moves the built script and stylesheet into index.html, and fails the build if any other file would be written. */
function inlineIntoHtml(): Plugin {
  return {
    name: 'inline-into-html',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own generateBundle work, which still rewrites the chunks (its preload markers).
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (html?.type !== 'asset' || typeof html.source !== 'string') this.error('no index.html in the bundle');
        let page = html.source;
        // A worker bundle (the import worker) becomes a data: URL where the scripts name it.
        for (const [fileName, output] of Object.entries(bundle)) {
          if (output.type !== 'asset' || !fileName.endsWith('.js')) continue;
          const url = `data:text/javascript;base64,${Buffer.from(output.source).toString('base64')}`;
          // Named from the chunk's folder (`import.worker-….js`) or from the root (`./assets/…`).
          const base = fileName.slice(fileName.lastIndexOf('/') + 1);
          const named = new RegExp(`(\\.?/)?([\\w-]+/)*${escapeRegExp(base)}`, 'g');
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk') chunk.code = chunk.code.replace(named, () => url);
          }
          delete bundle[fileName];
        }
        for (const [fileName, output] of Object.entries(bundle)) {
          if (fileName === 'index.html') continue;
          const tag = output.type === 'chunk' ? scriptTag(fileName) : styleTag(fileName);
          const match = page.match(tag);
          if (!match) this.error(`${fileName} is not referenced by index.html, so it cannot be inlined`);
          const code = output.type === 'chunk' ? output.code : String(output.source);
          // A replacer function, so that `$&` and the like in the code stay literal.
          page = page.replace(tag, () =>
            output.type === 'chunk' ? `<script type="module">${escapeScript(code)}</script>` : `<style>${code}</style>`,
          );
          delete bundle[fileName];
        }
        html.source = page;
      },
    },
  };
}

/** The `<script src>` tag Vite writes for an entry chunk. */
function scriptTag(fileName: string): RegExp {
  return new RegExp(`<script type="module" crossorigin src="\\./${escapeRegExp(fileName)}"></script>`);
}

/** The `<link rel="stylesheet">` tag Vite writes for the CSS. */
function styleTag(fileName: string): RegExp {
  return new RegExp(`<link rel="stylesheet" crossorigin href="\\./${escapeRegExp(fileName)}">`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `</script` would end the inline script early. In JS it can only occur inside
 * a string, template, regular expression or comment, where `<\/script` means the same.
 */
function escapeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

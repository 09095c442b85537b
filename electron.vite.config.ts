// electron-vite 6 (vite 8, rolldown) builds the three Electron targets into out/.
//   main      src/main/app/main.ts → out/main/index.js    ESM: package.json is "type": "module" and
//                                                         Electron ≥ 28 loads an ESM main process.
//   preload   src/preload/index.ts → out/preload/index.cjs CommonJS: a sandboxed preload cannot be ESM.
//   renderer  src/renderer/index.html → out/renderer/
// Dependencies stay external in main and preload: better-sqlite3-multiple-ciphers and keytar are native addons that
// electron-builder ships (unpacked from the asar), so they must never be inlined into a bundle.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string): string => resolve(root, path);

/**
 * The entry (src/renderer/main.tsx) is small and imports the console's code (app/mount.tsx) on
 * demand, so that its first reads start before that code is evaluated; index.html names that code
 * and everything it imports as modulepreloads, so it is fetched alongside the entry, not after it.
 */
function preloadConsoleCode(): Plugin {
  return {
    name: 'atiende-preload-console-code',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const chunks = new Map(Object.values(context.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const mount = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith('/src/renderer/app/mount.tsx'));
        if (!mount) throw new Error('No chunk for src/renderer/app/mount.tsx');
        const files: string[] = [];
        const visit = (file: string) => {
          if (files.includes(file) || html.includes(`/${file}"`)) return;
          files.push(file);
          for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
        };
        visit(mount.fileName);
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      // Every "dependencies" entry is external by default; naming the native addons keeps them
      // external even if someone moves them out of "dependencies" by mistake.
      externalizeDeps: { include: ['better-sqlite3-multiple-ciphers', 'keytar'] },
      rolldownOptions: {
        input: { index: at('src/main/app/main.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload can require only 'electron' (and a few polyfilled built-ins), so
      // everything else it imports is bundled into this one file: it imports types only for now.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('src/renderer'),
    // JSX and React's production build. Fast Refresh's inline preamble only exists on the dev
    // server, which the Electron shell never loads (it serves the built renderer from app://).
    plugins: [react(), preloadConsoleCode()],
    build: {
      outDir: at('out/renderer'),
      // Minified and split: rarely opened pages are React.lazy chunks fetched on first opening,
      // and tests/integration/renderer-bundle.test.ts keeps what loads before the first paint small.
      minify: true,
      rolldownOptions: {
        input: { index: at('src/renderer/index.html') },
        // Our own modules run nothing when imported (no top-level calls), so one whose exports go
        // unused is left out: a feature's index re-exporting a lazy page's neighbour would
        // otherwise drag that neighbour, and zod with it, into the first chunk.
        treeshake: { moduleSideEffects: (id: string) => (/\/src\/(renderer|shared)\/.*\.tsx?$/.test(id) ? false : undefined) },
      },
    },
  },
});

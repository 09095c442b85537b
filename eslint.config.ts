// Lint: strict TypeScript plus the rooms of docs/architecture.md. Each boundary rule's message
// names the boundary that was broken, so the message alone tells how to fix it.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

interface Restriction { message: string; group?: string[]; regex?: string; caseSensitive?: boolean; allowTypeImports?: boolean }
const boundary = (group: string[], message: string): Restriction => ({ group, message });
const imports = (...patterns: Restriction[]): Linter.RulesRecord => ({ 'no-restricted-imports': ['error', { patterns }] });

// Every Node built-in, with and without the `node:` prefix (`fs`, `node:fs`, `fs/promises`).
const NODE_BUILTIN = `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('node:')).join('|')})(/.*)?)$`;
const noNode = (room: string): Restriction => ({
  regex: NODE_BUILTIN, caseSensitive: true,
  message: `[${room} → Node] ${room} runs without Node: Node built-ins belong in src/main, src/server or src/node.`,
});
const noNodeOnly = (room: string) => boundary(['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'keytar', 'electron', 'electron/*', 'electron-updater'],
  `[${room} → Node-only package] ${room} runs without Node: SQLite, keytar and Electron belong in src/main (Electron in src/main/app/ only).`);
const noReact = (room: string) => boundary(['react', 'react/*', 'react-dom', 'react-dom/*'],
  `[${room} → React] React belongs to src/renderer only.`);
const noElectron = boundary(['electron', 'electron/*', 'electron-updater'],
  '[main → electron] Only src/main/app/ may import electron: everything else must run under plain Node.');
const noRenderer = boundary(['**/renderer/**'], '[main → renderer] Main-process code never imports the renderer.');
const noPreload = boundary(['**/preload/**'], '[main → preload] The preload is its own bundle: share code through src/shared.');
const noServer = boundary(['**/server/**'],
  '[main → server] The console reaches the central API over HTTP: only src/main/embedded-sandbox.ts and src/main/harness/ may import src/server.');

// Features are imported through their index.ts: one zone per pair of rooms inside the renderer.
const RENDERER = 'src/renderer';
const rendererEntries = readdirSync(`${import.meta.dirname}/${RENDERER}`).filter((e) => e !== 'features' && !e.endsWith('.html'));
const features = readdirSync(`${import.meta.dirname}/${RENDERER}/features`);
const featureZones = features.map((feature) => ({
  target: [...rendererEntries.map((e) => `./${RENDERER}/${e}`), ...features.filter((f) => f !== feature).map((f) => `./${RENDERER}/features/${f}`)],
  from: `./${RENDERER}/features/${feature}`,
  except: ['./index.ts'],
  message: `[feature → feature] Import features/${feature} through its index.ts, which says what other features may use.`,
}));

const WINDOW_ATIENDE = "MemberExpression[property.name='atiende'], MemberExpression[property.value='atiende']";
const noDangerousHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: '[renderer → HTML] Render customer content as text; HTML goes only through features/case/EmailHtml.tsx (DOMPurify).',
};

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tools/node24/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Concise arrows that return a void call read better than braces around them.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  // The launcher's plain JavaScript is type-checked (checkJs), which finds undefined names better.
  { files: ['**/*.mjs'], rules: { 'no-undef': 'off' } },
  {
    // No cycles between modules: a cycle makes load order matter and rooms impossible to split.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/shared/**'],
    rules: imports(
      boundary(['**/main/**', '**/server/**', '**/protocol/**', '**/preload/**', '**/renderer/**'],
        '[shared → app code] src/shared is runtime-free: it may import nothing from main, server, protocol, preload or renderer.'),
      noNode('src/shared'), noNodeOnly('src/shared'), noReact('src/shared'),
    ),
  },
  {
    files: ['src/protocol/**'],
    rules: imports(
      boundary(['**/main/**', '**/server/**', '**/preload/**', '**/renderer/**'],
        '[protocol → app code] src/protocol is the wire both sides share: it may import zod and src/shared only.'),
      noNode('src/protocol'), noNodeOnly('src/protocol'), noReact('src/protocol'),
    ),
  },
  {
    // The sandboxed preload has no Node: it builds window.atiende from the contract's types, the
    // channel names and electron's contextBridge and ipcRenderer.
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{
          name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer'], allowTypeImports: true,
          message: '[preload → electron] The preload takes contextBridge and ipcRenderer from electron, nothing else.',
        }],
        patterns: [{
          regex: '^(?!electron$|(\\.\\./)+shared/ipc\\.ts$)', caseSensitive: true, allowTypeImports: true,
          message: '[preload → value import] src/preload imports types only; its one value import is the channel names of src/shared/ipc.ts.',
        }],
      }],
    },
  },
  {
    files: ['src/renderer/**'],
    plugins: { 'import-x': importX },
    rules: {
      ...imports(
        boundary(['**/main/**', '**/server/**', '**/preload/**', '**/protocol/**'],
          '[renderer → main] The renderer is untrusted: it reaches main only through lib/bridge.ts and the contract in src/shared.'),
        noNode('src/renderer'), noNodeOnly('src/renderer'),
      ),
      'import-x/no-restricted-paths': ['error', { zones: featureZones, basePath: import.meta.dirname }],
      // Customer text is rendered as text. The one reviewed exception (sanitised e-mail HTML)
      // carries its own disable comment.
      'no-restricted-syntax': ['error', noDangerousHtml, {
        selector: WINDOW_ATIENDE,
        message: '[renderer → window.atiende] Only src/renderer/lib/bridge.ts touches window.atiende: import `api` and `onEvent` from it.',
      }],
    },
  },
  { files: ['src/renderer/lib/bridge.ts'], rules: { 'no-restricted-syntax': ['error', noDangerousHtml] } },
  // The Rules of Hooks and the React Compiler's checks, for the React renderer only.
  { files: ['src/renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['src/server/**'],
    rules: imports(
      boundary(['**/main/**', '**/preload/**', '**/renderer/**', 'electron', 'electron/*'],
        '[server → console] src/server is the central API, not the console: it may import src/protocol, src/shared, src/node and Node only.'),
      noReact('src/server'),
    ),
  },
  {
    // Node helpers both the console's main process and the server use (a data folder kept out of git).
    files: ['src/node/**'],
    rules: imports(
      boundary(['**/main/**', '**/server/**', '**/protocol/**', '**/preload/**', '**/renderer/**'],
        '[node → app code] src/node holds the Node helpers main and the server share: it may import src/shared and Node only.'),
      noNodeOnly('src/node'), noReact('src/node'),
    ),
  },
  { files: ['tests/**', 'bench/**', 'scripts/**'], rules: imports(noElectron, noRenderer) },
  {
    // The console talks to the central API over HTTP; only the embedded sandbox and the browser
    // harness start the server in the same process.
    files: ['src/main/**'],
    rules: imports(noElectron, noRenderer, noPreload, noServer, noReact('src/main')),
  },
  { files: ['src/main/embedded-sandbox.ts', 'src/main/harness/**'], rules: imports(noElectron, noRenderer, noPreload, noReact('src/main')) },
  // The Electron glue: the main rules, plus electron.
  { files: ['src/main/app/**'], rules: imports(noRenderer, noPreload, noServer, noReact('src/main')) },
  {
    // Tests drive real servers and processes; their assertions read loosely typed JSON.
    files: ['**/*.test.ts', 'tests/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // expect.stringMatching() and friends are typed `any` by vitest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // json<T>(text) and readCache<T>(…) name the shape a test expects of parsed output.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
);

// Lint: strict TypeScript plus the process boundaries of docs/architecture.md. Each boundary
// rule says which rule was broken, so the message alone tells how to fix it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const boundary = (group: string[], message: string) => ({ group, message });
const noElectron = boundary(['electron'], 'Only src/main/app/ may import electron: everything else must run under plain Node.');
const noRenderer = boundary(['**/renderer/**'], 'Main-process code never imports the renderer.');
const noServer = boundary(['**/server/**'],
  'The console reaches the central API over HTTP: only src/main/embedded-sandbox.ts and src/main/harness/ may import src/server.');

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
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [boundary(['**/main/**', '**/server/**', '**/protocol/**', '**/preload/**', '**/renderer/**', 'electron', 'node:*'],
          'src/shared is runtime-free: it may import nothing from main, server, protocol, preload, renderer, Node or Electron.')],
      }],
    },
  },
  {
    files: ['src/protocol/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [boundary(['**/main/**', '**/server/**', '**/preload/**', '**/renderer/**', 'electron', 'node:*'],
          'src/protocol is the wire both sides share: it may import zod and src/shared only.')],
      }],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [boundary(['**/main/**', '**/server/**', '**/preload/**', 'electron', 'node:*'],
          'The renderer is untrusted: it reaches main only through lib/bridge.ts and the contract in src/shared.')],
      }],
      // Customer text is rendered as text. The one reviewed exception (sanitised e-mail HTML)
      // carries its own disable comment.
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Render customer content as text; HTML goes only through features/case/EmailHtml.tsx (DOMPurify).',
      }],
    },
  },
  // The Rules of Hooks and the React Compiler's checks, for the React renderer only.
  { files: ['src/renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [boundary(['**/main/**', '**/preload/**', '**/renderer/**', 'electron'],
          'src/server is the central API, not the console: it may import src/protocol, src/shared and Node only.')],
      }],
    },
  },
  {
    files: ['src/main/**', 'tests/**', 'bench/**', 'scripts/**'],
    ignores: ['src/main/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer] }],
    },
  },
  {
    // The console talks to the central API over HTTP; only the embedded sandbox and the browser
    // harness start the server in the same process.
    files: ['src/main/**'],
    ignores: ['src/main/app/**', 'src/main/embedded-sandbox.ts', 'src/main/harness/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer, noServer] }],
    },
  },
  {
    files: ['src/main/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRenderer, noServer] }],
    },
  },
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

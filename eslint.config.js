import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries from ARCHITECTURE.md: who may import whom. Our folders are matched by where an
 * import resolves, exactly: `../main/x` from electron/backend is electron/main, while a feature
 * folder that happens to be called `main` is not.
 */
const root = import.meta.dirname;
const boundaries = {
  rules: {
    'no-folder-imports': {
      meta: { type: 'problem', schema: [{ type: 'array' }] },
      create(context) {
        const forbidden = context.options[0] ?? [];
        const check = (source) => {
          if (typeof source?.value !== 'string' || !source.value.startsWith('.')) return;
          const target = relative(root, resolve(dirname(context.filename), source.value));
          const path = target.replaceAll('\\', '/');
          const hit = forbidden.find((f) => path === f.folder || path.startsWith(`${f.folder}/`));
          if (hit) context.report({ node: source, message: hit.message });
        };
        return {
          ImportDeclaration: (node) => check(node.source),
          ExportNamedDeclaration: (node) => check(node.source),
          ExportAllDeclaration: (node) => check(node.source),
          ImportExpression: (node) => check(node.source),
        };
      },
    },
  },
};
const forbidFolders = (...folders) => ({ 'boundaries/no-folder-imports': ['error', folders] });
const main = { folder: 'electron/main', message: 'Nothing imports electron/main.' };
const backend = { folder: 'electron/backend', message: 'Only electron/main may use the backend.' };
const preload = { folder: 'electron/preload', message: 'The preload is imported by nobody.' };
const renderer = { folder: 'renderer', message: 'The renderer is imported by nobody.' };
const ourFolders = (message) => [
  { folder: 'electron', message },
  { folder: 'renderer', message },
  { folder: 'tests', message },
];

/** Packages: only electron/main and electron/preload use Electron; shared, renderer and preload no Node. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const electronOnly = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import electron.',
};
const noNode = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process'],
  message: 'No Node modules here.',
};

/**
 * Globals per runtime, for the compiler's boundaries (tsconfig.*.json) to show in the editor too:
 * shared has neither DOM nor Node globals (but the few in shared/runtime-globals.d.ts), the
 * renderer none of Node's.
 */
const builtin = new Set(Object.keys(globals.builtin));
const SHARED_RUNTIME_GLOBALS = new Set(['TextEncoder', 'URL']);
const nodeOnlyGlobals = Object.keys(globals.node).filter(
  (name) => !(name in globals.browser) && !builtin.has(name),
);
const hostGlobals = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])]
  .filter((name) => !builtin.has(name) && !SHARED_RUNTIME_GLOBALS.has(name))
  .map((name) => ({
    name,
    message: `${name} belongs to the DOM or Node; shared runs in both: take it as a parameter.`,
  }));
const nodeGlobalsInRenderer = nodeOnlyGlobals.map((name) => ({
  name,
  message: `${name} is Node's; the renderer has no Node. Ask the main process through the contract.`,
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { boundaries },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['electron/**', 'scripts/**', 'tests/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // End-to-end specs also run functions in the page.
  {
    files: ['tests/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([electronOnly, noNode]),
      ...forbidFolders({ folder: 'electron', message: 'The renderer imports only shared.' }),
      'no-restricted-globals': ['error', ...nodeGlobalsInRenderer],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict([electronOnly, noNode]),
      ...forbidFolders(...ourFolders('shared imports nothing of ours.')),
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: { ...restrict([electronOnly]), ...forbidFolders(main, preload, renderer) },
  },
  {
    // A migration is frozen: it keeps its own copy of the shapes it reads and writes.
    files: ['electron/backend/storage/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.\\./migrations$)',
              message:
                'A migration imports only ../migrations: copy the shapes it needs into its file (docs/storage.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { ...restrict([noNode]), ...forbidFolders(backend, main, renderer) },
  },
  { files: ['electron/main/**/*.ts'], rules: forbidFolders(renderer) },
);

import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import boundaries from ARCHITECTURE.md: who may import whom. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const electronOnly = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import electron.',
};
const noBackend = {
  group: ['**/electron/backend/**', '**/backend/**'],
  message: 'Only electron/main may use the backend.',
};
const noMain = {
  group: ['**/electron/main/**', '**/main/**'],
  message: 'Nothing imports electron/main.',
};
const noRenderer = { group: ['**/renderer/**'], message: 'The renderer is imported by nobody.' };
const noOurFolders = {
  group: ['**/electron/**', '**/renderer/**'],
  message: 'shared imports nothing of ours.',
};
const noNode = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process'],
  message: 'No Node modules here.',
};

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
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([electronOnly, noBackend, noMain, noNode]),
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict([electronOnly, noOurFolders, noNode]) },
  { files: ['electron/backend/**/*.ts'], rules: restrict([electronOnly, noMain, noRenderer]) },
  { files: ['electron/preload/**/*.ts'], rules: restrict([noBackend, noMain, noRenderer, noNode]) },
  { files: ['electron/main/**/*.ts'], rules: restrict([noRenderer]) },
);

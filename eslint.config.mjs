import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'process',
  'buffer',
  'events',
  'zlib',
  'http',
  'https',
  'net',
  'worker_threads',
].flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'release/', 'artifacts/', 'coverage/', 'src/**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The engine and the sheet layouts are pure: the add-in, the command line and the tests all run them.
    files: ['src/engine/**', 'src/layout/**', 'src/sets/**', 'src/i18n/**', 'src/app/**'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The engine is pure: no Node built-ins.' })),
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@fluentui/*'],
              message: 'The engine is pure: no UI.',
            },
            {
              group: [
                'exceljs',
                '**/excel/**',
                '**/xlsx/**',
                '**/taskpane/**',
                '**/preview/**',
                '**/sim/**',
                '**/cli/**',
              ],
              message: 'The engine knows no adapter.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'The engine never touches Office.js.' },
        { name: 'Office', message: 'The engine never touches Office.js.' },
        { name: 'OfficeExtension', message: 'The engine never touches Office.js.' },
        { name: 'process', message: 'The engine is pure: pass what it needs in.' },
        { name: 'require', message: 'The engine is pure.' },
        { name: 'Buffer', message: 'The engine is pure.' },
        { name: 'document', message: 'The engine is pure.' },
        { name: 'window', message: 'The engine is pure.' },
      ],
    },
  },
  {
    // Problems and plan lines leave the engine as data; only the catalogues make sentences of them.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The engine is pure: no Node built-ins.' })),
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@fluentui/*'],
              message: 'The engine is pure: no UI.',
            },
            {
              group: [
                'exceljs',
                '**/excel/**',
                '**/xlsx/**',
                '**/taskpane/**',
                '**/preview/**',
                '**/sim/**',
                '**/cli/**',
              ],
              message: 'The engine knows no adapter.',
            },
            {
              group: ['**/i18n/**', '**/i18n', '**/app/**'],
              message: 'The engine returns data; src/i18n renders it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Front ends and adapters use the scoring rules through the application layer only, so a use case
    // cannot be written twice and drift (issue 8). Types may still be named.
    files: ['src/excel/**', 'src/cli/**', 'src/taskpane/**', 'src/commands/**', 'src/web/**', 'src/xlsx/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/check', '**/engine/plan', '**/engine/merge'],
              allowTypeImports: true,
              message: 'Check, plan and merge are reached through src/app.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'api/src/generated/', 'data/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  {
    // A benchmark's output is its table.
    files: ['bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The API's layers: domain folders (cards/, holders/, verify/, ...) never reach up into
    // the HTTP layer (plugins/, routes/, app.ts); only the composition root (deps.ts, built by
    // plugins/deps.ts and the CLI scripts) assembles dependencies.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/plugins/**', 'api/src/routes/**', 'api/src/app.ts', 'api/src/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/plugins/*', '**/routes/*', '**/app.ts', '**/server.ts'], message: 'Domain code must not import the HTTP layer (plugins/, routes/, app.ts).' },
            { group: ['fastify', 'fastify-plugin', '@fastify/*'], allowTypeImports: true, message: 'Domain code stays framework-free: only types from Fastify.' },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/deps.ts', 'api/src/plugins/deps.ts', 'api/src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='buildDeps']", message: 'Only the composition root (plugins/deps.ts, the CLI scripts) builds the dependencies.' },
      ],
    },
  },
);

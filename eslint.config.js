// ESLint (npm run lint, CI): typescript-eslint's type-aware rules, chiefly to catch promises nobody awaits and `any`
// leaking through the types. No stylistic rules: Prettier formats (npm run format), so eslint-config-prettier is not
// needed. The type information comes from the project service, which finds each file's tsconfig by itself: the root
// tsconfig.json for the server, shared code, scripts, benchmarks and tests, explorer/tsconfig.json for explorer/src.
// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated files are written by their tools (npm run codegen), build output and data are not source.
  globalIgnores([
    'server/generated/',
    'schema/generated/',
    'explorer/src/generated/',
    '**/dist/',
    'db/',
    'test-output/',
    'bench/results/',
    '.cache/',
  ]),
  {
    files: ['**/*.ts'],
    // ESLint's recommended rules (real mistakes: unreachable code, bad regular expressions, ...) and
    // typescript-eslint's recommended type-checked set, which turns off the core rules TypeScript checks better.
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The reasons for this linter; part of recommendedTypeChecked already, named here so that they stay on.
      '@typescript-eslint/no-floating-promises': 'error', // a promise nobody awaits loses its rejection
      '@typescript-eslint/no-misused-promises': 'error', // an async callback where the caller ignores the promise
      '@typescript-eslint/no-explicit-any': 'error', // say `unknown` and narrow it instead
      '@typescript-eslint/no-unsafe-assignment': 'error', // `any` must not flow on into typed names ...
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error', // ... nor into typed parameters
      // Overrides:
      // `async` is how a function implements a promise-returning interface (Apollo plugin hooks, context); one
      // without `await` is correct, and the promises that matter are checked by no-floating-promises.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a deliberately unused parameter or binding; `const { a, ...rest } = o` drops `a`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // A `let` that closures read before its one assignment (a time set once a test's load runs) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Plain JavaScript (this file, .dependency-cruiser.cjs, GraphiQL's start script and Vite config): no type information.
    files: ['**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['server/http/graphiql/*.js'],
    // GraphiQL's start script, bundled by Vite for the browser (server/http/graphiql/vite.config.ts).
    languageOptions: {
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        history: 'readonly',
        fetch: 'readonly',
        Headers: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
);

// ESLint flat config: typescript-eslint and React hooks rules, Prettier's
// formatting rules turned off, and the architecture of the add-in as rules
// (see "Architecture rules" below; test/lint/architecture.test.ts proves them).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension', 'CustomFunctions'];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'location',
];
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'module'];

const officeOnly = (where) =>
  OFFICE_GLOBALS.map((name) => ({
    name,
    message: `Only src/excel and src/functions talk to Office; ${where} goes through the WorkbookPort (src/excel).`,
  }));

/** Relative specifiers that climb out of src/engine from a file `depth` folders below it. */
const climbOutOfEngine = (depth) => `${'../'.repeat(depth + 1)}*`;

/** src/engine at a given depth: imports nothing outside itself, no Node, no React, no DOM. */
function engineBlock(files, depth) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...builtinModules, 'react', 'react-dom', 'exceljs'].map((name) => ({
            name,
            message:
              'src/engine is pure TypeScript: no Node, React or file libraries (it runs in Excel and in Node alike).',
          })),
          patterns: [
            {
              group: ['node:*', '@fluentui/*', 'react-dom/*'],
              message: 'src/engine is pure TypeScript: no Node, React or DOM.',
            },
            { group: [climbOutOfEngine(depth)], message: 'src/engine imports nothing outside src/engine.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...officeOnly('the engine'),
        ...[...DOM_GLOBALS, ...NODE_GLOBALS].map((name) => ({
          name,
          message: 'src/engine takes plain data and returns plain data: no DOM or Node globals.',
        })),
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'lib/',
      'dist/',
      'demo/',
      'bench-out/',
      'coverage/',
      'test/artifacts/',
      'test/lint/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // CommonJS scripts and configs (bin/, scripts/, webpack and jest configs).
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}', 'test/e2e/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      // Tests reach into fakes and mocks on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },

  // ── Architecture rules ────────────────────────────────────────────────
  // 1. Outside src/excel and src/functions nothing touches Excel/Office/CustomFunctions.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**', 'src/functions/**'],
    rules: { 'no-restricted-globals': ['error', ...officeOnly('this code')] },
  },
  // 2. Other folders use the engine only through its public API, src/engine/index.ts.
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts'],
    ignores: ['src/engine/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // engine/files: the files part's own curated index, for the CSV worker (which must start fast).
              group: ['**/engine/*', '!**/engine/index', '!**/engine/files'],
              message:
                'Import the engine through src/engine/index.ts; add a curated export there if something is missing.',
            },
          ],
        },
      ],
    },
  },
  // 3. src/engine imports nothing outside itself (one block per folder depth, for the relative climb).
  engineBlock(['src/engine/*.ts'], 0),
  engineBlock(['src/engine/*/*.ts'], 1),
  engineBlock(['src/engine/*/*/*.ts'], 2),
  engineBlock(['src/engine/*/*/*/*.ts'], 3),

  prettier,
);

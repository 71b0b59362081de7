import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'This folder must stay free of Node built-ins.' };
const testFixtures = {
  group: ['**/*fixture*'],
  message: 'Test fixtures stay out of the product: take samples from templates/ or a real sample module.',
};
const backendNoRenderer = {
  group: ['**/renderer/**', '\\#renderer/**'],
  message: 'The backend may not import the renderer.',
};
/** The SQLite driver has one import site, electron/db/sqlite.ts, so that swapping or configuring it is one change. */
const sqliteDriver = [
  { name: 'better-sqlite3-multiple-ciphers', message: 'Import Database from #electron/db/sqlite.' },
  { name: 'better-sqlite3', message: 'The app uses better-sqlite3-multiple-ciphers, through #electron/db/sqlite.' },
];
const electronModule = {
  name: 'electron',
  message: 'Only electron/main, electron/preload and electron/adapters/ipc.ts may import electron.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules: each file is checked with the tsconfig that includes it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A switch over a union (node types above all) handles every member, so a new one is not missed.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  // Plain JavaScript (scripts, configs) is not in a TypeScript project: no type-aware rules there.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  // Import boundaries (docs/ARCHITECTURE.md).
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronModule,
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'react-dom', message: 'shared/ is pure: no React.' },
          ],
          patterns: [
            nodeBuiltins,
            {
              group: ['lexical', '@lexical/*'],
              message: 'shared/ holds serialized documents only; Lexical lives in renderer/.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '\\#electron/**', '\\#renderer/**'],
              message: 'shared/ may not import app code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/db/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/web/**/*.ts',
      'electron/adapters/http.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, ...sqliteDriver],
          patterns: [backendNoRenderer],
        },
      ],
    },
  },
  {
    files: ['electron/db/sqlite.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: [backendNoRenderer] }] },
  },
  // Frozen migrations (docs/CONTRIBUTING.md): what a migration does must not change with the app's code.
  {
    files: ['electron/db/migrations/*.ts'],
    ignores: ['electron/db/migrations/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, ...sqliteDriver],
          patterns: [
            backendNoRenderer,
            {
              // Only the Migration type itself (#electron/db/migration) may be imported.
              regex: '^(#shared/|#electron/(?!db/migration$)|\\.\\./)',
              message:
                'A migration never calls live app code: copy what it needs into the migration, frozen as it is today.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**', '\\#electron/**'],
              message: 'The renderer talks to the backend only through src/api.',
            },
            testFixtures,
          ],
        },
      ],
    },
  },
  // Unit tests of renderer code run in Node and may read files.
  { files: ['renderer/src/**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
  // Playwright fixtures declare "no dependencies" with an empty pattern.
  { files: ['e2e/fixtures/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
);

// ESLint (flat config): typescript-eslint's recommended rules plus the project's boundaries.
// The boundaries are the design's, written down so that a breach fails `npm run lint` in CI:
// - electron/engine/** is a pure simulator: no Electron, PixiJS, DOM or services, and no node:
//   module except in the files listed below, each of which says why it needs one.
// - renderer/** reaches main only through the channel map: from electron/** it may import
//   electron/api.ts, and only types.
// - the services (everything in electron/ except main.ts and preload.ts) import no Electron, so
//   they run under plain Node, in tests and in the Chromium e2e host.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** electron/engine files that may use node: modules, with the reason */
const ENGINE_NODE_USERS = [
  'electron/engine/cli.ts', // the command-line front end reads files and writes stdout
  'electron/engine/values/unicode-overrides.gen.ts', // a generator script run by hand, asks python3
  'electron/engine/**/*.test.ts', // tests ask python3 for the expected answer
  'electron/engine/tests/**', // the CPython-parity harness
  'electron/engine/parser/test-oracle.ts', // test support: python3's ast as the parser's oracle
  'electron/engine/values/python-batch.ts', // test support: batches of python3 evaluations
  'electron/engine/values/python-json.ts', // test support: one python3 evaluation
];

const electronAndPixi = [
  { name: 'electron', message: 'Only electron/main.ts and preload.ts import Electron.' },
  { name: 'pixi.js', message: 'PixiJS belongs to the renderer.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'e2e/shots/**', 'release/**', '**/*.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // The code base marks deliberate unused parameters with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Control characters in regexps are how the code strips or escapes them.
      'no-control-regex': 'off',
    },
  },
  {
    // pages served to Chromium by the e2e host's fixtures
    files: ['e2e/fixtures/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
  },
  {
    files: ['electron/engine/**/*.ts'],
    ignores: ENGINE_NODE_USERS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: electronAndPixi,
          patterns: [
            { group: ['node:*'], message: 'The engine runs anywhere: no Node modules (see eslint.config.js for the exceptions).' },
            { group: ['**/ipc/*', '**/levels/*', '**/classroom/*', '**/progress/*', '**/editor/*', '**/renderer/**'], message: 'The engine imports no service or renderer module.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    // object-path.test.ts tests a renderer function against python3, which needs Node
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/engine/**', 'electron/editor/object-path.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: electronAndPixi,
          patterns: [{ group: ['**/renderer/**'], message: 'Main-process code imports nothing from the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    ignores: ['renderer/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches main only through window.refquest.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
            {
              group: ['**/electron/**', '!**/electron/api'],
              message: 'The renderer imports from electron/ only electron/api.ts, and only types.',
            },
            {
              group: ['**/electron/api'],
              allowTypeImports: true,
              message: 'electron/api.ts is a type contract for the renderer: use `import type`.',
            },
          ],
        },
      ],
    },
  },
);

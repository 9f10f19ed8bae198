// Runs the heap diagram's unit tests until the root vitest.config.ts includes renderer/**:
// `npx vitest run -c renderer/heap/vitest.config.ts`.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: path.resolve(import.meta.dirname, '../..'),
    include: ['renderer/heap/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});

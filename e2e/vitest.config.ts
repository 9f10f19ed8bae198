import { defineConfig } from 'vitest/config';

// The e2e suite: real Chromium (or Electron when its binary exists), one spec file at a time
// because the machine has two cores and each spec starts a browser.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});

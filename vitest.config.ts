import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['scripts/test-support/fast-check-seed.ts'],
    // Python code re-entered from engine code (a __repr__ calling repr, an __init__ making its
    // own class) nests JavaScript frames; CPython 3.11 allows ~500 such levels, which need a
    // bigger V8 stack than the default (still well within the 8 MiB OS stack)
    execArgv: ['--stack-size=4000'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI parses each file in a worker thread, which from the TypeScript sources first
    // loads a transpiler: seconds on a busy 2-core machine.
    testTimeout: 60_000,
  },
});

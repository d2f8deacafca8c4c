import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Specs that start the CLI or build Word files take a second alone, but the machine is
    // shared: a timeout is for a hang, not for a slow neighbour.
    testTimeout: 30_000,
  },
});

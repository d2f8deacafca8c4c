import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The shared 2-core machine runs at loads of 20+: specs that start the binary need more than 5 s there.
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Platform fakes and spawned processes need a little slack on 2-core machines.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

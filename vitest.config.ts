import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Platform fakes and spawned processes need a little slack on 2-core machines.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Servers started by tests (and the processes they spawn) keep votes in memory, never in the
    // repo's data/ folder; the feedback tests point VETTED_FEEDBACK_DB at temporary files.
    env: { VETTED_FEEDBACK_DB: 'memory' },
  },
});

import { defineConfig } from 'vitest/config';

// The end-to-end tests start code-server and Chromium: slow, and heavy enough that they run
// one file at a time in a single worker. `npm run test:e2e` runs scripts/e2e/setup.mjs first.
export default defineConfig({
    test: {
        include: ['test/e2e/**/*.e2e.ts'],
        testTimeout: 180_000,
        hookTimeout: 300_000,
        teardownTimeout: 60_000,
        fileParallelism: false,
        maxWorkers: 1,
        isolate: true,
        retry: 0,
        reporters: ['default']
    }
});

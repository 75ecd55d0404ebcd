import { defineConfig } from 'vitest/config';

// Browser (Chromium + extension) tests. Run: npm run test:e2e  (needs `npm run build:e2e` first for
// tests that load the extension; fixture pages are built automatically by the global setup).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

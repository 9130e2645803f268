// End-to-end tests: the built extension (.output/chrome-mv3) in Debian Chromium, pages served from
// 127.0.0.1 by tests/e2e/server.ts. Run with `npm run test:e2e` (builds first).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
});

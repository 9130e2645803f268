// End-to-end tests in Firefox ESR: the built extension (.output/firefox-mv3) driven by puppeteer-core
// over WebDriver BiDi (Playwright's own Firefox cannot be downloaded here; Playwright is only the
// test runner). Run with `npm run test:firefox` (builds first).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results/firefox',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
});

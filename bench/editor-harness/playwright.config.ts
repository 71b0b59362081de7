import { defineConfig } from '@playwright/test';

/**
 * Browser checks of the editor on its own harness page (bench/editor-harness), before the plans
 * and template screens mount it:  npx playwright test -c bench/editor-harness/playwright.config.ts
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.check.ts',
  outputDir: '../../test-results/editor-harness',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './global-setup.ts',
  use: {
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
  },
});

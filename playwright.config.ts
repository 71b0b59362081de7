import { defineConfig } from '@playwright/test';
import type { AppFixtureOptions } from './e2e/fixtures/app';

/**
 * The same specs run against two apps: the renderer in Debian's Chromium over loopback HTTP
 * (always), and the desktop app through Electron (skipped, with the reason, where no Electron
 * binary can start, as on the CI machines here).
 */
export default defineConfig<AppFixtureOptions>({
  testDir: 'e2e/specs',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'browser',
      use: {
        appKind: 'browser',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', use: { appKind: 'electron' } },
  ],
});

import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  outputDir: '/tmp/plans-shots/results',
  workers: 1,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
  },
});

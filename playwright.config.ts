import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium (DESIGN §7); Playwright's own download cannot work here.
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // What a test waits for (a sync gone up, a job done) takes longer on a busy machine:
  // each expectation waits up to 15 s for its condition, not the default 5 s.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  globalSetup: './test/e2e/globalSetup.ts',
  use: {
    baseURL: process.env.RAPPORT_E2E_URL,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: fs.existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});

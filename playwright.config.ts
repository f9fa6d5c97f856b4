import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/find-chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4174);
const executablePath = await findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${String(PORT)}`,
    ...devices['Desktop Chrome'],
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${String(PORT)} --dir dist`,
    url: `http://localhost:${String(PORT)}/zh/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});

import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import hosting from './e2e/hosting-config.json' with { type: 'json' };
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/find-chromium.mjs';

// Where the tests serve each build; scripts/test.mjs builds the sub-path variant from the same file.
const { ports: PORTS, subpath: SUBPATH, strictCsp: STRICT_CSP } = hosting;
const executablePath = await findChromium();
const url = (port: number, base = '/') => `http://localhost:${String(port)}${base}`;
const serve = (port: number, args = '') => `tsx scripts/serve.ts --port ${String(port)} ${args}`;
// The sub-path variant is built by `npm test`; running Playwright alone after `npm run build` skips it.
const hasSubpathBuild = existsSync(SUBPATH.dir);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'site', testIgnore: /(subpath|csp)\.spec\.ts/, use: { baseURL: url(PORTS.site) } },
    { name: 'csp', testMatch: /csp\.spec\.ts/, use: { baseURL: url(PORTS.csp) } },
    ...(hasSubpathBuild
      ? [{ name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: url(PORTS.subpath, SUBPATH.base) } }]
      : []),
  ],
  webServer: [
    { command: serve(PORTS.site, '--dir dist'), url: url(PORTS.site, '/zh/'), stdout: 'ignore' },
    // A portal on another origin that embeds the site (e2e/embed.spec.ts).
    { command: serve(PORTS.embedHost, '--dir e2e/embed-host'), url: url(PORTS.embedHost), stdout: 'ignore' },
    {
      command: serve(PORTS.csp, `--dir dist --header "Content-Security-Policy: ${STRICT_CSP}"`),
      url: url(PORTS.csp, '/zh/'),
      stdout: 'ignore',
    },
    ...(hasSubpathBuild
      ? [
          {
            command: serve(PORTS.subpath, `--dir ${SUBPATH.dir} --base ${SUBPATH.base}`),
            url: url(PORTS.subpath, `${SUBPATH.base}zh/`),
            stdout: 'ignore' as const,
          },
        ]
      : []),
  ],
});

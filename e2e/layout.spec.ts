import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const PAGES = ['/zh/', '/en/', '/zh/codes/404', '/en/codes/404'];
const SHOTS = 'reports/screenshots';

for (const width of [1280, 360]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`pages fit ${String(width)} px in the ${colorScheme} theme without sideways scrolling`, async ({ page }) => {
      mkdirSync(SHOTS, { recursive: true });
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of PAGES) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} overflows by ${String(overflow)} px`).toBeLessThanOrEqual(0);
        const name = `${path.replaceAll('/', '_').replace(/^_|_$/g, '')}-${String(width)}-${colorScheme}.png`;
        await page.screenshot({ path: `${SHOTS}/${name}`, fullPage: true });
      }
    });
  }
}

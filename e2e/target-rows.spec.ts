import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/*
 * "Back to the table" and shared links land on a row (#code-409, #error-VPC-0114): the row must stand
 * out from the header and the page in both themes, and its text keep its contrast.
 */

const ROWS = [
  { path: '/en/#code-409', row: '#code-409' },
  { path: '/zh/errors/#error-VPC-0114', row: '#error-VPC-0114' },
];

for (const { path, row } of ROWS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the row ${path} points at is marked in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const target = page.locator(row);
      await expect(target).toBeInViewport();
      const look = await target.evaluate((element) => {
        const table = element.closest('table')!;
        const style = getComputedStyle(element);
        return {
          matches: element.matches(':target'),
          row: style.backgroundColor,
          header: getComputedStyle(table.querySelector('thead th')!).backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
          other: getComputedStyle(element.nextElementSibling ?? element.previousElementSibling!).backgroundColor,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      expect(look.matches).toBe(true);
      expect(look.row, 'not the header grey').not.toBe(look.header);
      expect(look.row, 'not the page background').not.toBe(look.page);
      expect(look.row, 'not like the other rows').not.toBe(look.other);
      expect(look.outline).toBe('solid 2px');
      const contrast = await new AxeBuilder({ page }).include(row).withRules(['color-contrast']).analyze();
      expect(contrast.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    });
  }
}

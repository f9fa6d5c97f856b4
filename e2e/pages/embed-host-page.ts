import type { FrameLocator, Locator, Page } from '@playwright/test';
import hosting from '../hosting-config.json' with { type: 'json' };

/** The example portal on another origin (e2e/embed-host/index.html) and its two embeds. */
export class EmbedHostPage {
  readonly tablesFrame: Locator;
  readonly cardFrame: Locator;

  constructor(readonly page: Page) {
    this.tablesFrame = page.locator('#tables iframe');
    this.cardFrame = page.locator('#card iframe');
  }

  async goto() {
    const site = `http://localhost:${String(hosting.ports.site)}/`;
    await this.page.goto(
      `http://localhost:${String(hosting.ports.embedHost)}/?${new URLSearchParams({ site }).toString()}`,
    );
  }

  content(frame: Locator): FrameLocator {
    return frame.contentFrame();
  }

  /** The iframe's height on the host, and the embedded document's content and viewport heights. */
  async heights(frame: Locator) {
    const outer = await frame.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame
      .contentFrame()
      .locator('html')
      .evaluate(() => ({
        content: document.querySelector('.embed')?.getBoundingClientRect().height ?? -1,
        scroll: document.documentElement.scrollHeight,
        viewport: window.innerHeight,
      }));
    return { outer, ...inner };
  }
}

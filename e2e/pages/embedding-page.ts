import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';
import type { Lang } from '../../src/lib/languages';

/** The Embed page: its snippets and the live preview the real loader draws below them. */
export class EmbeddingPage {
  readonly heading: Locator;
  readonly preview: Locator;
  readonly previewFrames: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.preview = page.locator('.embed-preview');
    this.previewFrames = this.preview.locator('iframe');
  }

  async goto(lang: Lang) {
    return this.page.goto(paths.embedding(lang));
  }

  /** As a reader would: the frames start once the preview comes near the viewport. */
  async scrollToPreview() {
    await this.preview.scrollIntoViewIfNeeded();
  }
}

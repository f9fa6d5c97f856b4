import type { Locator, Page } from '@playwright/test';

export class NotFoundPage {
  readonly headings: Locator;

  constructor(readonly page: Page) {
    this.headings = page.getByRole('heading', { name: /Page not found|页面不存在/ });
  }

  async goto(path: string) {
    return this.page.goto(path);
  }

  /**
   * Where the page's language marking is wrong: text in Chinese characters whose nearest `lang` is
   * not Chinese, and links into one language's pages inside a block of another language.
   */
  async misMarked(): Promise<string[]> {
    return this.page.evaluate(() => {
      const wrong: string[] = [];
      const langOf = (node: Node) => (node.parentElement?.closest('[lang]') as HTMLElement | null)?.lang ?? '';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (/\p{Script=Han}/u.test(text) && langOf(node) !== 'zh-CN') wrong.push(`${langOf(node)}: ${text}`);
      }
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/zh/"], a[href^="/en/"]')) {
        const expected = link.getAttribute('href')!.startsWith('/zh/') ? 'zh-CN' : 'en';
        const lang = (link.closest('[lang]') as HTMLElement | null)?.lang;
        if (lang !== expected) wrong.push(`${String(lang)}: link ${link.getAttribute('href')!}`);
      }
      return wrong;
    });
  }

  /** The links of the header's site navigation. */
  navLinks() {
    return this.page.getByRole('banner').getByRole('navigation', { name: /Site/ }).first().getByRole('link');
  }

  indexLink(name: RegExp) {
    return this.page.getByRole('main').getByRole('link', { name });
  }
}

import type { Locator, Page } from '@playwright/test';

/** The Neutron error list, /{lang}/neutron/, and one type's page, /{lang}/neutron/{Type}. */
export class NeutronPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly backToList: Locator;
  readonly languageSwitch: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table', { name: /NeutronError types|NeutronError类型/ });
    this.backToList = page.getByRole('navigation', { name: /Breadcrumb|导航路径/ }).getByRole('link');
    this.languageSwitch = page.getByRole('navigation', { name: '语言 / Language' });
  }

  async gotoList(lang: string) {
    await this.page.goto(`/${lang}/neutron/`);
  }

  async gotoType(lang: string, type: string) {
    await this.page.goto(`/${lang}/neutron/${type}`);
  }

  /** The row of a type in the list. */
  row(type: string) {
    return this.table.getByRole('row', { name: new RegExp(`^${type}\\b`) });
  }

  section(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }

  switchTo(language: '中文' | 'English') {
    return this.languageSwitch.getByRole('link', { name: language });
  }
}

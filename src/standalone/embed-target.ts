/*
 * What the embed loader decides, apart from the page it runs on: which embed view a placeholder
 * asks for, and which messages may resize a frame.
 */
import { urlUnder } from '@/lib/base-path';
import { HEIGHT_MESSAGE, OPTION_ATTRIBUTES, errorCodeOption, forcedTheme, type Theme } from '@/lib/embed-protocol';
import { DEFAULT_LANG, isLang } from '@/lib/languages';
import { paths } from '@/lib/paths';
import { queryParams } from '@/lib/query-params';
import { FRAME_TITLES } from '@/locales/frame-titles';

export interface EmbedTarget {
  /** The frame's address. */
  url: string;
  /** The same without its theme: when only the theme changes, the frame restyles instead of reloading. */
  view: string;
  theme: Theme;
  /** The frame's title, for screen readers on the portal's page. */
  title: string;
}

/** The embed view a placeholder asks for: an error code, a status code, or the tables. */
export function embedTarget(el: Element, siteBase: URL): EmbedTarget {
  const option = (name: keyof typeof OPTION_ATTRIBUTES) => el.getAttribute(OPTION_ATTRIBUTES[name]);
  const langOption = option('lang');
  const lang = isLang(langOption) ? langOption : DEFAULT_LANG;
  const titles = FRAME_TITLES[lang];
  const errorCode = errorCodeOption(option('errorCode'));
  const code = (option('code') ?? '').trim();
  let url: URL;
  let title: string;
  if (errorCode) {
    url = urlUnder(siteBase, paths.embedError(lang, errorCode));
    title = titles.error.replace('{{code}}', errorCode);
  } else if (/^\d{3}$/.test(code)) {
    url = urlUnder(siteBase, paths.embedCode(lang, Number(code)));
    title = titles.code.replace('{{code}}', code);
  } else {
    url = urlUnder(siteBase, paths.embedIndex(lang));
    title = titles.tables;
    const query = option('query');
    const classFilter = option('classFilter');
    if (query) url.searchParams.set(queryParams.query, query);
    if (classFilter) url.searchParams.set(queryParams.classFilter, classFilter);
  }
  const view = url.href;
  const theme = forcedTheme(option('theme')) ?? 'auto';
  if (theme !== 'auto') url.searchParams.set(queryParams.theme, theme);
  return { url: url.href, view, theme, title };
}

/** A height message from one of our frames, or null for anything else. */
export function heightFrom(event: MessageEvent, siteOrigin: string): number | null {
  if (event.origin !== siteOrigin) return null;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== HEIGHT_MESSAGE) return null;
  const height = (data as { height?: unknown }).height;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= 100_000 ? height : null;
}

/*
 * What the embed loader decides, apart from the page it runs on: which embed view a placeholder
 * asks for, and which messages may resize a frame.
 */
import { urlUnder } from '@/lib/base-path';
import { HEIGHT_MESSAGE, OPTION_ATTRIBUTES, forcedTheme } from '@/lib/embed-protocol';
import { DEFAULT_LANG, isLang } from '@/lib/languages';
import { paths } from '@/lib/paths';
import { queryParams } from '@/lib/query-params';
import { FRAME_TITLES } from '@/locales/frame-titles';

/** The embed view a placeholder asks for, and the frame's title for screen readers. */
export function embedTarget(el: Element, siteBase: URL): { url: string; title: string } {
  const option = (name: keyof typeof OPTION_ATTRIBUTES) => el.getAttribute(OPTION_ATTRIBUTES[name]);
  const langOption = option('lang');
  const lang = isLang(langOption) ? langOption : DEFAULT_LANG;
  const code = (option('code') ?? '').trim();
  const isCode = /^\d{3}$/.test(code);
  const url = urlUnder(siteBase, isCode ? paths.embedCode(lang, Number(code)) : paths.embedIndex(lang));
  const query = option('query');
  const classFilter = option('classFilter');
  const theme = forcedTheme(option('theme'));
  if (query && !isCode) url.searchParams.set(queryParams.query, query);
  if (classFilter && !isCode) url.searchParams.set(queryParams.classFilter, classFilter);
  if (theme) url.searchParams.set(queryParams.theme, theme);
  const titles = FRAME_TITLES[lang];
  return { url: url.href, title: isCode ? titles.code.replace('{{code}}', code) : titles.tables };
}

/** A height message from one of our frames, or null for anything else. */
export function heightFrom(event: MessageEvent, siteOrigin: string): number | null {
  if (event.origin !== siteOrigin) return null;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== HEIGHT_MESSAGE) return null;
  const height = (data as { height?: unknown }).height;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= 100_000 ? height : null;
}

import { createContext, useContext } from 'react';
import type { Lang } from './languages';
import { paths } from './paths';
import { queryParams } from './query-params';

/**
 * Where links between codes go: the full site, or, inside an embed, the embed views (so a reader
 * stays in the frame). Pages that have no embed view (the catalogues) are on the full site.
 */
export interface CodeLinks {
  /** True inside an embed: links to pages outside it open a new tab. */
  embedded: boolean;
  code: (lang: Lang, code: number) => string;
  /** The status tables; with a code, scrolled to that code's row where the view supports it. */
  tables: (lang: Lang, code?: number) => string;
  error: (lang: Lang, code: string) => string;
}

export const siteLinks: CodeLinks = {
  embedded: false,
  code: paths.codeDetail,
  tables: (lang, code) => (code === undefined ? paths.index(lang) : paths.codeRow(lang, code)),
  error: paths.errorCode,
};

/** Embed links keep the embed's theme, so navigating inside a frame does not change its colours. */
export function embedLinks(theme: string | null): CodeLinks {
  const query = theme ? `?${queryParams.theme}=${encodeURIComponent(theme)}` : '';
  return {
    embedded: true,
    code: (lang, code) => paths.embedCode(lang, code) + query,
    tables: (lang) => paths.embedIndex(lang) + query,
    error: (lang, code) => paths.embedError(lang, code) + query,
  };
}

export const CodeLinksContext = createContext<CodeLinks>(siteLinks);

export const useCodeLinks = () => useContext(CodeLinksContext);

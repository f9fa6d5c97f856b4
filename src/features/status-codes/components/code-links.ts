import { createContext, useContext } from 'react';
import type { Lang } from '@/lib/languages';
import { paths } from '@/lib/paths';

/** Where links to codes and back to the tables go: the full site, or the embed views. */
export interface CodeLinks {
  code: (lang: Lang, code: number) => string;
  /** The tables; with a code, scrolled to that code's row where the view supports it. */
  tables: (lang: Lang, code?: number) => string;
}

export const siteLinks: CodeLinks = {
  code: paths.codeDetail,
  tables: (lang, code) => (code === undefined ? paths.index(lang) : paths.codeRow(lang, code)),
};

/** Embed links keep the embed's theme, so navigating inside a frame does not change its colours. */
export function embedLinks(theme: string | null): CodeLinks {
  const query = theme ? `?theme=${encodeURIComponent(theme)}` : '';
  return {
    code: (lang, code) => paths.embedCode(lang, code) + query,
    tables: (lang) => paths.embedIndex(lang) + query,
  };
}

export const CodeLinksContext = createContext<CodeLinks>(siteLinks);

export const useCodeLinks = () => useContext(CodeLinksContext);

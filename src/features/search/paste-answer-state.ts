import { useEffect, useMemo, useState } from 'react';
import { useLang } from '@/lib/lang-context';
import { loadUiPageStrings } from '@/locales/load';
import { loadPasteAnswer } from './components/lazy-paste-answer';
import type { Recognized } from './engine/types';
import { loadSiteSearch, type SiteSearch } from './load-site-search';
import { isBareCode, looksLikePaste } from './paste-shape';

/** What the site search makes of a text typed into an index filter, when it is an error. */
export interface PasteAnswerState {
  text: string;
  recognized: Recognized[];
  search: SiteSearch;
}

const VPC_CODE = /^\s*vpc[\s._-]*\d{4}\s*$/i;

/**
 * For the index filters: when the text is an error (a body, a log line, an error code the table does
 * not list), what the site search recognises in it; null otherwise, while it loads, and when it could
 * not load (the filter then works on as before, and the next keystroke tries again). Starts null, so
 * hydration matches the prerendered page.
 */
export function usePasteAnswer(text: string, { tableEmpty }: { tableEmpty: boolean }): PasteAnswerState | null {
  const lang = useLang();
  const needed = looksLikePaste(text) || (tableEmpty && (VPC_CODE.test(text) || (!!text.trim() && !isBareCode(text))));
  // The strings are per language: a language switch loads the other's before answering in it.
  const [loaded, setLoaded] = useState<{ search: SiteSearch; lang: typeof lang } | null>(null);
  const search = loaded?.lang === lang ? loaded.search : null;
  useEffect(() => {
    if (!needed || search) return;
    let live = true;
    // The engine and both texts, the answer's code and its strings: all there before the answer shows.
    Promise.all([loadSiteSearch(), loadPasteAnswer(), loadUiPageStrings(lang)]).then(
      ([siteSearch]) => {
        if (live) setLoaded({ search: siteSearch, lang });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, search, lang, text]);
  return useMemo(() => {
    if (!needed || !search) return null;
    const recognized = search.recognize(text);
    return recognized.length ? { text, recognized, search } : null;
  }, [needed, search, text]);
}

import { useEffect, useMemo, useState } from 'react';
import type { Recognized } from './engine/types';
import { loadSiteSearch, type SiteSearch } from './load-site-search';
import { isBareCode, looksLikePaste } from './paste-shape';

/** What the site search makes of a text typed into an index filter, when it is an error. */
export interface PasteAnswerState {
  text: string;
  recognized: Recognized[];
  search: SiteSearch;
}

/**
 * For the index filters: when the text is an error (a body, a log line, an error code the table does
 * not list), what the site search recognises in it; null otherwise, while it loads, and when it could
 * not load (the filter then works on as before). Starts null, so hydration matches the prerendered page.
 */
export function usePasteAnswer(text: string, { tableEmpty }: { tableEmpty: boolean }): PasteAnswerState | null {
  const wanted = text.trim() !== '' && !isBareCode(text) ? looksLikePaste(text) || tableEmpty : false;
  const wantedCode = tableEmpty && /^\s*vpc[\s._-]*\d{4}\s*$/i.test(text);
  const needed = wanted || wantedCode;
  const [search, setSearch] = useState<SiteSearch | null>(null);
  useEffect(() => {
    if (!needed || search) return;
    let live = true;
    loadSiteSearch().then(
      (loaded) => live && setSearch(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, search]);
  return useMemo(() => {
    if (!needed || !search) return null;
    const recognized = search.recognize(text);
    return recognized.length ? { text, recognized, search } : null;
  }, [needed, search, text]);
}

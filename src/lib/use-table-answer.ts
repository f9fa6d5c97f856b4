import { useEffect, useState, type ReactElement } from 'react';
import { useLang } from './lang-context';
import type { TableAnswerOptions, TableSearch } from './search-index';

/**
 * For a catalogue page's filter: the site search's answer when the text is an error (see
 * `TableSearch.answer`); null otherwise, while it loads, and when it could not load (the filter then
 * works on as before, and the next keystroke tries again). Nothing loads until someone types, and it
 * starts null, so hydration matches the prerendered page.
 */
export function useTableAnswer(
  search: TableSearch,
  text: string,
  { tableEmpty, codesElsewhere }: TableAnswerOptions,
): ReactElement | null {
  const lang = useLang();
  const [shown, setShown] = useState<{ text: string; answer: ReactElement } | null>(null);
  useEffect(() => {
    if (!text.trim()) return;
    let live = true;
    search.answer(text, { tableEmpty, codesElsewhere }, lang).then(
      (answer) => {
        if (live) setShown(answer ? { text, answer } : null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [search, text, tableEmpty, codesElsewhere, lang]);
  return shown && shown.text === text ? shown.answer : null;
}

import { createElement, useEffect, useState, type ReactElement } from 'react';
import { useLang } from '@/lib/lang-context';
import type { TableAnswerOptions } from '@/lib/search-index';
import type { PasteAnswerState } from './components/paste-answer';
import { loadSearchModule } from './load-module';

export type { PasteAnswerState };

/**
 * For the index filters: the site search's answer when the text is an error (see `answerFor`); null
 * otherwise, while it loads, and when it could not load (the filter then works on as before, and the
 * next keystroke tries again). Everything it needs loads only once someone types, and it starts null,
 * so hydration matches the prerendered page.
 */
export function usePasteAnswer(text: string, { tableEmpty, codesElsewhere }: TableAnswerOptions) {
  const lang = useLang();
  const [answer, setAnswer] = useState<PasteAnswerState | null>(null);
  useEffect(() => {
    if (!text.trim()) return;
    let live = true;
    loadSearchModule()
      .then((m) => m.pasteAnswer(text, { tableEmpty, codesElsewhere }, lang))
      .then(
        (found) => {
          if (live) setAnswer(found);
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [text, tableEmpty, codesElsewhere, lang]);
  return answer && answer.text === text ? answer : null;
}

/** The answer to an error typed into an index filter. */
export function PasteAnswer({ answer }: { answer: PasteAnswerState }) {
  // The view came with the answer, loaded with it: the same component every time.
  return createElement(answer.Content, { answer });
}

/** `usePasteAnswer`, ready to show: what a `TableSearch` hands the catalogue pages. */
export function usePasteAnswerView(text: string, options: TableAnswerOptions): ReactElement | null {
  const answer = usePasteAnswer(text, options);
  return answer ? createElement(PasteAnswer, { answer }) : null;
}

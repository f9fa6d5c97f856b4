import { createElement, Suspense, use } from 'react';
import { once } from '@/lib/tracked-promise';
import type { PasteAnswerState } from '../paste-answer-state';
import { LoadBoundary } from './load-boundary';

/* Loaded only once a filter holds an error; shares its cards with the search dialog's chunk. */
const loadAnswer = once(async () => (await import('./paste-answer')).PasteAnswerContent);

function Loaded({ answer }: { answer: PasteAnswerState }) {
  // The same component every time: the module's export, once loaded.
  return createElement(use(loadAnswer()), { answer });
}

/** The answer to an error typed into an index filter; nothing while it loads, or if it cannot (the filter works on). */
export function PasteAnswer({ answer }: { answer: PasteAnswerState }) {
  return (
    <LoadBoundary fallback={null}>
      <Suspense fallback={null}>
        <Loaded answer={answer} />
      </Suspense>
    </LoadBoundary>
  );
}

import { createElement, use } from 'react';
import { once } from '@/lib/tracked-promise';
import type { PasteAnswerState } from '../paste-answer-state';
import { LoadBoundary } from './load-boundary';

/* Loaded only once a filter holds an error; shares its cards with the search dialog's chunk. */
export const loadPasteAnswer = once(async () => (await import('./paste-answer')).PasteAnswerContent);

/**
 * The answer to an error typed into an index filter. Rendered only once `usePasteAnswer` has loaded
 * everything it needs, so it never waits; if it fails all the same, the filter works on without it.
 */
export function PasteAnswer({ answer }: { answer: PasteAnswerState }) {
  return (
    <LoadBoundary fallback={null}>
      <Loaded answer={answer} />
    </LoadBoundary>
  );
}

function Loaded({ answer }: { answer: PasteAnswerState }) {
  // The same component every time: the module's export, loaded before this renders.
  return createElement(use(loadPasteAnswer()), { answer });
}

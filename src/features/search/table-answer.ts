import { createElement, type ReactElement } from 'react';
import type { Lang } from '@/lib/languages';
import type { TableAnswerOptions } from '@/lib/search-index';
import { loadSearchModule } from './load-module';

/**
 * The site search's answer to an error typed into a catalogue page's filter, as the element that shows it
 * (its view comes with it, loaded with the search); null when the text is a query.
 */
export async function tableAnswer(text: string, options: TableAnswerOptions, lang: Lang): Promise<ReactElement | null> {
  const answer = await (await loadSearchModule()).pasteAnswer(text, options, lang);
  return answer ? createElement(answer.Content, { answer }) : null;
}

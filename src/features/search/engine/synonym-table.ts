import { fold } from './fold';
import { stem } from './stem';
import type { Synonyms } from './types';

/** One way a query term is looked for: a–z word (tokens, stems, word starts), whole number, or substring. */
export interface Alt {
  text: string;
  kind: 'word' | 'number' | 'scan';
  /** Typed by the reader rather than brought in by a synonym (ranks a little higher). */
  direct: boolean;
}

export interface SynonymTable {
  /** Single Latin members by stem; Latin phrases as word lists; Chinese (any non-ASCII) members, longest first. */
  byStem: Map<string, Alt[]>;
  phrases: { words: string[]; alts: Alt[] }[];
  chinese: { text: string; alts: Alt[] }[];
}

export const LATIN_WORD = /^[a-z]+$/;

export function synonymTable({ groups }: Synonyms): SynonymTable {
  const table: SynonymTable = { byStem: new Map(), phrases: [], chinese: [] };
  for (const group of groups) {
    const members = [...new Set(group.map((m) => fold(m).text.trim().replace(/\s+/g, ' ')).filter(Boolean))];
    const alts = members.map((text): Alt => ({ text, kind: LATIN_WORD.test(text) ? 'word' : 'scan', direct: false }));
    for (const text of members) {
      if (LATIN_WORD.test(text)) table.byStem.set(stem(text), alts);
      else if (/^[ -~]+$/.test(text)) table.phrases.push({ words: text.split(' '), alts });
      else table.chinese.push({ text, alts });
    }
  }
  table.phrases.sort((a, b) => b.words.length - a.words.length);
  table.chinese.sort((a, b) => b.text.length - a.text.length);
  return table;
}

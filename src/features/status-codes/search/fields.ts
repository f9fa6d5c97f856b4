/*
 * What is searched: an entry's code, matched as a code, and its text fields. The text fields are a
 * list rather than fixed positions, so that building the index and highlighting take every field
 * from here and a new field is one more line in each list; their order is the order highlights
 * are reported in.
 */

export interface SearchableEntry {
  code: number;
  reasonPhrase: string;
  description: { zh: string; en: string };
}

export const TEXT_FIELDS = [
  { name: 'reasonPhrase', typos: true },
  { name: 'description.zh', typos: false },
  { name: 'description.en', typos: true },
] as const satisfies readonly {
  name: string;
  /** Whether a misspelt query word may match this field's words; Latin words in Chinese text match only as typed. */
  typos: boolean;
}[];

export type HighlightField = 'code' | (typeof TEXT_FIELDS)[number]['name'];

/**
 * The entry's text fields, in TEXT_FIELDS order. One function rather than a reader per field:
 * a call per field and entry made building the index measurably slower.
 */
export const readTextFields = (e: SearchableEntry): string[] => [e.reasonPhrase, e.description.zh, e.description.en];

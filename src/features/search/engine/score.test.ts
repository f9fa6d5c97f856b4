// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search';
import type { SearchDoc } from './types';

/*
 * The ranking keys of score.ts in their order, each seen deciding between two documents that the
 * keys before it cannot tell apart, and that the key after it would order the other way: swapping
 * two neighbouring keys fails here.
 */

const doc = (code: string, title: string, body: string): SearchDoc => ({
  kind: 'error',
  code,
  num: Number(code.replace(/\D/g, '')),
  fields: [
    { name: 'title.en', lang: null, group: 'title', text: title },
    { name: 'message', lang: null, group: 'body', text: body },
  ],
});

const ranked = (docs: SearchDoc[], query: string) =>
  createSearchIndex(docs, { groups: [] })
    .search(query)
    .hits.map((h) => h.doc.code);

describe('ranking keys, in order', () => {
  it("the weakest word's level before the whole query as a phrase", () => {
    const scatteredInTitle = doc('VPC.0002', 'router limit and quota', 'nothing');
    const phraseInBody = doc('VPC.0001', 'nothing', 'router quota reached');
    expect(ranked([phraseInBody, scatteredInTitle], 'router quota')).toEqual(['VPC.0002', 'VPC.0001']);
  });

  it("the whole query as a phrase before the sum of the words' levels", () => {
    const phraseInBody = doc('VPC.0002', 'nothing', 'router quota reached');
    const oneWordInTitle = doc('VPC.0001', 'router', 'the quota is reached');
    expect(ranked([oneWordInTitle, phraseInBody], 'router quota')).toEqual(['VPC.0002', 'VPC.0001']);
  });

  it("the sum of the words' levels before how many words matched whole", () => {
    // "route" is a part of "router" in the title, and a whole word in the other's body text.
    const moreInTitle = doc('VPC.0002', 'router', 'the quota is reached');
    const wholeInBody = doc('VPC.0001', 'nothing', 'quota reached on this route');
    expect(ranked([wholeInBody, moreInTitle], 'route quota')).toEqual(['VPC.0002', 'VPC.0001']);
  });
});

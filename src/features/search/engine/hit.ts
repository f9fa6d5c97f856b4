import type { Index } from './build-index';
import { codeRange, highlight } from './highlight';
import type { Term } from './parse-query';
import type { FieldHighlight, MatchTier, SearchDoc, SearchHit } from './types';

/** What a search's hits share: which tokens each term matched, kept apart from the buffers the next search reuses. */
export interface Matched {
  ix: Index;
  terms: readonly Term[];
  mark: Uint32Array;
}

/** Highlights and the code range are worked out when first read: a long list costs nothing until shown. */
export class Hit implements SearchHit {
  readonly #matched: Matched;
  readonly #rank: number;
  readonly #levels: number;
  #highlights: FieldHighlight[] | undefined;

  constructor(
    readonly doc: SearchDoc,
    readonly score: number,
    readonly tier: MatchTier,
    matched: Matched,
    rank: number,
    levels: number,
  ) {
    this.#matched = matched;
    this.#rank = rank;
    this.#levels = levels;
  }

  get highlights(): FieldHighlight[] {
    const { ix, mark, terms } = this.#matched;
    return (this.#highlights ??= terms.length ? highlight(ix, mark, terms, this.#rank, this.#levels) : []);
  }

  get codeRange(): [number, number] | undefined {
    const { ix, terms } = this.#matched;
    return codeRange(terms, ix.prep[this.#rank]!, this.#levels);
  }
}

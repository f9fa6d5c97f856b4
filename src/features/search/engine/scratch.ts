/** Per-index buffers reused by every search, so a query allocates next to nothing per document. */
export interface Scratch {
  /** Per term, per rank: the best level << 2 | quality (0: no match). */
  values: Uint8Array[];
  /** The ranks matching every term so far (count of them), and the same as flags per rank. */
  alive: Int32Array;
  count: number;
  live: Uint8Array;
  /** Per vocabulary id: bit j if term j matched it as typed or by synonym, bit 16 + j by a typo. */
  mark: Uint32Array;
  marked: number[];
  /** Per rank, the last substring scan that tested it; `stamp` numbers the scans. */
  seen: Uint32Array;
  stamp: number;
  /** Per rank: where the query's words stand as one phrase (see phrase.ts), and one pair of them. */
  phrase: Uint8Array;
  pair: Uint8Array;
}

/** Raises v[r] to x for the live ranks of a posting list. */
export function raise(s: Scratch, v: Uint8Array, list: readonly number[], x: number): void {
  for (const r of list) if (s.live[r] && x > v[r]!) v[r] = x;
}

/*
 * The one search over every code: hand-written rather than a library (each is larger than all of this,
 * tokenises Chinese poorly, knows nothing of "a code or the start of one", and reports highlights in its
 * own normalised text rather than the string the UI renders). Ranking: see score.ts.
 */
import { buildIndex } from './build-index';
import { packLevels } from './highlight';
import { Hit, type Matched } from './hit';
import { matchTerm } from './match';
import type { Scratch } from './scratch';
import { codePattern, parseQuery } from './parse-query';
import { queryPhrase, wordPhrase } from './phrase';
import { scoreOf, tierOf } from './score';
import { synonymTable } from './synonym-table';
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions, SearchResult, Synonyms } from './types';

/** Packs a score and a rank into one number, so one typed-array sort orders hits (ranks < 2^24). */
const RANKS = 2 ** 24;

export function createSearchIndex(docs: readonly SearchDoc[], synonyms: Synonyms): SearchIndex {
  const ix = buildIndex(docs);
  const n = ix.prep.length;
  const codes = codePattern([...new Set(ix.prep.map((p) => p.letters).filter(Boolean))]);
  const table = synonymTable(synonyms);
  const s: Scratch = {
    values: [],
    alive: new Int32Array(n),
    count: 0,
    live: new Uint8Array(n),
    mark: new Uint32Array(ix.vocabText.length),
    marked: [],
    seen: new Uint32Array(n),
    stamp: 0,
    phrase: new Uint8Array(n),
    pair: new Uint8Array(n),
  };
  const everyRank = Int32Array.from({ length: n }, (_, r) => r);
  const keys = new Float64Array(n);

  const search = (query: string, options: SearchOptions = {}): SearchResult => {
    const { terms, phrase } = parseQuery(query, codes, table);
    s.alive.set(everyRank);
    s.count = n;
    s.live.fill(1);
    // Terms backed by the index first: the substring scans then only test what is left.
    const order = terms.map((_, j) => j).sort((a, b) => cost(terms[a]!) - cost(terms[b]!));
    for (const j of order) {
      const v = (s.values[j] ??= new Uint8Array(n)).fill(0);
      matchTerm(ix, s, terms[j]!, j, v);
      let k = 0;
      for (let i = 0; i < s.count; i++) {
        const r = s.alive[i]!;
        if (v[r]) s.alive[k++] = r;
        else s.live[r] = 0;
      }
      s.count = k;
    }

    const byWords = phrase !== null && s.count > 0 && wordPhrase(ix, s, terms);
    const ph = phrase === null || byWords || !s.count ? null : queryPhrase(phrase);
    let hidden = 0;
    let m = 0;
    for (let i = 0; i < s.count; i++) {
      const r = s.alive[i]!;
      const p = ix.prep[r]!;
      if (options.filter && !options.filter(p.doc)) hidden++;
      else keys[m++] = scoreOf(ix, s, terms.length, r, byWords || ph) * RANKS + (RANKS - 1 - r);
    }
    const sorted = keys.subarray(0, m).sort();
    const hits: SearchHit[] = [];
    // What the hits' highlights need once this search's buffers are reused: which tokens each term matched.
    const matched: Matched = { ix, terms, mark: m && terms.length ? s.mark.slice() : s.mark };
    for (let i = m - 1; i >= Math.max(0, m - (options.limit ?? m)); i--) {
      const r = RANKS - 1 - (sorted[i]! % RANKS);
      const score = Math.floor(sorted[i]! / RANKS);
      const tier = terms.length ? tierOf(score) : 'body';
      hits.push(new Hit(ix.prep[r]!.doc, score, tier, matched, r, packLevels(s.values, terms.length, r)));
    }
    for (const id of s.marked) s.mark[id] = 0;
    s.marked.length = 0;
    return { hits, hiddenByFilter: hidden };
  };

  return { docs: ix.prep.map((p) => p.doc), search };
}

/** Code and index look-ups are cheap; a substring scan costs per document it tests. */
const cost = (t: { alts: { kind: string }[] }) => (t.alts.some((a) => a.kind === 'scan') ? 1 : 0);

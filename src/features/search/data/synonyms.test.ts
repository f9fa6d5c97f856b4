// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodeData } from '@/features/status-codes/build';
import { errorCodeData } from '@/features/error-codes/build';
import { buildCorpus } from '../corpus';
import { createSearchIndex } from '../engine/search';
import type { MatchTier } from '../engine/types';
import groups from './synonyms.json';
import { synonyms } from './synonyms';

const corpus = buildCorpus(statusCodeData, errorCodeData);
const withAll = createSearchIndex(corpus, synonyms);

/** How `code` is found for `q`, with every group or without the group at `without`. */
function found(q: string, code: string, without?: number): MatchTier | 'missing' {
  const index =
    without === undefined
      ? withAll
      : createSearchIndex(corpus, { groups: synonyms.groups.filter((_, i) => i !== without) });
  return index.search(q).hits.find((h) => h.doc.code === code)?.tier ?? 'missing';
}

describe('synonyms.json', () => {
  it('has groups of two members or more, each with its reason, no member in two groups', () => {
    const all = synonyms.groups.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const group of groups.groups) {
      expect(group.terms.length).toBeGreaterThanOrEqual(2);
      expect(group.why.length).toBeGreaterThan(20);
      for (const term of group.terms) expect(term).toBe(term.trim());
    }
  });

  // Each group, and a query it makes find a code (or find it in a title rather than body text only).
  it.each<[query: string, code: string, group: number, tier: MatchTier]>([
    ['超时', '408', 0, 'title'],
    ['timed out', '408', 0, 'title'],
    ['认证', '401', 1, 'title'],
    ['身份验证', '401', 1, 'title'],
    ['unauthenticated', '401', 1, 'title'],
    ['权限', '403', 2, 'title'],
    ['permission', '403', 2, 'title'],
    ['不存在', '404', 3, 'title'],
    ['not found', 'VPC.2302', 3, 'title'],
    ['unbind', 'VPC.0517', 4, 'title'],
    ['bound', 'VPC.0510', 5, 'title'],
  ])('%j finds %s (group %i) in a %s match, and not without the group', (q, code, group, tier) => {
    expect(found(q, code)).toBe(tier);
    expect(found(q, code, group)).not.toBe(tier);
  });

  it('leaves 405 Method Not Allowed out of permissions', () => {
    expect(found('权限', '405')).toBe('missing');
    expect(found('permission', '405')).toBe('missing');
  });
});

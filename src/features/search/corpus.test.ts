// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodeData } from '@/features/status-codes/build';
import { errorCodeData } from '@/features/error-codes/build';
import { neutronErrorData } from '@/features/neutron-errors/build';
import { buildCorpus, knownErrors } from './corpus';
import { synonyms } from './data/synonyms';
import { createSearchIndex } from './engine/search';

const errorData = errorCodeData;
const corpus = buildCorpus(statusCodeData, errorData);
const index = createSearchIndex(corpus, synonyms);
const codes = (q: string) => index.search(q).hits.map((h) => h.doc.code);
const area = (id: string) => errorData.codes.filter((c) => c.area === id).map((c) => c.code);

describe('buildCorpus', () => {
  it('makes one document per status and error code, with every text in both languages', () => {
    expect(corpus).toHaveLength(statusCodeData.codes.length + errorData.codes.length);
    const doc404 = corpus.find((d) => d.code === '404')!;
    expect(doc404.fields.map((f) => `${f.name} ${f.group} ${String(f.lang)}`)).toEqual([
      'phrase title null',
      'description.zh title zh',
      'description.en title en',
      'meaning.zh body zh',
      'meaning.en body en',
      'action.zh body zh',
      'action.en body en',
    ]);
    const entry = errorData.codes.find((c) => c.code === 'VPC.0105')!;
    const doc = corpus.find((d) => d.code === 'VPC.0105')!;
    expect(doc).toMatchObject({ kind: 'error', num: 105 });
    const texts = (name: string) => doc.fields.filter((f) => f.name === name).map((f) => f.text);
    expect(texts('title.zh')).toEqual([entry.title.zh]);
    expect(texts('operation.en')).toEqual([...new Set(entry.occurrences.map((o) => o.operation))]);
    expect(texts('operation.zh')).toHaveLength(texts('operation.en').length);
    expect(texts('message')).toEqual(['Neutron error.']);
    expect(texts('earlierMessage')).toEqual(['Neutron Error.']);
    expect(corpus.every((d) => d.fields.every((f) => f.text.trim() !== ''))).toBe(true);
  });
});

describe('knownErrors', () => {
  it('lists every documented code, and each message in both wordings with its code and statuses', () => {
    const known = knownErrors(errorData);
    expect(known.errorCodes).toEqual(errorData.codes.map((c) => c.code));
    const vpc0002 = known.messages.filter((m) => m.code === 'VPC.0002').map((m) => m.message);
    const documented = errorData.codes.find((c) => c.code === 'VPC.0002')!.occurrences[0]!;
    expect(vpc0002).toEqual([documented.message, documented.earlierMessage]);
    expect(known.messages.every((m) => m.statuses.length > 0 && m.message.trim() !== '')).toBe(true);
  });
});

describe('the examples of the issue, end to end', () => {
  const QUOTA = area('quota');
  const SUBNET = area('subnet');
  // query, codes that must be among the results, codes that must come first (in any order)
  it.each<[string, string[], string[]]>([
    ['认证', ['401'], []],
    ['权限', ['403'], ['403']],
    ['不存在', ['404'], []],
    ['超时', ['408', '504'], ['408', '504']],
    ['配额', QUOTA, QUOTA],
    ['子网', SUBNET, []],
    ['subnet', SUBNET, []],
    ['subnets', SUBNET, []],
    ['quota', QUOTA, QUOTA],
    ['token expired', ['VPC.0008', '401'], ['VPC.0008']],
    ['permission', ['403', 'VPC.2204', 'VPC.2701'], ['403']],
    ['in use', ['409', 'VPC.0522', 'VPC.0707', 'VPC.9902', 'VPC.9907'], ['VPC.0517', 'VPC.9907']],
    ['deleting', ['204', 'VPC.0102', 'VPC.0104', 'VPC.0208'], ['204', 'VPC.0102']],
    ['VPC.0114', ['VPC.0114'], ['VPC.0114']],
    ['vpc.0114', ['VPC.0114'], ['VPC.0114']],
    ['vpc0114', ['VPC.0114'], ['VPC.0114']],
    ['VPC 0114', ['VPC.0114'], ['VPC.0114']],
    ['0114', ['VPC.0114'], ['VPC.0114']],
    ['114', ['VPC.0114'], ['VPC.0114']],
    ['404', ['404'], ['404']],
    ['４ｘｘ', ['400', '409'], ['400', '401', '403', '404', '405', '406', '407', '408', '409']],
  ])('%j', (q, among, first) => {
    const found = codes(q);
    expect(found).toEqual(expect.arrayContaining(among));
    expect(found.slice(0, first.length).sort()).toEqual([...first].sort());
  });

  it('lists the VPC.01xx codes for vpc.01, in code order', () => {
    const expected = errorData.codes.map((c) => c.code).filter((c) => c.startsWith('VPC.01'));
    expect(codes('vpc.01')).toEqual(expected);
  });

  it('marks, in the original texts, what each word matched', () => {
    for (const q of ['subnet', '配额', 'vpc', 'Ｔｏｋｅｎ', '不存在']) {
      const word = q.normalize('NFKC').toLowerCase();
      const hits = index.search(q).hits;
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        for (const { field, ranges } of hit.highlights) {
          const text = hit.doc.fields[field]!.text;
          ranges.forEach(([start, end], i) => {
            expect(start).toBeGreaterThan(i ? ranges[i - 1]![1] : -1);
            expect(end).toBeLessThanOrEqual(text.length);
            // A synonym (不存在 finds 找不到) marks the synonym; otherwise the word itself.
            const piece = text.slice(start, end).normalize('NFKC').toLowerCase();
            if (q !== '不存在') expect(piece, `${q} in ${hit.doc.code}`).toContain(word);
          });
        }
      }
    }
  });

  it('finds the subnet codes in a title, ahead of those that only mention subnets', () => {
    const hits = index.search('子网').hits;
    const titled = hits.filter((h) => h.tier === 'title').map((h) => h.doc.code);
    expect(titled).toEqual(hits.slice(0, titled.length).map((h) => h.doc.code));
    expect(titled.filter((c) => SUBNET.includes(c)).length).toBeGreaterThan(SUBNET.length / 2);
  });
});

describe('the Neutron error types in the one search', () => {
  const neutronData = neutronErrorData;
  const all = createSearchIndex(buildCorpus(statusCodeData, errorData, neutronData), synonyms);
  const found = (q: string) => all.search(q).hits.map((h) => `${h.doc.kind}:${h.doc.code}`);

  it('makes one document per type, after the status and error codes, with its template and our texts', () => {
    const docs = buildCorpus(statusCodeData, errorData, neutronData);
    expect(docs).toHaveLength(corpus.length + neutronData.types.length);
    const doc = docs.find((d) => d.kind === 'neutron' && d.code === 'SubnetInUse')!;
    expect(doc.num, 'no number for a code query to match').toBe(-1);
    expect(doc.fields.map((f) => `${f.name} ${f.group}`)).toEqual([
      'type title',
      'title.zh title',
      'title.en title',
      'template body',
      'meaning.zh body',
      'meaning.en body',
      'action.zh body',
      'action.en body',
    ]);
  });

  it('finds a type by its name first', () => {
    expect(found('SubnetInUse')[0]).toBe('neutron:SubnetInUse');
    expect(found('subnetinuse')[0]).toBe('neutron:SubnetInUse');
  });

  it('finds the types whose title says "in use", beside the VPC codes', () => {
    expect(found('in use')).toEqual(
      expect.arrayContaining(['neutron:SubnetInUse', 'neutron:NetworkInUse', 'error:VPC.0707']),
    );
  });

  it('finds a type by the words of its template', () => {
    expect(found('disallowed by policy')).toContain('neutron:PolicyNotAuthorized');
  });

  it('leaves code queries to the codes', () => {
    expect(found('409').every((k) => !k.startsWith('neutron:'))).toBe(true);
    expect(found('VPC.0114')[0]).toBe('error:VPC.0114');
  });
});

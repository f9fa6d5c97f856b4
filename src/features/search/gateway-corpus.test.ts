// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodeData } from '@/features/status-codes/build';
import { errorCodeData } from '@/features/error-codes/build';
import { gatewayCodeData } from '@/features/gateway-codes/build';
import { docPath } from './components/doc-text';
import { buildCorpus, buildGatewayCorpus, knownGateway } from './corpus';
import { synonyms } from './data/synonyms';
import { createSearchIndex } from './engine/search';

const gatewayData = gatewayCodeData;
const gatewayDocs = buildGatewayCorpus(gatewayData);
const index = createSearchIndex([...buildCorpus(statusCodeData, errorCodeData), ...gatewayDocs], synonyms);
const codes = (q: string) => index.search(q).hits.map((h) => h.doc.code);

describe('buildGatewayCorpus', () => {
  it('makes one gateway document per code, with its texts in both languages and its literal messages', () => {
    expect(gatewayDocs).toHaveLength(gatewayData.codes.length);
    const doc = gatewayDocs.find((d) => d.code === 'APIGW.0308')!;
    expect(doc).toMatchObject({ kind: 'gateway', num: 308 });
    const names = doc.fields.map((f) => f.name);
    for (const name of ['title.en', 'title.zh', 'meaning.en', 'meaning.zh', 'action.en', 'action.zh', 'message']) {
      expect(names, `field ${name}`).toContain(name);
    }
    expect(doc.fields.find((f) => f.name === 'message')?.text).toBe('The throttling threshold has been reached.');
  });
});

describe('searching gateway codes with everything else', () => {
  it.each([
    ['APIGW.0308', 'APIGW.0308'],
    ['apigw0301', 'APIGW.0301'],
    ['throttl', 'APIGW.0308'],
    ['限流', 'APIGW.0308'],
  ])('%s finds %s first among the gateway codes', (query, expected) => {
    const found = codes(query).filter((c) => c.startsWith('APIGW.'));
    expect(found[0], `first gateway hit for ${query}`).toBe(expected);
  });

  it('ranks a typed gateway code first of all', () => {
    expect(codes('APIGW.0101')[0]).toBe('APIGW.0101');
  });

  it('leads a gateway result to its page', () => {
    const doc = gatewayDocs.find((d) => d.code === 'APIGW.0308')!;
    expect(docPath(doc, 'en')).toBe('/en/gateway/APIGW.0308');
  });
});

describe('knownGateway', () => {
  it('gives each code one entry per documented status, with every message documented for it', () => {
    const known = knownGateway(gatewayData);
    expect(known.filter((k) => k.code === 'APIGW.0101')).toEqual([
      {
        code: 'APIGW.0101',
        status: 404,
        messages: ['The API does not exist or has not been published in the environment.', 'The API does not exist.'],
      },
    ]);
    expect(known.filter((k) => k.code === 'APIGW.0201').map((k) => k.status)).toEqual([
      400, 413, 414, 494, 502, 504, 500,
    ]);
    expect(new Set(known.map((k) => k.code)).size).toBe(gatewayData.codes.length);
  });
});

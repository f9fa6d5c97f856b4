// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/languages';
import { DataContractError } from '@/lib/schema-error-text';
import { chineseTypographyProblems } from '@/test/zh-typography';
import { parseDocument } from '../../../../scripts/import/parse-document';
import raw from './status-codes.json';
import { classOf, type ErrorExample, statusCodeData, statusCodes } from './status-codes';
import { EXAMPLE_SHAPES } from './status-codes.schema';
import { statusCodeDataProblems, validateStatusCodeData } from './validate';

// In CI the repository sits next to shared/seed/; without it the source comparison cannot run.
const SEED_FILE = fileURLToPath(new URL('../../../../../shared/seed/000_505a4803bfc28fc4.txt', import.meta.url));
const hasSeed = existsSync(SEED_FILE);

/** RFC 9110 §15: the section defining each status code this API documents. */
const RFC_9110_SECTIONS: Record<number, string> = {
  200: '15.3.1',
  201: '15.3.2',
  202: '15.3.3',
  204: '15.3.5',
  400: '15.5.1',
  401: '15.5.2',
  403: '15.5.4',
  404: '15.5.5',
  405: '15.5.6',
  406: '15.5.7',
  407: '15.5.8',
  408: '15.5.9',
  409: '15.5.10',
  500: '15.6.1',
  501: '15.6.2',
  502: '15.6.3',
  503: '15.6.4',
  504: '15.6.5',
};

/** Statuses RFC 9110 does not define: the RFC and section that do. */
const OTHER_RFCS: Record<number, { number: number; section: string }> = {
  429: { number: 6585, section: '4' }, // RFC 6585 §4 Too Many Requests
};

/** RFC 9110 §15.1: "heuristically cacheable (e.g., 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, and 501 …)". */
const HEURISTICALLY_CACHEABLE = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);

/*
 * The error-code data module, read as a file: this test holds the two data sets together, which the
 * app itself never needs to.
 */
interface DocumentedOccurrence {
  statuses: number[];
  message: string;
  earlierMessage?: string;
}
const ERROR_CODES_FILE = fileURLToPath(new URL('../../error-codes/data/error-codes.json', import.meta.url));
const documentedVpcCodes = new Map(
  (
    JSON.parse(readFileSync(ERROR_CODES_FILE, 'utf8')) as {
      codes: { code: string; occurrences: DocumentedOccurrence[] }[];
    }
  ).codes.map((c) => [c.code, c.occurrences]),
);

/*
 * The API gateway's codes, statuses and messages as its documents list them: the error-code table of the
 * API Request Signing Guide (https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html)
 * and the messages of its FAQ on IAM authentication errors
 * (https://support.huaweicloud.com/eu/nl-nl/devg-apisign/api-sign-0001.html).
 */
const DOCUMENTED_APIGW: { code: string; status: number; messages: string[] }[] = [
  {
    code: 'APIGW.0301',
    status: 401,
    messages: [
      'Incorrect IAM authentication information.',
      'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.',
      'Incorrect IAM authentication information: decrypt token fail',
      'Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist',
    ],
  },
  { code: 'APIGW.0201', status: 502, messages: ['Backend unavailable.'] },
  { code: 'APIGW.0308', status: 429, messages: ['The throttling threshold has been reached.'] },
  { code: 'APIGW.0201', status: 504, messages: ['Backend timeout.'] },
];

/*
 * Statuses a proxy or gateway in front of the service sends (RFC 9110 §15.5.8, §15.6.3, §15.6.5; a 408
 * comes from whatever accepts the connection): neither the VPC service nor Neutron writes their bodies.
 */
const SENT_IN_FRONT = new Set([407, 408, 502, 504]);

const examplesOf = (e: (typeof statusCodes)[number]): [string, ErrorExample][] =>
  (e.examples ?? []).map((x, i) => [`code ${String(e.code)}, example ${String(i)} (${x.shape})`, x]);

/** The VPC code and message of a body in one of the VPC API's own formats. */
function vpcCodeOf(x: ErrorExample): { code: string; message: string } | undefined {
  if (x.shape === 'vpc') return x.body;
  if (x.shape === 'errorCode') return { code: x.body.error_code, message: x.body.error_msg };
  return undefined;
}

/** Our own Chinese text in the data: every zh field but the ones copied verbatim from the source. */
function ownChineseTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const e of statusCodes) {
    const at = `code ${String(e.code)}`;
    out.push([`${at}, meaning.zh`, e.meaning.zh], [`${at}, action.text.zh`, e.action.text.zh]);
    // The description of a status the source page does not list is ours in both languages.
    if (e.inSource === false) out.push([`${at}, description.zh`, e.description.zh]);
    if (e.listedBy) out.push([`${at}, listedBy.label.zh`, e.listedBy.label.zh]);
    e.examples?.forEach((x, i) => x.note && out.push([`${at}, examples.${String(i)}.note.zh`, x.note.zh]));
  }
  return out;
}

const localizedFields = (e: (typeof statusCodes)[number]) => ({
  description: e.description,
  meaning: e.meaning,
  'action.text': e.action.text,
});

describe('status-codes.json data contract', () => {
  it('conforms to its JSON Schema and the rules the schema cannot state', () => {
    expect(statusCodeDataProblems(raw), 'problems by code and field').toEqual([]);
  });

  it('cites the RFC 9110 section of every code, and its heuristic cacheability (RFC 9110 §15.1)', () => {
    for (const e of statusCodes) {
      const where = `code ${String(e.code)}`;
      const other = OTHER_RFCS[e.code];
      if (other) {
        expect({ number: e.rfc.number, section: e.rfc.section }, `${where}: the RFC that defines it`).toEqual(other);
      } else {
        expect(RFC_9110_SECTIONS[e.code], `${where} has no RFC 9110 §15 section pinned in this test`).toBeDefined();
        expect(e.rfc.number ?? 9110, `${where}: rfc.number`).toBe(9110);
        expect(e.rfc.section, `${where}: rfc.section`).toBe(RFC_9110_SECTIONS[e.code]);
      }
      // RFC 6585 §4: a 429 "MUST NOT be stored by a cache".
      expect(e.cacheableByDefault, `${where}: cacheableByDefault`).toBe(HEURISTICALLY_CACHEABLE.has(e.code));
    }
  });

  it('has unique codes', () => {
    const codes = statusCodes.map((e) => e.code);
    const repeated = codes.filter((c, i) => codes.indexOf(c) !== i);
    expect(repeated, 'codes listed more than once').toEqual([]);
  });

  it('has both languages for every localized field', () => {
    for (const e of statusCodes) {
      for (const [field, value] of Object.entries(localizedFields(e))) {
        for (const lang of LANGUAGES) {
          expect(value[lang].trim(), `code ${String(e.code)}, ${field}.${lang} is empty`).not.toBe('');
        }
      }
    }
    for (const t of statusCodeData.tables) {
      for (const lang of LANGUAGES) {
        expect(t.caption[lang].trim(), `table ${t.id}, caption.${lang} is empty`).not.toBe('');
        for (const c of t.columns) {
          expect(c.label[lang].trim(), `table ${t.id}, columns.${c.key}.${lang} is empty`).not.toBe('');
        }
      }
    }
  });

  it('puts each code in the table its class implies', () => {
    for (const e of statusCodes) {
      const expected = e.table === 'success' ? ['2xx'] : ['4xx', '5xx'];
      expect(expected, `code ${String(e.code)} is in the ${e.table} table but is ${classOf(e.code)}`).toContain(
        classOf(e.code),
      );
    }
  });

  it('only relates to codes that exist', () => {
    const known = new Set(statusCodes.map((e) => e.code));
    for (const e of statusCodes) {
      for (const r of e.related) {
        expect(known.has(r), `code ${String(e.code)} relates to unknown code ${String(r)}`).toBe(true);
      }
    }
  });

  it.skipIf(!hasSeed)('holds every source row verbatim, in order and table (needs ../shared/seed/)', () => {
    const tables = parseDocument(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
    const rows = tables.flatMap((t) => t.rows.map((row) => ({ table: t.id, ...row })));
    const inSource = statusCodes.filter((e) => e.inSource !== false);
    for (const row of rows) {
      const e = inSource.find((x) => x.code === row.code);
      const where = `code ${String(row.code)}`;
      expect(e, `${where} from the source is missing from the data`).toBeDefined();
      expect(e?.table, `${where}: table`).toBe(row.table);
      expect(e?.reasonPhrase, `${where}: reasonPhrase`).toBe(row.reasonPhrase);
      expect(e?.description.zh, `${where}: description.zh must be the 说明 cell verbatim`).toBe(row.description);
    }
    expect(
      inSource.map((e) => e.code),
      'codes in source order, none the source no longer lists (run `npm run import -- <seed>`)',
    ).toEqual(rows.map((r) => r.code));
    const extras = statusCodes.filter((e) => e.inSource === false);
    for (const e of extras) {
      expect(
        rows.some((r) => r.code === e.code),
        `code ${String(e.code)} is marked inSource false, yet the source lists it`,
      ).toBe(false);
    }
    for (const t of tables) {
      const def = statusCodeData.tables.find((d) => d.id === t.id);
      expect(def?.caption.zh, `table ${t.id}: caption.zh`).toBe(t.caption);
      expect(
        def?.columns.map((c) => [c.key, c.label.zh]),
        `table ${t.id}: column keys and zh labels`,
      ).toEqual(t.columns.map((c) => [c.key, c.label]));
    }
  });

  it('marks 202 and 429 as statuses the source page does not list, each with the document that does', () => {
    const extras = statusCodes.filter((e) => e.inSource === false);
    expect(
      extras.map((e) => e.code),
      'the statuses this API returns beyond the source tables',
    ).toEqual([202, 429]);
    for (const e of extras) {
      expect(e.listedBy?.source, `code ${String(e.code)}: listedBy.source`).toMatch(/^https:\/\//);
    }
    expect(
      statusCodes.filter((e) => e.inSource === undefined && e.listedBy),
      'listedBy only on statuses outside the source',
    ).toEqual([]);
  });

  it.each([
    [
      'a verbatim body citing source code',
      'verbatim',
      'openstack/neutron neutron/api/api_common.py',
      /cite the published page/,
    ],
    ['a derived body citing only a page', 'derived', 'https://example.org/page', /cite the code/],
  ])('rejects a provenance label that disagrees with its source: %s', (_, provenance, source, message) => {
    const broken = structuredClone(raw) as typeof raw;
    const example = broken.codes.find((e) => e.code === 503)!.examples![0]!;
    Object.assign(example, { provenance, source });
    expect(() => validateStatusCodeData(broken), `${provenance} from ${source}`).toThrow(message);
  });

  it('rejects a template body without a note, and an assembled body whose source does not name its code', () => {
    const noNote = structuredClone(raw) as typeof raw;
    const template = noNote.codes.find((e) => e.code === 400)!.examples!.find((x) => x.provenance === 'template')!;
    delete (template as { note?: unknown }).note;
    expect(() => validateStatusCodeData(noNote), 'template without note').toThrow(/which values are examples/);
    const unnamed = structuredClone(raw) as typeof raw;
    const assembled = unnamed.codes.find((e) => e.code === 400)!.examples!.find((x) => x.provenance === 'assembled')!;
    assembled.source = 'opentelekomcloud-docs/virtual-private-cloud api-ref/source/appendix/error_codes.rst';
    expect(() => validateStatusCodeData(unnamed), 'assembled without the code').toThrow(/must name VPC\.0212/);
  });

  it('requires listedBy exactly on a status the source does not list', () => {
    const broken = structuredClone(raw) as typeof raw;
    delete (broken.codes.find((e) => e.code === 429) as { listedBy?: unknown }).listedBy;
    expect(() => validateStatusCodeData(broken), '429 without listedBy').toThrow(
      'code 429, field "listedBy": required exactly when inSource is false',
    );
  });

  it('shows only the body shapes a status can come with', () => {
    for (const e of statusCodes) {
      for (const [where, x] of examplesOf(e)) {
        expect(EXAMPLE_SHAPES, `${where}: a known body shape`).toContain(x.shape);
        if (x.shape === 'keystone') expect(e.code, `${where}: the token middleware only answers 401`).toBe(401);
        if (SENT_IN_FRONT.has(e.code))
          expect(x.shape, `${where}: only a gateway writes the body of ${String(e.code)}`).toBe('apigw');
      }
    }
  });

  it('shows a VPC code only where the error-code data documents it for that status, with a documented message', () => {
    for (const e of statusCodes) {
      for (const [where, x] of examplesOf(e)) {
        const vpc = vpcCodeOf(x);
        if (!vpc) continue;
        const occurrences = documentedVpcCodes.get(vpc.code) ?? [];
        expect(occurrences.length, `${where}: ${vpc.code} is not a documented error code`).toBeGreaterThan(0);
        const forStatus = occurrences.filter((o) => o.statuses.includes(e.code));
        expect(forStatus.length, `${where}: ${vpc.code} is not documented for ${String(e.code)}`).toBeGreaterThan(0);
        expect(
          forStatus.flatMap((o) => [o.message, ...(o.earlierMessage ? [o.earlierMessage] : [])]),
          `${where}: the message must be one documented for ${vpc.code} with ${String(e.code)}`,
        ).toContain(vpc.message);
      }
    }
  });

  it("shows an API gateway code only with a status and message the gateway's documents list", () => {
    for (const e of statusCodes) {
      for (const [where, x] of examplesOf(e)) {
        if (x.shape !== 'apigw') continue;
        const documented = DOCUMENTED_APIGW.find((d) => d.code === x.body.error_code && d.status === e.code);
        expect(documented, `${where}: ${x.body.error_code} is not documented for ${String(e.code)}`).toBeDefined();
        expect(documented?.messages, `${where}: a documented message of ${x.body.error_code}`).toContain(
          x.body.error_msg,
        );
      }
    }
  });

  it('writes its own Chinese without spaces around Latin text and with full-width punctuation', () => {
    const problems = ownChineseTexts().flatMap(([where, text]) =>
      chineseTypographyProblems(text).map((problem) => `${where}: ${problem}`),
    );
    expect(problems, 'zh texts that break the typography rules').toEqual([]);
  });

  it('names the field of an example whose body does not fit its shape, or whose shape is unknown', () => {
    const broken = structuredClone(raw) as typeof raw;
    const entry = broken.codes.find((e) => e.code === 401)!;
    const index = entry.examples!.findIndex((x) => x.shape === 'keystone');
    (entry.examples![index]!.body as { error: { title: string } }).error.title = 'Forbidden';
    expect(() => validateStatusCodeData(broken), 'a keystone body with another title').toThrow(
      `code 401, field "examples[${String(index)}].body.error.title": must be equal to constant`,
    );
    const unknownShape = structuredClone(raw) as typeof raw;
    (unknownShape.codes.find((e) => e.code === 401)!.examples![0]! as { shape: string }).shape = 'html';
    expect(() => validateStatusCodeData(unknownShape), 'a shape no branch has').toThrow(
      `code 401, field "examples[0].shape": must be one of ${EXAMPLE_SHAPES.join(', ')}`,
    );
  });

  it('rejects error bodies on a success code', () => {
    const broken = structuredClone(raw) as typeof raw;
    const withExamples = broken.codes.find((e) => e.examples)!;
    Object.assign(broken.codes[0]!, { examples: withExamples.examples });
    expect(() => validateStatusCodeData(broken), 'examples on 200').toThrow(
      'code 200, field "examples": error bodies on a success code',
    );
  });

  it('fails loudly on a broken entry, naming the code and the field', () => {
    const broken = structuredClone(raw) as typeof raw;
    const victim = broken.codes[0]!;
    victim.meaning.en = '';
    const attempt = () => validateStatusCodeData(broken);
    expect(attempt, 'an emptied meaning.en must be rejected').toThrow(DataContractError);
    expect(attempt, 'the message names code and field').toThrow(
      `code ${String(victim.code)}, field "meaning.en": missing or empty`,
    );
  });

  it('rejects a duplicated code', () => {
    const broken = structuredClone(raw) as typeof raw;
    broken.codes.push(structuredClone(broken.codes[0]!));
    expect(() => validateStatusCodeData(broken), 'duplicate must be named').toThrow(
      `code ${String(broken.codes[0]!.code)}, field "code": listed twice`,
    );
  });

  it('lists every problem, and fails with the first and how many more', () => {
    const broken = structuredClone(raw) as typeof raw;
    broken.codes[0]!.meaning.en = '';
    const other = broken.codes.at(-1)!;
    other.action.text.zh = '';
    expect(statusCodeDataProblems(broken), 'one line per problem').toEqual([
      `code ${String(broken.codes[0]!.code)}, field "meaning.en": missing or empty`,
      `code ${String(other.code)}, field "action.text.zh": missing or empty`,
    ]);
    expect(() => validateStatusCodeData(broken), 'the first, and a count of the rest').toThrow(
      `status-codes.json: code ${String(broken.codes[0]!.code)}, field "meaning.en": missing or empty (and 1 more)`,
    );
  });
});

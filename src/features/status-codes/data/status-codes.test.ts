// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/languages';
import { parseDocument } from '../../../../scripts/import/parse-document';
import raw from './status-codes.json';
import { classOf, statusCodeData, statusCodes } from './status-codes';
import { DataContractError, validateStatusCodeData } from './validate';

// In CI the repository sits next to shared/seed/; without it the source comparison cannot run.
const SEED_FILE = fileURLToPath(new URL('../../../../../shared/seed/000_505a4803bfc28fc4.txt', import.meta.url));
const hasSeed = existsSync(SEED_FILE);

/** RFC 9110 §15: the section defining each status code this API documents. */
const RFC_9110_SECTIONS: Record<number, string> = {
  200: '15.3.1',
  201: '15.3.2',
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

/** RFC 9110 §15.1: "heuristically cacheable (e.g., 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, and 501 …)". */
const HEURISTICALLY_CACHEABLE = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);

const localizedFields = (e: (typeof statusCodes)[number]) => ({
  description: e.description,
  meaning: e.meaning,
  'action.text': e.action.text,
});

describe('status-codes.json data contract', () => {
  it('conforms to its JSON Schema and the rules the schema cannot state', () => {
    expect(() => validateStatusCodeData(structuredClone(raw)), 'validateStatusCodeData on the raw JSON').not.toThrow();
  });

  it('cites the RFC 9110 section of every code, and its heuristic cacheability (RFC 9110 §15.1)', () => {
    for (const e of statusCodes) {
      const where = `code ${String(e.code)}`;
      expect(RFC_9110_SECTIONS[e.code], `${where} has no RFC 9110 §15 section pinned in this test`).toBeDefined();
      expect(e.rfc.section, `${where}: rfc.section`).toBe(RFC_9110_SECTIONS[e.code]);
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
    for (const row of rows) {
      const e = statusCodes.find((x) => x.code === row.code);
      const where = `code ${String(row.code)}`;
      expect(e, `${where} from the source is missing from the data`).toBeDefined();
      expect(e?.table, `${where}: table`).toBe(row.table);
      expect(e?.reasonPhrase, `${where}: reasonPhrase`).toBe(row.reasonPhrase);
      expect(e?.description.zh, `${where}: description.zh must be the 说明 cell verbatim`).toBe(row.description);
    }
    expect(
      statusCodes.map((e) => e.code),
      'codes in source order, none the source no longer lists (run `npm run import -- <seed>`)',
    ).toEqual(rows.map((r) => r.code));
    for (const t of tables) {
      const def = statusCodeData.tables.find((d) => d.id === t.id);
      expect(def?.caption.zh, `table ${t.id}: caption.zh`).toBe(t.caption);
      expect(
        def?.columns.map((c) => [c.key, c.label.zh]),
        `table ${t.id}: column keys and zh labels`,
      ).toEqual(t.columns.map((c) => [c.key, c.label]));
    }
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
    expect(() => validateStatusCodeData(broken), 'duplicate must be named').toThrow(/duplicate code/);
  });
});

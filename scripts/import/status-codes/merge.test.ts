// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { StatusCodeData } from '../../../src/features/status-codes/data/status-codes';
import { validateStatusCodeData } from '../../../src/features/status-codes/data/validate';
import { mergeDocument } from './merge';
import { parseDocument } from './parse-document';
import { fixturesOf } from '../test-helpers';

const { fixture, readFixture } = fixturesOf('status-codes');

const existing = (): StatusCodeData => JSON.parse(readFixture('well-formed.data.json')) as StatusCodeData;
const tablesOf = (name: string) => parseDocument(readFixture(name), fixture(name));

describe('mergeDocument', () => {
  it('is a no-op when the data already matches the document', () => {
    const before = existing();
    const { data, report } = mergeDocument(before, tablesOf('well-formed.md'));
    expect(data, 'merged data equals the input').toEqual(before);
    expect(report, 'nothing to report').toEqual({ read: 5, changes: [], added: [], missing: [] });
  });

  it('updates seed-derived text and keeps everything hand-written', () => {
    const before = existing();
    const { data, report } = mergeDocument(before, tablesOf('changed-text.md'));
    const e400 = data.codes.find((e) => e.code === 400);
    const e503 = data.codes.find((e) => e.code === 503);
    expect(e400?.description.zh, '说明 taken from the document').toBe('服务器未能处理该请求。');
    expect(e503?.reasonPhrase, 'reason phrase taken from the document').toBe('Service Temporarily Unavailable');
    expect(e400?.description.en, 'English description kept').toBe(before.codes[2]?.description.en);
    expect({ ...e400, description: null }, 'every other field of 400 kept').toEqual({
      ...before.codes[2],
      description: null,
    });
    expect(report.changes, 'each changed field reported with before and after').toEqual([
      { where: 'code 400', field: 'description.zh', before: '服务器未能处理请求。', after: '服务器未能处理该请求。' },
      {
        where: 'code 503',
        field: 'reasonPhrase',
        before: 'Service Unavailable',
        after: 'Service Temporarily Unavailable',
      },
    ]);
  });

  it('adds a new code with its English marked missing, and keeps a vanished one in place', () => {
    const { data, report } = mergeDocument(existing(), tablesOf('extra-and-missing.md'));
    expect(report.added, 'added codes').toEqual([418]);
    expect(report.missing, 'vanished codes are reported').toEqual([404]);
    expect(
      data.codes.map((e) => e.code),
      'new code in document order; vanished code kept after its old neighbour',
    ).toEqual([200, 204, 400, 404, 418, 503]);
    const teapot = data.codes.find((e) => e.code === 418);
    expect(teapot?.reasonPhrase, 'reason phrase split from the 返回值 cell').toBe("I'm a teapot");
    expect(teapot?.description, 'Chinese from the document, English left empty').toEqual({
      zh: '服务器拒绝冲泡咖啡。',
      en: '',
    });
    expect(teapot?.examples, 'no placeholder example bodies: an entry may have none').toBeUndefined();
    expect(teapot?.rfc.url, 'RFC anchor derived from the code').toBe(
      'https://www.rfc-editor.org/rfc/rfc9110#status.418',
    );
    expect(() => validateStatusCodeData(data), 'the data contract names the new code').toThrow(
      'code 418, field "description.en": missing or empty',
    );
  });

  it('keeps a status the document does not list (inSource false) in place, and does not call it missing', () => {
    const before = existing();
    const extra = {
      ...structuredClone(before.codes.find((e) => e.code === 400)!),
      code: 429,
      reasonPhrase: 'Too Many Requests',
      inSource: false as const,
      listedBy: {
        source: 'https://example.org/gateway-errors',
        label: { zh: '网关文档', en: 'Gateway documentation' },
      },
    };
    const at = before.codes.findIndex((e) => e.code === 400) + 1;
    before.codes.splice(at, 0, extra);
    const { data, report } = mergeDocument(before, tablesOf('well-formed.md'));
    expect(
      data.codes.map((e) => e.code),
      'the extra status stays where it was',
    ).toEqual(before.codes.map((e) => e.code));
    expect(data.codes[at], 'and keeps every field').toEqual(extra);
    expect(report, 'nothing changed, nothing missing').toEqual({ read: 5, changes: [], added: [], missing: [] });
  });

  it('reports captions, headers and order that differ', () => {
    const before = existing();
    before.tables[0]!.caption.zh = '表 1 旧标题';
    before.tables[1]!.columns[0]!.label.zh = '状态码';
    before.codes.reverse();
    const { data, report } = mergeDocument(before, tablesOf('well-formed.md'));
    expect(
      report.changes.map((c) => `${c.where} ${c.field}`),
      'table-level differences',
    ).toEqual(['codes order', 'table success caption.zh', 'table error columns.code.label.zh']);
    expect(data.tables[0]?.caption, 'caption zh restored, en kept').toEqual({
      zh: '表 1 正常返回值',
      en: 'Table 1 Successful responses',
    });
    expect(
      data.codes.map((e) => e.code),
      'document order restored',
    ).toEqual([200, 204, 400, 404, 503]);
  });
});

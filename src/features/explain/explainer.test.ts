// @vitest-environment node
import core from 'virtual:explain/core';
import en from 'virtual:explain/texts/en';
import zh from 'virtual:explain/texts/zh';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { createExplainer, MAX_INPUT_CHARS, windowsOf } from './explainer';
import type { Answer } from './types';

const BASE = 'https://portal.example.com/docs/vpc/';
const { explain, lookup, list } = createExplainer(core, { zh, en }, BASE);
const error = (code: string) => core.errors.find((e) => e.code === code)!;
const only = (answers: Answer[]) => {
  expect(answers).toHaveLength(1);
  return answers[0]!;
};

describe('explain', () => {
  it('answers an error body with its code, the status line above it, the texts and the page', () => {
    const a = only(
      explain('HTTP/1.1 409 Conflict\n{"error_code": "VPC.0114", "error_msg": "x", "request_id": "r-1"}', {
        lang: 'en',
      }),
    );
    expect(a).toMatchObject({ kind: 'vpc', code: 'VPC.0114', status: 409, confidence: 'certain', requestId: 'r-1' });
    expect(a.title).toBe(en.errors['VPC.0114']!.title);
    expect(a.whatToDo).toBe(en.errors['VPC.0114']!.action);
    expect(a.retry).toEqual({ policy: error('VPC.0114').retry, advice: en.retry.vpc[error('VPC.0114').retry] });
    expect(a.url).toBe(`${BASE}${paths.errorCode('en', 'VPC.0114').slice(1)}`);
  });

  it('answers in either language, with the page in that language', () => {
    const [a] = explain('VPC.0114', { lang: 'zh' });
    expect(a?.title).toBe(zh.errors['VPC.0114']!.title);
    expect(a?.url).toContain('/zh/errors/VPC.0114');
    expect(a?.lang).toBe('zh');
    expect(a?.titles).toEqual({ zh: zh.errors['VPC.0114']!.title, en: en.errors['VPC.0114']!.title });
    expect(createExplainer(core, { en }, BASE).lookup('VPC.0114')?.titles).toEqual({
      en: en.errors['VPC.0114']!.title,
    });
  });

  it('takes a code recognised from its documented message alone as likely', () => {
    const { message } = error('VPC.0104').occurrences[0]!;
    const a = only(explain(message, { lang: 'en' }));
    expect(a).toMatchObject({ code: 'VPC.0104', confidence: 'likely', status: 409 });
    expect(only(explain(`VPC.0104 ${message}`)).confidence).toBe('certain');
  });

  it('answers a status line with the status, and leaves out the successes of a log that has an error', () => {
    const a = only(explain('GET /v1/vpcs -> HTTP/1.1 200 OK\nPOST /v1/vpcs -> HTTP/1.1 503 Service Unavailable'));
    const entry = core.statuses.find((s) => s.code === 503)!;
    expect(a).toMatchObject({ kind: 'status', code: '503', status: 503, statuses: [503], confidence: 'certain' });
    expect(a.retry.policy).toBe(entry.retry);
    expect(a.title).toBe(`503 ${entry.reasonPhrase}`);
    expect(only(explain('HTTP/1.1 200 OK')).code).toBe('200');
  });

  it('answers an undocumented code by its status, and not at all without one', () => {
    expect(only(explain('HTTP/1.1 400 Bad Request {"error_code": "VPC.9999", "error_msg": "x"}'))).toMatchObject({
      kind: 'status',
      code: '400',
    });
    expect(explain('{"error_code": "VPC.9999", "error_msg": "x"}')).toEqual([]);
    expect(explain('nothing to see here')).toEqual([]);
    expect(explain(42 as unknown as string)).toEqual([]);
  });

  it('finds an error at the end of a log longer than the recogniser reads at once', () => {
    const log = `${'GET /v1/vpcs HTTP/1.1 200 OK\n'.repeat(20_000)}{"error_code": "VPC.0114", "error_msg": "x"}`;
    expect(log.length).toBeGreaterThan(500_000);
    expect(only(explain(log)).code).toBe('VPC.0114');
  });

  it('gives one answer for an error a log repeats', () => {
    const line = '{"error_code": "VPC.0114", "error_msg": "x"}\n';
    expect(explain(line.repeat(5000))).toHaveLength(1);
  });

  it('reads in overlapping windows that cover the text up to the limit', () => {
    const text = 'x'.repeat(300_000);
    const windows = windowsOf(text);
    expect(windows.length).toBeGreaterThan(4);
    expect(windows.every((w) => w.length <= 65536)).toBe(true);
    expect(windows.reduce((n, w) => n + w.length, 0)).toBeGreaterThan(text.length);
    expect(windowsOf('short')).toEqual(['short']);
    const huge = { length: MAX_INPUT_CHARS + 10, slice: (a: number, b: number) => 'y'.repeat(b - a) };
    expect(windowsOf(huge as unknown as string).every((w) => w.length > 0)).toBe(true);
  });
});

describe('lookup', () => {
  it.each(['VPC.0114', 'vpc0114', 'VPC 0114', ' vpc-0114 '])('finds %s', (spelling) => {
    expect(lookup(spelling, { lang: 'en' })).toMatchObject({ kind: 'vpc', code: 'VPC.0114', confidence: 'certain' });
  });

  it('finds a status, and nothing for an undocumented code or other text', () => {
    expect(lookup('409')).toMatchObject({ kind: 'status', code: '409', status: 409 });
    expect(lookup('VPC.9999')).toBeUndefined();
    expect(lookup('418')).toBeUndefined();
    expect(lookup('hello')).toBeUndefined();
  });
});

describe('list', () => {
  it('lists every documented code, statuses first', () => {
    const all = list();
    expect(all).toHaveLength(core.statuses.length + core.errors.length + core.gateway.length + core.neutron.length);
    expect(all[0]?.kind).toBe('status');
    expect([...new Set(all.map((a) => a.kind))]).toEqual(['status', 'vpc', 'gateway', 'neutron']);
  });

  it('lists the codes documented with a status', () => {
    const found = list({ status: 409 });
    const expected = core.errors.filter((e) => e.occurrences.some((o) => o.statuses.includes(409))).length;
    expect(found.filter((a) => a.kind === 'vpc')).toHaveLength(expected);
    expect(found.every((a) => a.statuses.includes(409))).toBe(true);
    expect(found.map((a) => a.code)).toContain('409');
    expect(list({ status: 409, kind: 'status' }).map((a) => a.code)).toEqual(['409']);
  });
});

describe('languages', () => {
  it('answers in Chinese by default when it has Chinese, else in its one language', () => {
    expect(lookup('409')?.lang).toBe('zh');
    const english = createExplainer(core, { en }, BASE);
    expect(english.lookup('409')?.lang).toBe('en');
    expect(english.langs).toEqual(['en']);
    expect(() => english.explain('VPC.0114', { lang: 'zh' })).toThrow(RangeError);
  });

  it('ends the base URL with one slash', () => {
    expect(lookup('409', { lang: 'en', baseUrl: 'https://x.example/docs' })?.url).toBe(
      'https://x.example/docs/en/codes/409',
    );
  });
});

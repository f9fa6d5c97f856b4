// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseLenient } from './lenient-json';

const read = (s: string) => JSON.parse(JSON.stringify(parseLenient(s).value ?? null)) as unknown;

describe('parseLenient', () => {
  it('reads JSON as JSON.parse does', () => {
    const body = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "d\\"\\u00e9\\n"}}';
    expect(read(body)).toEqual(JSON.parse(body));
  });

  it('reads single quotes, unquoted keys, Python words and stray commas', () => {
    expect(read("{'code': 'VPC.0114', msg: None, ok: True,, 'list': [1, 2,],}")).toEqual({
      code: 'VPC.0114',
      msg: null,
      ok: true,
      list: [1, 2],
    });
  });

  it('keeps what came before a cut', () => {
    expect(read('{"code": "VPC.0114", "message": "Quota exc')).toEqual({ code: 'VPC.0114', message: 'Quota exc' });
    expect(read('{"fail": [{"id": "a"}, {"id": ')).toEqual({ fail: [{ id: 'a' }, {}] });
    expect(read('{"code"')).toEqual({});
  });

  it('says where it stopped, for text after a body', () => {
    const s = 'x {"a": 1} tail';
    expect(parseLenient(s, 2)).toMatchObject({ end: 10 });
  });

  it('treats "__proto__" as a plain key', () => {
    const value = parseLenient('{"__proto__": {"polluted": 1}}').value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stays linear on deep nesting, long text and stray brackets', () => {
    const start = performance.now();
    expect(() => parseLenient('['.repeat(50_000))).not.toThrow();
    expect(() => parseLenient('{"a":'.repeat(10_000))).not.toThrow();
    expect(() => parseLenient(`{${'}]'.repeat(20_000)}`)).not.toThrow();
    expect(() => parseLenient(`{"a": "${'\\'.repeat(50_000)}`)).not.toThrow();
    expect(read('{"a": [1}, "b": 2}')).toEqual({ a: [1], b: 2 });
    expect(performance.now() - start).toBeLessThan(500);
  });
});

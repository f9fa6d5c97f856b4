// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chineseTypographyProblems } from '@/test/zh-typography';
import { en } from './en';
import { enCli } from './en-cli';
import { zh } from './zh';
import { zhCli } from './zh-cli';

/* The command line's strings follow the rules of the site's (locales.test.ts). */

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value !== 'object' || value === null) return out.set(prefix, String(value));
  for (const [key, child] of Object.entries(value)) {
    for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const enKeys = leaves(enCli);
const zhKeys = leaves(zhCli);

describe('command-line strings', () => {
  it('have the same keys in zh and en, none empty, with the same variables', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    const vars = (s = '') => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of enKeys) {
      expect(value.trim(), key).not.toBe('');
      expect(zhKeys.get(key)?.trim(), key).not.toBe('');
      expect(vars(zhKeys.get(key)), key).toEqual(vars(value));
    }
  });

  it('follow the Chinese typography rules', () => {
    const problems = [...zhKeys].flatMap(([key, value]) => chineseTypographyProblems(value).map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('end run-in labels in their own colon and space, as the site does', () => {
    for (const [key, value] of enKeys)
      if (key.startsWith('label.') && key !== 'label.likely') expect(value, key).toMatch(/[^\s:]: $/);
    for (const [key, value] of zhKeys)
      if (key.startsWith('label.') && key !== 'label.likely') expect(value, key).toMatch(/[^\s：]：$/);
  });

  it('label the retry advice as the code pages do', () => {
    expect(enCli.label.retry).toBe(en.detail.retryLabel);
    expect(zhCli.label.retry).toBe(zh.detail.retryLabel);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chineseTypographyProblems } from '@/test/zh-typography';
import { en } from './en';
import { enPages } from './en-pages';
import { zh } from './zh';
import { zhPages } from './zh-pages';

function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null) return out.set(prefix, value);
  for (const [key, child] of Object.entries(value)) {
    for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

// Each language's core and page part together; a key lives in one part only.
const zhKeys = new Map([...leaves(zh), ...leaves(zhPages)]);
const enKeys = new Map([...leaves(en), ...leaves(enPages)]);

describe('UI string resources', () => {
  it('keep every key in one part only', () => {
    const both = [...leaves(en).keys()].filter((key) => leaves(enPages).has(key));
    expect(both, 'keys in both en.ts and en-pages.ts').toEqual([]);
  });

  it('have the same keys in zh and en', () => {
    expect([...zhKeys.keys()].sort(), 'keys in zh vs en').toEqual([...enKeys.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...zhKeys, ...enKeys]) {
      expect(typeof value === 'string' && value.trim().length > 0, `${key} is empty`).toBe(true);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of enKeys) expect(vars(zhKeys.get(key)), key).toEqual(vars(value));
  });
});

describe('Chinese UI strings', () => {
  it('put no space between Chinese and Latin letters or digits, and use full-width punctuation', () => {
    const problems = [...zhKeys].flatMap(([key, value]) =>
      chineseTypographyProblems(String(value)).map((problem) => `${key}: ${problem}`),
    );
    expect(problems, 'zh strings that break the typography rules').toEqual([]);
  });

  it('let run-in labels carry their own colon and spacing, so components add none', () => {
    for (const key of ['detail.retryLabel', 'detail.originalText', 'errors.retryLabel']) {
      expect(leaves(en).get(key), `en ${key} ends in ": "`).toMatch(/[^\s:]: $/);
      expect(leaves(zh).get(key), `zh ${key} ends in "：" and nothing after it`).toMatch(/[^\s：]：$/);
    }
  });

  it('keep the text after a run-in label free of a second colon ("Retrying: Nothing to retry: …")', () => {
    for (const [key, value] of [...leaves(en), ...leaves(zh)].filter(([k]) => k.startsWith('detail.retry.'))) {
      expect(String(value), key).not.toMatch(/[:：]/);
    }
  });
});

describe('Chinese UI strings are Chinese', () => {
  it('hold Chinese text wherever the English string has words (a string left in English fails)', () => {
    // Strings that are the same in every language by design: names and symbols, not sentences.
    const sameInEveryLanguage = new Set(['langSwitch.bilingualLabel', 'about.licenceLink', 'siteSearch.pasteStatus']);
    const leftInEnglish = [...zhKeys].filter(
      ([key, value]) =>
        !sameInEveryLanguage.has(key) &&
        /[A-Za-z]{3,}/.test(String(enKeys.get(key)).replace(/{{\w+}}/g, '')) &&
        !/\p{Script=Han}/u.test(String(value)),
    );
    expect(leftInEnglish.map(([key, value]) => `${key}: ${String(value)}`)).toEqual([]);
  });
});

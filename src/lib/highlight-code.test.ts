// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlightCode, type CodeLanguage, type Token } from './highlight-code';

const kinds = (tokens: Token[]) => tokens.filter((t) => t.kind).map((t) => [t.kind, t.text]);

describe('highlightCode', () => {
  it('tells JSON keys from string values, and marks numbers and literals', () => {
    const json = JSON.stringify(
      { code: 'VPC.0114', message: 'Quota: "exceeded"', count: -1.5e3, retry: false },
      null,
      2,
    );
    expect(kinds(highlightCode(json, 'json'))).toEqual([
      ['key', '"code"'],
      ['string', '"VPC.0114"'],
      ['key', '"message"'],
      ['string', '"Quota: \\"exceeded\\""'],
      ['key', '"count"'],
      ['number', '-1500'],
      ['key', '"retry"'],
      ['literal', 'false'],
    ]);
  });

  it('marks HTML tags, attribute names and values, and comments', () => {
    const html = '<!-- one line --><div data-lang="en" hidden></div>\n<script src="/embed.js" async></script>';
    expect(kinds(highlightCode(html, 'html'))).toEqual([
      ['comment', '<!-- one line -->'],
      ['tag', '<div'],
      ['attr', 'data-lang'],
      ['string', '"en"'],
      ['attr', 'hidden'],
      ['tag', '>'],
      ['tag', '</div'],
      ['tag', '>'],
      ['tag', '<script'],
      ['attr', 'src'],
      ['string', '"/embed.js"'],
      ['attr', 'async'],
      ['tag', '>'],
      ['tag', '</script'],
      ['tag', '>'],
    ]);
  });

  it('marks the header names of HTTP headers, not colons inside values', () => {
    const http = "Content-Security-Policy: script-src 'self' https://a.example:8443\nX-Frame-Options: DENY";
    expect(kinds(highlightCode(http, 'http'))).toEqual([
      ['key', 'Content-Security-Policy'],
      ['key', 'X-Frame-Options'],
    ]);
  });

  it('gives back every character of the input, in order, whatever it is', () => {
    const inputs: [string, CodeLanguage][] = [
      ['{"a": [1, "b\\n", null], "c": {"d": "e"}}', 'json'],
      ['{"broken": "no end', 'json'],
      ['<a href=x>1 < 2 && "q"</a><', 'html'],
      ['Name: value\n: no name\nplain', 'http'],
      ['anything <at> all: "1"', 'text'],
      ['', 'json'],
    ];
    for (const [code, language] of inputs) {
      expect(
        highlightCode(code, language)
          .map((t) => t.text)
          .join(''),
      ).toBe(code);
    }
  });

  it('leaves plain text plain', () => {
    expect(highlightCode('x = "1"', 'text')).toEqual([{ text: 'x = "1"' }]);
  });
});

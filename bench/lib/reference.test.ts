import { describe, expect, it } from 'vitest';
import { referenceHtml } from './reference';

const page = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8">',
  '<link rel="stylesheet" href="/assets/index-abc.css">',
  '<script>addEventListener("load",()=>import(document.getElementById("root").dataset.entry))</script>',
  '</head><body><div id="root" data-entry="/assets/index-abc.js" data-route="code:404">',
  '<h1>404 Not Found</h1><pre><code>&lt;script src="/embed.js"&gt;&lt;/script&gt;</code></pre></div>',
  '<script src="/embed-theme.js"></script></body></html>',
].join('');

describe('referenceHtml', () => {
  it('cuts every script element and the data-entry attribute, and nothing else', () => {
    const ref = referenceHtml(page);
    expect(ref.scripts).toBe(2);
    expect(ref.dataEntry).toBe(true);
    expect(ref.html).toBe(
      [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<link rel="stylesheet" href="/assets/index-abc.css">',
        '</head><body><div id="root" data-route="code:404">',
        '<h1>404 Not Found</h1><pre><code>&lt;script src="/embed.js"&gt;&lt;/script&gt;</code></pre></div>',
        '</body></html>',
      ].join(''),
    );
  });

  it('leaves a page without scripts as it is', () => {
    const plain = '<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>';
    expect(referenceHtml(plain)).toEqual({ html: plain, scripts: 0, dataEntry: false });
  });
});

import { describe, expect, it } from 'vitest';
import { retryImports } from './vite-plugin-import-retry';

describe('retryImports', () => {
  it("sends a chunk's dynamic imports of other chunks through the retrying helper, defined once at its top", () => {
    const code = 'const a=()=>import("./code-route-C9pLKla-.js");const b=()=>import(`./en-l7vOSwEW.js`);';
    const out = retryImports(code)!;
    expect(out).toContain('__retryImport("./code-route-C9pLKla-.js",import.meta.url)');
    expect(out).toContain('__retryImport(`./en-l7vOSwEW.js`,import.meta.url)');
    expect(out).not.toMatch(/\bimport\(["`]\.\//);
    expect(out.match(/const __retryImport=/g)).toHaveLength(1);
    expect(out.indexOf('const __retryImport=')).toBe(0);
  });

  it('leaves a chunk without dynamic imports, and imports of anything but a chunk, alone', () => {
    expect(retryImports('import{a}from"./jsx-runtime-CFAjymXT.js";a();')).toBeNull();
    expect(retryImports('const m=import(url);')).toBeNull();
  });

  it('asks for a URL that failed under a new one, and for one that never failed by its own', async () => {
    const requested: string[] = [];
    const failing = new Set(['https://site.test/assets/a.js']);
    // The helper as the build writes it, run with an `import` that records what it was asked for.
    const helper = retryImports('const load=()=>import("./a.js");')!.replace(/\bimport\((?!["`])/g, 'fakeImport(');
    const run = new Function(
      'fakeImport',
      'globalThis',
      `${helper.replace('import.meta.url', '"https://site.test/assets/index.js"')} return load;`,
    ) as (fake: (url: string) => Promise<unknown>, g: object) => () => Promise<unknown>;
    const load = run(async (url) => {
      requested.push(url);
      if (failing.has(url)) throw new Error('offline');
      return {};
    }, {});
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toEqual({});
    expect(requested).toEqual(['https://site.test/assets/a.js', 'https://site.test/assets/a.js?retry=1']);
  });
});

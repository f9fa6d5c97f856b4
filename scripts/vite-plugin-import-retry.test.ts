import { describe, expect, it } from 'vitest';
import { retryImports } from './vite-plugin-import-retry';

describe('retryImports', () => {
  it("keeps a chunk's dynamic imports of other chunks, handing a failure to the helper defined once at its top", () => {
    const code = 'const a=()=>import("./code-route-C9pLKla-.js");const b=()=>import(`./en-l7vOSwEW.js`);';
    const out = retryImports(code)!;
    expect(out).toContain(
      'import("./code-route-C9pLKla-.js").catch(e=>__retryImport("./code-route-C9pLKla-.js",import.meta.url,e))',
    );
    expect(out).toContain('import(`./en-l7vOSwEW.js`).catch(e=>__retryImport(`./en-l7vOSwEW.js`,import.meta.url,e))');
    expect(out.match(/const __retryImport=/g)).toHaveLength(1);
    expect(out.indexOf('const __retryImport=')).toBe(0);
  });

  it('leaves a chunk without dynamic imports, and imports of anything but a chunk, alone', () => {
    expect(retryImports('import{a}from"./jsx-runtime-CFAjymXT.js";a();')).toBeNull();
    expect(retryImports('const m=import(url);')).toBeNull();
  });

  it('asks again for a URL that failed before under a new one, and never for one that did not fail', async () => {
    const requested: string[] = [];
    let online = false;
    // The chunk as the build writes it, run with an `import` that records what it was asked for and, like
    // Chromium, rejects a URL that failed before without asking again.
    const failed = new Set<string>();
    const chunk = retryImports('const load=()=>import("./a.js");')!.replaceAll('import(', 'fakeImport(');
    const run = new Function(
      'fakeImport',
      'globalThis',
      `${chunk.replaceAll('import.meta.url', '"https://site.test/assets/index.js"')} return load;`,
    ) as (fake: (url: string) => Promise<unknown>, g: object) => () => Promise<unknown>;
    const load = run(async (url) => {
      if (failed.has(url)) throw new Error('failed before');
      requested.push(url);
      if (!online) {
        failed.add(url);
        throw new Error('offline');
      }
      return { url };
    }, {});
    await expect(load()).rejects.toThrow('offline');
    online = true;
    await expect(load()).resolves.toEqual({ url: 'https://site.test/assets/a.js?retry=1' });
    expect(requested).toEqual(['./a.js', 'https://site.test/assets/a.js?retry=1']);

    const fresh = run(async (url) => ({ url }), {});
    await expect(fresh()).resolves.toEqual({ url: './a.js' });
  });
});

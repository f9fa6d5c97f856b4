import type { Plugin } from 'vite';

/*
 * Chromium remembers a dynamic import that failed (offline, or a chunk gone after a deploy): importing
 * the same URL again rejects at once, without a request, even once the connection is back. So every
 * dynamic import of a chunk goes through a small helper that asks again for a URL that failed before
 * under a new one (`?retry=N`): "Try again", the browser coming back online and the next link really
 * fetch again. A module that never failed is imported by its own URL, as before, and only once.
 */
const HELPER =
  'const __retryImport=(s,b)=>{const f=globalThis.__failedImports??=new Map(),u=new URL(s,b).href,n=f.get(u)??0;' +
  'return import(n?u+"?retry="+n:u).catch(e=>{f.set(u,n+1);throw e})};';

/** `import("./chunk-hash.js")` as the build writes a dynamic import of one of its chunks. */
const CHUNK_IMPORT = /\bimport\((["'`])(\.\/[^"'`]+\.js)\1\)/g;

/** Rewrites a chunk's dynamic imports of other chunks to retry under a new URL after a failure. */
export function retryImports(code: string): string | null {
  let found = false;
  const rewritten = code.replace(CHUNK_IMPORT, (_, quote: string, spec: string) => {
    found = true;
    return `__retryImport(${quote}${spec}${quote},import.meta.url)`;
  });
  return found ? HELPER + rewritten : null;
}

export function importRetry(): Plugin {
  let ssr = false;
  return {
    name: 'import-retry',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    renderChunk(code) {
      if (ssr) return null;
      const rewritten = retryImports(code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}

import type { Plugin } from 'vite';

/*
 * Chromium remembers a dynamic import that failed (offline, or a chunk gone after a deploy): importing
 * the same URL again rejects at once, without a request, even once the connection is back. So every
 * dynamic import of a chunk that fails goes to a small helper: the first failure is noted, and a later
 * attempt at a URL that failed before asks for it under a new one (`?retry=N`), so "Try again", the
 * browser coming back online and the next link really fetch again. An import that succeeds never
 * reaches the helper: it is the build's own `import()`, by its own URL.
 */
const HELPER =
  'const __retryImport=(s,b,e)=>{const f=globalThis.__failedImports??=new Map(),u=new URL(s,b).href,n=f.get(u);' +
  'if(n===undefined){f.set(u,1);throw e}return import(u+"?retry="+n).catch(x=>{f.set(u,n+1);throw x})};';

/** `import("./chunk-hash.js")` as the build writes a dynamic import of one of its chunks. */
const CHUNK_IMPORT = /\bimport\((["'`])(\.\/[^"'`]+\.js)\1\)/g;

/** Rewrites a chunk's dynamic imports of other chunks to retry under a new URL after a failure. */
export function retryImports(code: string): string | null {
  let found = false;
  const rewritten = code.replace(CHUNK_IMPORT, (_, quote: string, spec: string) => {
    found = true;
    const literal = `${quote}${spec}${quote}`;
    return `import(${literal}).catch(e=>__retryImport(${literal},import.meta.url,e))`;
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

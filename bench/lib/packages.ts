// Which packages the first-load JavaScript is made of. A second, in-memory Vite build with the repo's
// config yields the same chunks as dist/ plus, per chunk, each module's rendered (pre-minification)
// length. A chunk's gzip size is split among its modules in proportion to those lengths, so the
// figures are approximate: good for ranking, not for the last hundred bytes.
import { relative } from 'node:path';
import { build, type Rolldown } from 'vite';
import { gzipSize } from '../../scripts/lib/budgets';

export interface Share {
  name: string;
  gzip: number;
}
export interface JsBreakdown {
  /** First-load JS of every page together (each file once), by package or app folder. */
  packages: Share[];
  /** The biggest single modules of that JS. */
  modules: Share[];
  firstLoadGzip: number;
  /** JS that no page loads up front (lazy chunks). */
  lazyGzip: number;
}

/** "react-dom", "@tanstack/react-table", "src/features/status-codes/data", "(bundler runtime)". */
export function packageOf(id: string, root: string): string {
  const nm = id.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const [scope, name] = id.slice(nm + '/node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name ?? ''}` : (scope ?? id);
  }
  if (id.startsWith('\0') || !id.startsWith('/')) return '(bundler runtime)';
  const path = relative(root, id).split('?')[0]!;
  const dir = path.split('/').slice(0, -1).join('/');
  return dir || path;
}

const moduleName = (id: string, root: string) =>
  id.includes('/node_modules/') ? id.slice(id.lastIndexOf('/node_modules/') + 14) : relative(root, id);

async function chunksOf(root: string): Promise<Map<string, Rolldown.OutputChunk>> {
  const result = await build({ root, logLevel: 'silent', base: '/', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  return new Map(chunks.map((c) => [c.fileName, c]));
}

function add(totals: Map<string, number>, name: string, bytes: number) {
  totals.set(name, (totals.get(name) ?? 0) + bytes);
}
const sorted = (totals: Map<string, number>): Share[] =>
  [...totals].map(([name, gzip]) => ({ name, gzip: Math.round(gzip) })).sort((a, b) => b.gzip - a.gzip);

/** @param firstLoad every script the measured pages loaded for their own start-up (dist-relative file → gzip bytes) */
export async function jsBreakdown(root: string, firstLoad: Map<string, number>): Promise<JsBreakdown> {
  const chunks = await chunksOf(root);
  const packages = new Map<string, number>();
  const modules = new Map<string, number>();
  for (const [file, gzip] of firstLoad) {
    const chunk = chunks.get(file);
    const parts = chunk ? Object.entries(chunk.modules).filter(([, m]) => m.renderedLength > 0) : [];
    if (!chunk || parts.length === 0) {
      add(packages, chunk ? file : `${file} (not from Vite)`, gzip);
      continue;
    }
    const total = parts.reduce((sum, [, m]) => sum + m.renderedLength, 0);
    for (const [id, m] of parts) {
      add(packages, packageOf(id, root), (gzip * m.renderedLength) / total);
      add(modules, moduleName(id, root), (gzip * m.renderedLength) / total);
    }
  }
  const lazyGzip = [...chunks.values()]
    .filter((c) => !firstLoad.has(c.fileName))
    .reduce((sum, c) => sum + gzipSize(c.code), 0);
  return {
    packages: sorted(packages),
    modules: sorted(modules).slice(0, 10),
    firstLoadGzip: [...firstLoad.values()].reduce((a, b) => a + b, 0),
    lazyGzip,
  };
}

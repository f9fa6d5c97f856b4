// Which packages the JavaScript of a first visit is made of. A second, in-memory Vite build with the repo's
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
  /** What was broken down: "every page measured (each file once)" or one page's path. */
  of: string;
  /** Its JS, by package or app folder. */
  packages: Share[];
  /** The biggest single modules of that JS. */
  modules: Share[];
  /** Its files, with the packages they are mostly made of. */
  files: { file: string; gzip: number; top: string }[];
  firstLoadGzip: number;
  /** JS that none of these files is (chunks loaded later, if ever). */
  lazyGzip: number;
}

export type Chunks = Map<string, Rolldown.OutputChunk>;

/** "react-dom", "@tanstack/react-table", "src/features/status-codes/data", "(bundler: vite/preload-helper)". */
export function packageOf(id: string, root: string): string {
  const nm = id.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const [scope, name] = id.slice(nm + '/node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name ?? ''}` : (scope ?? id);
  }
  if (id.startsWith('\0') || !id.startsWith('/')) {
    const name = id.replace(/^\0/, '').replace(/\.js$/, '');
    return name.startsWith('virtual:') ? name : `(bundler: ${name})`; // the build's data modules are virtual
  }
  const path = relative(root, id).split('?')[0]!;
  const dir = path.split('/').slice(0, -1).join('/');
  return dir || path;
}

const moduleName = (id: string, root: string) =>
  id.includes('/node_modules/')
    ? id.slice(id.lastIndexOf('/node_modules/') + 14)
    : id.startsWith('/')
      ? relative(root, id)
      : id.replace(/^\0/, '');

/** The client build's chunks, by file name, with their modules' rendered lengths. */
export async function chunksOf(root: string): Promise<Chunks> {
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

/**
 * @param of what the files are (for the report)
 * @param firstLoad scripts a first visit downloaded (dist-relative file → gzip bytes)
 */
export function jsBreakdown(
  root: string,
  chunks: Chunks,
  of: string,
  firstLoad: Map<string, number>,
  topModules = 15,
): JsBreakdown {
  const packages = new Map<string, number>();
  const modules = new Map<string, number>();
  const files: JsBreakdown['files'] = [];
  for (const [file, gzip] of firstLoad) {
    const chunk = chunks.get(file);
    const parts = chunk ? Object.entries(chunk.modules).filter(([, m]) => m.renderedLength > 0) : [];
    if (!chunk || parts.length === 0) {
      const name = chunk ? file : `${file} (not from Vite)`;
      add(packages, name, gzip);
      files.push({ file, gzip, top: name });
      continue;
    }
    const total = parts.reduce((sum, [, m]) => sum + m.renderedLength, 0);
    const own = new Map<string, number>();
    for (const [id, m] of parts) {
      add(packages, packageOf(id, root), (gzip * m.renderedLength) / total);
      add(own, packageOf(id, root), (gzip * m.renderedLength) / total);
      add(modules, moduleName(id, root), (gzip * m.renderedLength) / total);
    }
    const top = sorted(own)
      .slice(0, 2)
      .map((p) => `${p.name} ${String(Math.round((100 * p.gzip) / gzip))}%`)
      .join(', ');
    files.push({ file, gzip, top });
  }
  const lazyGzip = [...chunks.values()]
    .filter((c) => !firstLoad.has(c.fileName))
    .reduce((sum, c) => sum + gzipSize(c.code), 0);
  return {
    of,
    packages: sorted(packages),
    modules: sorted(modules).slice(0, topModules),
    files: files.sort((a, b) => b.gzip - a.gzip),
    firstLoadGzip: [...firstLoad.values()].reduce((a, b) => a + b, 0),
    lazyGzip,
  };
}

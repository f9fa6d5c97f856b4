// The floor a page is measured against: the built page itself with its JavaScript taken out. Every
// <script> element (the inline boot script and any classic script) and #root's data-entry attribute
// are cut from the HTML by their source positions; every other byte stays as the build wrote it, so
// content and stylesheet are identical and the only difference Lighthouse sees is the JavaScript.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { gzipSize } from '../../scripts/lib/budgets';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Served beside the site by the same server: `/__reference/zh/` is the reference of `/zh/`. */
export const REFERENCE_PREFIX = '/__reference';
export const referencePathOf = (path: string): string => `${REFERENCE_PREFIX}${path}`;

export interface ReferencePage {
  path: string;
  referencePath: string;
  /** Script elements removed, and whether #root carried a data-entry attribute. */
  scriptsRemoved: number;
  dataEntryRemoved: boolean;
  /** gzip bytes of the page's HTML and of its reference. */
  htmlGzip: number;
  referenceHtmlGzip: number;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node) yield* elements(node.content); // a <template>'s children
}

const parsed = (html: string) => [...elements(parse(html, { sourceCodeLocationInfo: true }))];

/** A space before the attribute goes with it, so `<div id="root" data-entry="…">` becomes `<div id="root">`. */
function attributeSpan(html: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && /\s/.test(html[from - 1]!)) from--;
  return [from, end];
}

/** The page's HTML without its scripts and data-entry, and what was cut. */
export function referenceHtml(html: string): { html: string; scripts: number; dataEntry: boolean } {
  const cuts: [number, number][] = [];
  let scripts = 0;
  let dataEntry = false;
  for (const el of parsed(html)) {
    const at = el.sourceCodeLocation;
    if (!at) continue; // implied by the parser (html, head, body written without tags): nothing to cut
    if (el.tagName === 'script') {
      cuts.push([at.startOffset, at.endOffset]);
      scripts++;
      continue;
    }
    const attr = at.attrs?.['data-entry'];
    if (attr) {
      cuts.push(attributeSpan(html, attr.startOffset, attr.endOffset));
      dataEntry = true;
    }
  }
  // Scripts inside an element with data-entry would nest the cuts; they do not overlap in any page
  // the build writes, and the check below would catch it.
  cuts.sort((a, b) => b[0] - a[0]);
  let out = html;
  for (const [from, to] of cuts) out = out.slice(0, from) + out.slice(to);
  const left = parsed(out);
  if (left.some((el) => el.tagName === 'script' || el.attrs.some((a) => a.name === 'data-entry'))) {
    throw new Error('The reference page still has a script or data-entry attribute');
  }
  return { html: out, scripts, dataEntry };
}

/** The built page file of a path: `/en/errors/VPC.0114` → en/errors/VPC.0114/index.html. */
const fileOf = (path: string) => join(path.replace(/^\/|\/$/g, ''), 'index.html');

/** Writes the reference of each path into outDir under REFERENCE_PREFIX. Call after the budgets are measured. */
export function writeReferences(outDir: string, paths: string[]): ReferencePage[] {
  return paths.map((path) => {
    const html = readFileSync(join(outDir, fileOf(path)), 'utf8');
    const ref = referenceHtml(html);
    if (ref.scripts === 0) throw new Error(`${path} has no script: nothing to compare with`);
    const referencePath = referencePathOf(path);
    const file = join(outDir, fileOf(referencePath));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, ref.html);
    return {
      path,
      referencePath,
      scriptsRemoved: ref.scripts,
      dataEntryRemoved: ref.dataEntry,
      htmlGzip: gzipSize(html),
      referenceHtmlGzip: gzipSize(ref.html),
    };
  });
}

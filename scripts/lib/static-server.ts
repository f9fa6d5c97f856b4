// A plain static file server with no rewrite rules, the way object storage or a bare nginx serves
// the site: a path maps to a file, a folder to its index.html, anything else to 404.html (status 404).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { normalizeBase } from '../../src/lib/base-path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // Not there: the caller falls back to 404.html.
  }
  return null;
}

export interface StaticServerOptions {
  dir: string;
  /** The deploy base the site was built for; requests outside it get 404.html. */
  base?: string;
  headers?: Record<string, string>;
}

export function createStaticServer({ dir, base = '/', headers = {} }: StaticServerOptions): Server {
  const rootDir = resolve(dir);
  const prefix = normalizeBase(base);
  return createServer((req, res) => {
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        pathname = '/\0';
      }
      const inBase = pathname.startsWith(prefix) || `${pathname}/` === prefix;
      const relativePath = inBase ? pathname.slice(prefix.length) : null;
      const candidate = relativePath === null ? null : normalize(join(rootDir, relativePath));
      const safe =
        candidate !== null &&
        !candidate.includes('\0') &&
        (candidate === rootDir || candidate.startsWith(rootDir + sep));
      const found = safe ? await fileAt(candidate) : null;
      const file = found ?? join(rootDir, '404.html');
      res.writeHead(found ? 200 : 404, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...headers,
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.end())
        .pipe(res);
    })();
  });
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodes } from '@/features/status-codes';
import { resolveRoute } from './resolve-route';
import { pageKinds } from './route-table';
import { listPages } from './site-pages';

describe('listPages', () => {
  const pages = listPages();

  it('writes every page to its own file, the root first and the generic not-found page last', () => {
    const files = pages.map((p) => p.file);
    expect(new Set(files).size, 'one file per page').toBe(files.length);
    expect(files[0]).toBe('index.html');
    expect(files.at(-1)).toBe('404.html');
    expect(files).toContain('en/codes/404/index.html');
  });

  it('lists a page of every kind the build writes, for every documented code and language', () => {
    const codePages = pages.filter((p) => p.kind === 'code');
    expect(codePages).toHaveLength(statusCodes.length * 2);
    const written = new Set(pages.map((p) => p.kind));
    expect(pageKinds.filter((kind) => !written.has(kind))).toEqual(['embed-not-found']);
  });

  it('lists paths that resolve back to the same page', () => {
    for (const page of pages) {
      if (page.path !== null) expect(resolveRoute(page.path), page.path).toEqual(page.route);
    }
  });
});

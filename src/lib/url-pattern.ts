/*
 * A URL shape written once ("/:lang/codes/:code") and used both ways: to build links and to read a
 * path back into its parts. The page table matches paths with these, and the path builders in
 * paths.ts fill them, so a link and the page it leads to cannot drift apart.
 *
 * Syntax: literal segments, `:name` for one segment, a trailing `*` for any rest (kept as `rest`),
 * and a trailing "/" for a folder page ("/:lang/" also matches "/en" and "/en/index.html").
 */

type Names<T extends string> = T extends `${string}:${infer Name}/${infer Rest}`
  ? Name | Names<Rest>
  : T extends `${string}:${infer Name}`
    ? Name
    : never;

export type PatternParams<T extends string> = { [K in Names<T>]: string } & (T extends `${string}*`
  ? { rest: string }
  : unknown);

export interface UrlPattern<T extends string = string> {
  readonly pattern: T;
  build(params: PatternParams<T>): string;
  /** The decoded parts of a base-relative pathname, or null when it has another shape. */
  match(pathname: string): PatternParams<T> | null;
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

export function urlPattern<const T extends string>(pattern: T): UrlPattern<T> {
  const parts = pattern.split('/').filter(Boolean);
  const rest = parts.at(-1) === '*';
  const fixed = rest ? parts.slice(0, -1) : parts;
  const folder = pattern.endsWith('/');

  return {
    pattern,
    build(params) {
      const values = params as Record<string, string>;
      const path = fixed.map((p) => (p.startsWith(':') ? encodeURIComponent(values[p.slice(1)] ?? '') : p));
      const tail = rest && values.rest ? `/${values.rest}` : '';
      return `/${path.join('/')}${tail}${folder && fixed.length ? '/' : ''}`;
    },
    match(pathname) {
      const segments = pathname.split('/').filter(Boolean);
      if (segments.at(-1) === 'index.html') segments.pop();
      if (rest ? segments.length < fixed.length : segments.length !== fixed.length) return null;
      const params: Record<string, string> = {};
      for (const [i, part] of fixed.entries()) {
        const segment = segments[i]!;
        if (part.startsWith(':')) params[part.slice(1)] = decode(segment);
        else if (part !== segment) return null;
      }
      if (rest) params.rest = segments.slice(fixed.length).map(decode).join('/');
      return params as PatternParams<T>;
    },
  };
}

/*
 * A forgiving JSON reader for pasted error bodies: single quotes, unquoted keys, Python's None/True,
 * trailing or doubled commas and text cut off in the middle all give the best value the text allows.
 * It never throws, and stays linear however the text is nested: past MAX_DEPTH it skips a value
 * instead of descending. Objects have no prototype, so a "__proto__" key is only a key.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const MAX_DEPTH = 24;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const BARE = /[\w$.-]+/y;
const WORDS: Record<string, Json> = { true: true, false: false, null: null, True: true, False: false, None: null };
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

export interface Parsed {
  value: Json | undefined;
  /** Where reading stopped. */
  end: number;
}

export function parseLenient(s: string, start = 0): Parsed {
  let i = start;
  const ws = () => {
    while (i < s.length && s.charCodeAt(i) <= 32) i++;
  };

  const string = (quote: string): string => {
    let out = '';
    let from = ++i;
    while (i < s.length && s[i] !== quote) {
      if (s[i] !== '\\') {
        i++;
        continue;
      }
      out += s.slice(from, i);
      const e = s[i + 1] ?? '';
      const hex = e === 'u' ? /^[\da-f]{4}$/i.exec(s.slice(i + 2, i + 6)) : null;
      out += hex ? String.fromCharCode(parseInt(hex[0], 16)) : (ESCAPES[e] ?? e);
      i += hex ? 6 : 2;
      from = i;
    }
    out += s.slice(from, Math.min(i, s.length));
    i++;
    return out;
  };

  /** Skips a value too deeply nested to read, counting brackets outside strings. */
  const skip = () => {
    let depth = 0;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '"' || c === "'") {
        string(c);
        i--;
      } else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return void i++;
    }
  };

  const value = (depth: number): Json | undefined => {
    ws();
    const c = s[i];
    if (c === undefined) return undefined;
    if (c === '{' || c === '[') {
      if (depth < MAX_DEPTH) return container(c === '{', depth);
      skip();
      return null;
    }
    if (c === '"' || c === "'") return string(c);
    for (const re of [NUMBER, BARE]) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (!m) continue;
      i += m[0].length;
      return re === NUMBER ? Number(m[0]) : Object.hasOwn(WORDS, m[0]) ? WORDS[m[0]]! : m[0];
    }
    return undefined;
  };

  const container = (isObject: boolean, depth: number): Json => {
    const obj: Record<string, Json> = Object.create(null) as Record<string, Json>;
    const arr: Json[] = [];
    i++;
    for (;;) {
      ws();
      const c = s[i];
      if (c === undefined) break;
      // Either closing bracket closes: "[1}" is a slip of the finger, not the end of everything.
      if (c === '}' || c === ']') {
        i++;
        break;
      }
      if (c === ',' || c === ':') {
        i++;
        continue;
      }
      const at = i;
      const first = value(depth + 1);
      if (isObject) {
        ws();
        if (s[i] === ':') {
          i++;
          const v = value(depth + 1);
          if (typeof first === 'string' && v !== undefined) obj[first] = v;
        }
      } else if (first !== undefined) arr.push(first);
      // A character nothing can read: step over it.
      if (i === at) i++;
    }
    return isObject ? obj : arr;
  };

  const result = value(0);
  return { value: result, end: i };
}

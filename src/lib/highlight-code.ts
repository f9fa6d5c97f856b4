/*
 * Colours for the few kinds of snippet the site shows (JSON bodies, HTML snippets, HTTP headers): a
 * pure tokenizer, so the prerender and the browser cut a snippet into the same spans and hydration
 * matches. Deliberately small: it knows keys, strings, numbers and tags, not grammars.
 */

export type CodeLanguage = 'json' | 'html' | 'http' | 'text';
export type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'tag' | 'attr' | 'comment';
export interface Token {
  text: string;
  /** Absent for text shown as it is (punctuation, spaces, plain words). */
  kind?: TokenKind;
}

type Rule = [pattern: RegExp, kind: TokenKind | ((match: RegExpExecArray) => Token[])];

const QUOTED = String.raw`"(?:[^"\\\n]|\\.)*"`;

const JSON_RULES: Rule[] = [
  [new RegExp(`${QUOTED}(?=\\s*:)`, 'y'), 'key'],
  [new RegExp(QUOTED, 'y'), 'string'],
  [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y, 'number'],
  [/\b(?:true|false|null)\b/y, 'literal'],
];

/** Inside a tag: attribute names, and their values as strings. */
const attributes = (text: string): Token[] =>
  text.split(/(\s+|=|"[^"]*"|'[^']*')/).flatMap((part): Token[] => {
    if (!part) return [];
    if (/^["']/.test(part)) return [{ text: part, kind: 'string' }];
    return /^[^\s=]/.test(part) ? [{ text: part, kind: 'attr' }] : [{ text: part }];
  });

const HTML_RULES: Rule[] = [
  [/<!--[\s\S]*?-->/y, 'comment'],
  [
    /(<\/?[A-Za-z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)(\s*\/?>)/y,
    (m) => [{ text: m[1]!, kind: 'tag' }, ...attributes(m[2]!), { text: m[3]!, kind: 'tag' }],
  ],
];

/** A header line: its name as a key, the value as written. */
const HTTP_RULES: Rule[] = [[/^[A-Za-z][\w-]*(?=:)/my, 'key']];

const RULES: Record<CodeLanguage, Rule[]> = { json: JSON_RULES, html: HTML_RULES, http: HTTP_RULES, text: [] };

export function highlightCode(code: string, language: CodeLanguage): Token[] {
  const rules = RULES[language];
  const tokens: Token[] = [];
  let plain = '';
  const flush = () => {
    if (plain) tokens.push({ text: plain });
    plain = '';
  };
  for (let at = 0; at < code.length;) {
    let matched = false;
    for (const [pattern, kind] of rules) {
      pattern.lastIndex = at;
      const match = pattern.exec(code);
      if (!match?.[0]) continue;
      flush();
      tokens.push(...(typeof kind === 'string' ? [{ text: match[0], kind }] : kind(match)));
      at += match[0].length;
      matched = true;
      break;
    }
    if (!matched) plain += code[at++];
  }
  flush();
  return tokens;
}

import type { Lang } from '@/lib/languages';
import type { UiCore, UiResource } from './en';

/*
 * UI strings by dotted key ("detail.title"), typed from the English resource, with {{name}}
 * interpolation and plural forms chosen by Intl.PluralRules ("search.count" reads "search.count_one"
 * or "search.count_other" for a `count`). A few lines instead of a translation library: the pages
 * need nothing more, and every visitor downloads what the site ships.
 */

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${PluralSuffix}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type UiKey = Leaves<UiResource>;
export type UiVars = Record<string, string | number>;
export type Translate = (key: UiKey, vars?: UiVars) => string;

function lookup(resource: UiCore, key: string): unknown {
  let node: unknown = resource;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

const plurals = new Map<Lang, Intl.PluralRules>();
const pluralRules = (lang: Lang) => {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
};

/** A translate function for one language's resource. A missing key shows the key, never a blank. */
export function translator(lang: Lang, resource: UiCore): Translate {
  return (key, vars) => {
    const count = vars?.count;
    let text = typeof count === 'number' ? lookup(resource, `${key}_${pluralRules(lang).select(count)}`) : undefined;
    text ??= lookup(resource, key) ?? (typeof count === 'number' ? lookup(resource, `${key}_other`) : undefined);
    if (typeof text !== 'string') return key;
    return vars
      ? text.replace(/{{(\w+)}}/g, (match, name: string) => (name in vars ? String(vars[name]) : match))
      : text;
  };
}

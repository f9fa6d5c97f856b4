import { paths } from '@/lib/paths';
import type { Known, KnownMessage, Recognized } from '@/features/search';
import type { EntryTexts, ExplainCore, TextPacks } from './explain-data';
import type { AnswerKind, ExplainLang } from './types';

/*
 * The catalogues an answer can come from, as one list: each knows its documented codes, how a reader
 * spells them, which of a recognised paste's fields names one, its pages and its texts. The explainer
 * reads only this list, so adding a catalogue is adding an entry to `catalogues()`.
 */

export interface CatalogueEntry {
  code: string;
  /** Documented statuses, ascending. */
  statuses: number[];
  retry: string;
}

export interface Catalogue {
  kind: AnswerKind;
  entries: readonly CatalogueEntry[];
  /** The documented code a reader's spelling names ("vpc0114", "409"), or undefined. */
  find(text: string): CatalogueEntry | undefined;
  /** The documented code a recognised paste names in this catalogue, or undefined. */
  fromRecognized(r: Recognized): CatalogueEntry | undefined;
  /** Whether `text` names `code` itself (an answer found any other way is only likely). */
  named(text: string, code: string): boolean;
  /** The code's page, relative to the site's base. */
  path(lang: ExplainLang, code: string): string;
  /** The code's texts and its retry advice in `lang`, when that language is loaded. */
  texts(lang: ExplainLang, entry: CatalogueEntry): (EntryTexts & { retryAdvice: string }) | undefined;
  /** What the recogniser needs to know of this catalogue (merged into one `Known`). */
  known: Partial<Known>;
}

const byCode = <E extends CatalogueEntry>(entries: readonly E[]) => new Map(entries.map((e) => [e.code, e]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function statusCatalogue(core: ExplainCore, packs: TextPacks): Catalogue {
  const entries = core.statuses.map((s) => ({ code: String(s.code), statuses: [s.code], retry: s.retry }));
  const map = byCode(entries);
  return {
    kind: 'status',
    entries,
    find: (text) => map.get(/^\s*(\d{3})\s*$/.exec(text)?.[1] ?? ''),
    fromRecognized: (r) => (r.status === undefined ? undefined : map.get(String(r.status))),
    named: (text, code) => new RegExp(`(?<!\\d)${code}(?!\\d)`).test(text),
    path: (lang, code) => paths.codeDetail(lang, Number(code)),
    texts: (lang, entry) => {
      const pack = packs[lang];
      const texts = pack?.statuses[entry.code];
      return pack && texts ? { ...texts, retryAdvice: pack.retry.status[entry.retry] ?? '' } : undefined;
    },
    known: {},
  };
}

function vpcCatalogue(core: ExplainCore, packs: TextPacks): Catalogue {
  const entries = core.errors.map((e) => ({
    code: e.code,
    statuses: [...new Set(e.occurrences.flatMap((o) => o.statuses))].sort((a, b) => a - b),
    retry: e.retry,
  }));
  const map = byCode(entries);
  const messages: KnownMessage[] = core.errors.flatMap((e) =>
    e.occurrences.flatMap((o) =>
      [o.message, o.earlierMessage].flatMap((message) =>
        message ? [{ code: e.code, statuses: o.statuses, message }] : [],
      ),
    ),
  );
  const number = (text: string) => /^\s*vpc[\s._-]?(\d{4})\s*$/i.exec(text)?.[1];
  return {
    kind: 'vpc',
    entries,
    find: (text) => map.get(`VPC.${number(text) ?? ''}`),
    fromRecognized: (r) => (r.errorCode === undefined ? undefined : map.get(r.errorCode)),
    named: (text, code) => new RegExp(`\\bvpc[\\s._-]?${escape(code.slice(4))}(?!\\d)`, 'i').test(text),
    path: (lang, code) => paths.errorCode(lang, code),
    texts: (lang, entry) => {
      const pack = packs[lang];
      const texts = pack?.errors[entry.code];
      return pack && texts ? { ...texts, retryAdvice: pack.retry.vpc[entry.retry] ?? '' } : undefined;
    },
    known: { errorCodes: entries.map((e) => e.code), messages },
  };
}

/**
 * Every catalogue, in the order a recognised paste is looked up in (the first that knows its code
 * answers; the status catalogue comes last, for a paste whose code none of them documents).
 *
 * To add the API gateway codes (features/gateway-codes) or the Neutron types (features/neutron-errors):
 * add their fields to `ExplainCore`/`ExplainTexts` (explain-data.ts) and their cut to
 * scripts/vite-plugin-explain-data.ts, write a `Catalogue` here like `vpcCatalogue` (kind 'gateway',
 * `fromRecognized: (r) => map.get(r.gatewayCode)`, `path: paths.gatewayCode`, `known: { gateway:
 * knownGateway(data) }`; kind 'neutron' with `r.neutronType`, `paths.neutronError`, `known: { neutron:
 * knownNeutron(data) }`) and put it in this list before the status catalogue.
 */
export function catalogues(core: ExplainCore, packs: TextPacks): Catalogue[] {
  return [vpcCatalogue(core, packs), statusCatalogue(core, packs)];
}

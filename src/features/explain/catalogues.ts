import { paths } from '@/lib/paths';
import type { Known } from '@/lib/paste/recognize';
import { knownGatewayCodes, knownMessages } from '@/lib/paste/known';
import type { Recognized } from '@/lib/paste/types';
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
  /** Where one documented status calls for other advice than `retry`. */
  retryByStatus?: Readonly<Record<string, string>>;
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
  /** The code's texts in `lang`, when that language is loaded. */
  texts(lang: ExplainLang, entry: CatalogueEntry): EntryTexts | undefined;
  /** A retry policy's advice in `lang`. */
  retryAdvice(lang: ExplainLang, policy: string): string;
  /** What the recogniser needs to know of this catalogue (merged into one `Known`). */
  known: Partial<Known>;
}

const ascending = (statuses: readonly number[]) => [...new Set(statuses)].sort((a, b) => a - b);
/** The error codes' retry vocabulary and wording, which the gateway and Neutron catalogues share. */
const codeRetryAdvice = (packs: TextPacks) => (lang: ExplainLang, policy: string) =>
  packs[lang]?.retry.vpc[policy] ?? '';
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
    texts: (lang, entry) => packs[lang]?.statuses[entry.code],
    retryAdvice: (lang, policy) => packs[lang]?.retry.status[policy] ?? '',
    known: {},
  };
}

function vpcCatalogue(core: ExplainCore, packs: TextPacks): Catalogue {
  const entries = core.errors.map((e) => ({
    code: e.code,
    statuses: ascending(e.occurrences.flatMap((o) => o.statuses)),
    retry: e.retry,
    ...(e.retryByStatus ? { retryByStatus: e.retryByStatus } : {}),
  }));
  const map = byCode(entries);
  const messages = knownMessages(core.errors);
  const number = (text: string) => /^\s*vpc[\s._-]?(\d{4})\s*$/i.exec(text)?.[1];
  return {
    kind: 'vpc',
    entries,
    find: (text) => map.get(`VPC.${number(text) ?? ''}`),
    fromRecognized: (r) => (r.errorCode === undefined ? undefined : map.get(r.errorCode)),
    named: (text, code) => new RegExp(`\\bvpc[\\s._-]?${escape(code.slice(4))}(?!\\d)`, 'i').test(text),
    path: (lang, code) => paths.errorCode(lang, code),
    texts: (lang, entry) => packs[lang]?.errors[entry.code],
    retryAdvice: codeRetryAdvice(packs),
    known: { errorCodes: entries.map((e) => e.code), messages },
  };
}

/** The API gateway's codes (APIGW.0308): recognised in pastes with the status each is documented with. */
function gatewayCatalogue(core: ExplainCore, packs: TextPacks): Catalogue {
  const entries = core.gateway.map((c) => {
    const retries = new Map(c.responses.map((r) => [r.status, r.retry]));
    const retry = c.responses[0]?.retry ?? 'after-fix';
    const differing = [...retries].filter(([, r]) => r !== retry);
    return {
      code: c.code,
      statuses: ascending(c.responses.map((r) => r.status)),
      retry,
      ...(differing.length ? { retryByStatus: Object.fromEntries(differing) } : {}),
    };
  });
  const map = byCode(entries);
  const gateway = knownGatewayCodes(core.gateway);
  const number = (text: string) => /^\s*apigw[\s._-]?(\d{4})\s*$/i.exec(text)?.[1];
  return {
    kind: 'gateway',
    entries,
    find: (text) => map.get(`APIGW.${number(text) ?? ''}`),
    fromRecognized: (r) => (r.gatewayCode === undefined ? undefined : map.get(r.gatewayCode)),
    named: (text, code) => new RegExp(`\\bapigw[\\s._-]?${escape(code.slice(6))}(?!\\d)`, 'i').test(text),
    path: (lang, code) => paths.gatewayCode(lang, code),
    texts: (lang, entry) => packs[lang]?.gateway[entry.code],
    retryAdvice: codeRetryAdvice(packs),
    known: { gateway },
  };
}

/** The Neutron-compatible API's error types (SubnetInUse), by type name and by message template. */
function neutronCatalogue(core: ExplainCore, packs: TextPacks): Catalogue {
  const entries = core.neutron.map((t) => ({ code: t.type, statuses: [t.status], retry: t.retry }));
  const map = byCode(entries);
  // Type names are case-sensitive, as the pages' addresses are; a lookup forgives the case.
  const folded = new Map(entries.map((e) => [e.code.toLowerCase(), e]));
  return {
    kind: 'neutron',
    entries,
    find: (text) => folded.get(text.trim().toLowerCase()),
    fromRecognized: (r) => (r.neutronType === undefined ? undefined : map.get(r.neutronType)),
    named: (text, code) => new RegExp(`\\b${escape(code)}\\b`).test(text),
    path: (lang, code) => paths.neutronError(lang, code),
    texts: (lang, entry) => packs[lang]?.neutron[entry.code],
    retryAdvice: codeRetryAdvice(packs),
    known: { neutron: core.neutron.map((t) => ({ type: t.type, status: t.status, templates: [t.template] })) },
  };
}

/**
 * Every catalogue, in the order a recognised paste is looked up in (the first that knows its code
 * answers; the status catalogue comes last, for a paste whose code none of them documents).
 */
export function catalogues(core: ExplainCore, packs: TextPacks): Catalogue[] {
  return [
    vpcCatalogue(core, packs),
    gatewayCatalogue(core, packs),
    neutronCatalogue(core, packs),
    statusCatalogue(core, packs),
  ];
}

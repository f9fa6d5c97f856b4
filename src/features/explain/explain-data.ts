import type { ExplainLang } from './types';

/*
 * What the explainer reads, cut from the data modules by the build (scripts/vite-plugin-explain-data.ts):
 * one language-neutral core (codes, statuses, retry policies, the documented messages the recogniser
 * matches) and one text pack per language, so an entry with one language ships no text of the other.
 */

export interface ExplainCore {
  statuses: { code: number; reasonPhrase: string; retry: string }[];
  errors: {
    code: string;
    retry: string;
    /** Where one status of the code calls for other advice than `retry` (its 404 variant, say). */
    retryByStatus?: Record<string, string>;
    /** As documented: the statuses of each operation's message, and the message (and its earlier wording). */
    occurrences: { statuses: number[]; message: string; earlierMessage?: string }[];
  }[];
  /** The API gateway's codes: each documented status with its message and retry advice. */
  gateway: { code: string; responses: { status: number; message: string; retry: string }[] }[];
  /** The Neutron-compatible API's error types: status, message template, retry advice. */
  neutron: { type: string; status: number; template: string; retry: string }[];
}

export interface EntryTexts {
  title: string;
  meaning: string;
  action: string;
}

export interface ExplainTexts {
  statuses: Record<string, EntryTexts>;
  errors: Record<string, EntryTexts>;
  gateway: Record<string, EntryTexts>;
  neutron: Record<string, EntryTexts>;
  /** Retry advice by policy, per kind of code (the same policy id reads differently for a status). */
  retry: { status: Record<string, string>; vpc: Record<string, string> };
}

export type TextPacks = Partial<Record<ExplainLang, ExplainTexts>>;

type Localized = Record<ExplainLang, string>;

/** The fields of status-codes.json the explainer uses. */
export interface StatusSource {
  codes: readonly {
    code: number;
    reasonPhrase: string;
    meaning: Localized;
    action: { retry: string; text: Localized };
  }[];
}

/** The fields of error-codes.json the explainer uses. */
export interface ErrorSource {
  codes: readonly {
    code: string;
    title: Localized;
    meaning: Localized;
    action: Localized;
    retry: string;
    retryByStatus?: Readonly<Record<string, string>>;
    occurrences: readonly { statuses: readonly number[]; message: string; earlierMessage?: string }[];
  }[];
}

/** The fields of gateway-codes.json the explainer uses. */
export interface GatewaySource {
  codes: readonly {
    code: string;
    title: Localized;
    meaning: Localized;
    action: Localized;
    responses: readonly { status: number; message: string; retry: string }[];
  }[];
}

/** The fields of neutron-errors.json the explainer uses. */
export interface NeutronSource {
  types: readonly {
    type: string;
    status: number;
    template: string;
    retry: string;
    title: Localized;
    meaning: Localized;
    action: Localized;
  }[];
}

/** Every data module the explainer reads. */
export interface ExplainSources {
  status: StatusSource;
  errors: ErrorSource;
  gateway: GatewaySource;
  neutron: NeutronSource;
}

const textsOf = (e: { title: Localized; meaning: Localized; action: Localized }, lang: ExplainLang): EntryTexts => ({
  title: e.title[lang],
  meaning: e.meaning[lang],
  action: e.action[lang],
});

export function explainCoreOf({ status, errors, gateway, neutron }: ExplainSources): ExplainCore {
  return {
    statuses: status.codes.map((e) => ({ code: e.code, reasonPhrase: e.reasonPhrase, retry: e.action.retry })),
    errors: errors.codes.map((e) => ({
      code: e.code,
      retry: e.retry,
      ...(e.retryByStatus ? { retryByStatus: { ...e.retryByStatus } } : {}),
      occurrences: e.occurrences.map((o) => ({
        statuses: [...o.statuses],
        message: o.message,
        ...(o.earlierMessage ? { earlierMessage: o.earlierMessage } : {}),
      })),
    })),
    gateway: gateway.codes.map((c) => ({
      code: c.code,
      responses: c.responses.map(({ status: code, message, retry }) => ({ status: code, message, retry })),
    })),
    neutron: neutron.types.map(({ type, status: code, template, retry }) => ({ type, status: code, template, retry })),
  };
}

export function explainTextsOf(
  { status, errors, gateway, neutron }: ExplainSources,
  lang: ExplainLang,
  retry: ExplainTexts['retry'],
): ExplainTexts {
  return {
    statuses: Object.fromEntries(
      status.codes.map((e) => [
        e.code,
        { title: `${String(e.code)} ${e.reasonPhrase}`, meaning: e.meaning[lang], action: e.action.text[lang] },
      ]),
    ),
    errors: Object.fromEntries(errors.codes.map((e) => [e.code, textsOf(e, lang)])),
    gateway: Object.fromEntries(gateway.codes.map((c) => [c.code, textsOf(c, lang)])),
    neutron: Object.fromEntries(neutron.types.map((t) => [t.type, textsOf(t, lang)])),
    retry,
  };
}

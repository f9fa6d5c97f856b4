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
    /** As documented: the statuses of each operation's message, and the message (and its earlier wording). */
    occurrences: { statuses: number[]; message: string; earlierMessage?: string }[];
  }[];
}

export interface EntryTexts {
  title: string;
  meaning: string;
  action: string;
}

export interface ExplainTexts {
  statuses: Record<string, EntryTexts>;
  errors: Record<string, EntryTexts>;
  /** Retry advice by policy, per catalogue (the same policy id can read differently). */
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
    occurrences: readonly { statuses: readonly number[]; message: string; earlierMessage?: string }[];
  }[];
}

export function explainCoreOf(status: StatusSource, errors: ErrorSource): ExplainCore {
  return {
    statuses: status.codes.map((e) => ({ code: e.code, reasonPhrase: e.reasonPhrase, retry: e.action.retry })),
    errors: errors.codes.map((e) => ({
      code: e.code,
      retry: e.retry,
      occurrences: e.occurrences.map((o) => ({
        statuses: [...o.statuses],
        message: o.message,
        ...(o.earlierMessage ? { earlierMessage: o.earlierMessage } : {}),
      })),
    })),
  };
}

export function explainTextsOf(
  status: StatusSource,
  errors: ErrorSource,
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
    errors: Object.fromEntries(
      errors.codes.map((e) => [e.code, { title: e.title[lang], meaning: e.meaning[lang], action: e.action[lang] }]),
    ),
    retry,
  };
}

import { recognizePaste, type Known } from '@/lib/paste/recognize';
import type { Recognized } from '@/lib/paste/types';
import { catalogues, type Catalogue, type CatalogueEntry } from './catalogues';
import type { ExplainCore, TextPacks } from './explain-data';
import type {
  Answer,
  AnswerKind,
  ExplainFunction,
  ExplainLang,
  ExplainOptions,
  ListFunction,
  LookupFunction,
} from './types';

/*
 * explain(), lookup() and list() over the catalogues, for the npm package and the site. A text of any
 * length is read in overlapping windows of the recogniser's size, so an error at the end of a long log
 * is found as surely as one at its start, in time linear in the text.
 */

/** Only this much of a text is read (characters): a 10 MB log fits three times. */
export const MAX_INPUT_CHARS = 32 * 1024 * 1024;
/** Within the recogniser's own limit; the overlap is longer than an error body or log line. */
const WINDOW = 60_000;
const OVERLAP = 8_000;
/** Answers per text: a log that fails a hundred times the same way has one answer, not a hundred. */
const MAX_ANSWERS = 100;
const KIND_ORDER: readonly AnswerKind[] = ['status', 'vpc', 'gateway', 'neutron'];

export interface Explainer {
  explain: ExplainFunction;
  lookup: LookupFunction;
  list: ListFunction;
  /** The languages whose texts this explainer has. */
  langs: readonly ExplainLang[];
}

/** The windows `text` is read in: each at most WINDOW long, each overlapping the previous one. */
export function windowsOf(text: string): string[] {
  const s = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
  if (s.length <= WINDOW) return [s];
  const out: string[] = [];
  for (let from = 0; from < s.length; from += WINDOW - OVERLAP) {
    out.push(s.slice(from, from + WINDOW));
    if (from + WINDOW >= s.length) break;
  }
  return out;
}

/** A log names many "200 OK"s: a success is an answer only when the text names nothing else. */
function withoutSuccesses(answers: Answer[]): Answer[] {
  const errors = answers.filter((a) => a.kind !== 'status' || a.status === undefined || a.status >= 400);
  return errors.length ? errors : answers;
}

export function createExplainer(core: ExplainCore, packs: TextPacks, defaultBaseUrl: string): Explainer {
  const list = catalogues(core, packs);
  const known: Known = Object.assign({ errorCodes: [], messages: [] }, ...list.map((c) => c.known));
  const langs = (['zh', 'en'] as const).filter((l) => packs[l]);

  function settings(options: ExplainOptions = {}) {
    const lang = options.lang ?? langs[0];
    if (!lang || !packs[lang])
      throw new RangeError(
        `No "${String(lang)}" texts in this entry (it has: ${langs.join(', ')}); import "vpc-status-codes/explain" for both.`,
      );
    return { lang, baseUrl: (options.baseUrl ?? defaultBaseUrl).replace(/\/?$/, '/') };
  }

  function answer(
    catalogue: Catalogue,
    entry: CatalogueEntry,
    { lang, baseUrl }: ReturnType<typeof settings>,
    found: Partial<
      Pick<Answer, 'status' | 'confidence' | 'message' | 'requestId' | 'itemId' | 'matchedMessage' | 'messageDiffers'>
    > = {},
  ): Answer {
    const texts = catalogue.texts(lang, entry)!;
    const status = found.status ?? (entry.statuses.length === 1 ? entry.statuses[0] : undefined);
    const policy = (status !== undefined && entry.retryByStatus?.[status]) || entry.retry;
    return {
      kind: catalogue.kind,
      code: entry.code,
      ...(status === undefined ? {} : { status }),
      statuses: entry.statuses,
      lang,
      title: texts.title,
      titles: Object.fromEntries(langs.map((l) => [l, catalogue.texts(l, entry)?.title ?? ''])),
      meaning: texts.meaning,
      whatToDo: texts.action,
      retry: { policy, advice: catalogue.retryAdvice(lang, policy) },
      confidence: found.confidence ?? 'certain',
      url: baseUrl + catalogue.path(lang, entry.code).replace(/^\//, ''),
      ...(found.message === undefined ? {} : { message: found.message }),
      ...(found.requestId === undefined ? {} : { requestId: found.requestId }),
      ...(found.itemId === undefined ? {} : { itemId: found.itemId }),
      ...(found.matchedMessage === undefined ? {} : { matchedMessage: found.matchedMessage }),
      ...(found.messageDiffers?.length ? { messageDiffers: found.messageDiffers } : {}),
    };
  }

  /** The answer to one recognised error of `window`: the first catalogue that documents its code. */
  function answerOf(r: Recognized, window: string, options: ReturnType<typeof settings>) {
    for (const catalogue of list) {
      const entry = catalogue.fromRecognized(r);
      if (!entry) continue;
      // A status the recogniser took from a Neutron type, not from the text, is inferred.
      const inferred = catalogue.kind === 'status' ? r.neutronType !== undefined : !catalogue.named(window, entry.code);
      const confidence = r.certainty ?? (inferred ? 'likely' : 'certain');
      const { status, message, requestId, itemId, matchedMessage, messageDiffers } = r;
      return answer(catalogue, entry, options, {
        status,
        confidence,
        message,
        requestId,
        itemId,
        matchedMessage,
        messageDiffers,
      });
    }
    return undefined;
  }

  const explain: ExplainFunction = (text, options) => {
    const resolved = settings(options);
    if (typeof text !== 'string') return [];
    const out = new Map<string, Answer>();
    for (const window of windowsOf(text)) {
      for (const r of recognizePaste(window, known)) {
        const a = answerOf(r, window, resolved);
        if (!a) continue;
        const key = `${a.kind} ${a.code} ${String(a.status)} ${a.itemId ?? ''}`;
        const seen = out.get(key);
        // The same error found again (a retried call, an overlap) only strengthens what is known of it.
        if (!seen) out.set(key, a);
        else if (seen.confidence === 'likely' && a.confidence === 'certain')
          out.set(key, { ...seen, confidence: 'certain' });
        if (out.size >= MAX_ANSWERS) return withoutSuccesses([...out.values()]);
      }
    }
    return withoutSuccesses([...out.values()]);
  };

  const lookup: LookupFunction = (code, options) => {
    const resolved = settings(options);
    if (typeof code !== 'string') return undefined;
    for (const catalogue of list) {
      const entry = catalogue.find(code);
      if (entry) return answer(catalogue, entry, resolved);
    }
    return undefined;
  };

  const listAll: ListFunction = (options = {}) => {
    const resolved = settings(options);
    return [...list]
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
      .filter((c) => options.kind === undefined || c.kind === options.kind)
      .flatMap((c) =>
        c.entries
          .filter((e) => options.status === undefined || e.statuses.includes(options.status))
          .map((e) => answer(c, e, resolved)),
      );
  };

  return { explain, lookup, list: listAll, langs };
}

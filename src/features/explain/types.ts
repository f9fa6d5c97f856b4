/*
 * The public types of `explain` and `lookup`, for the site and the npm package alike. This file
 * imports nothing, so the package ships it as its declaration file unchanged.
 */

export type ExplainLang = 'zh' | 'en';

/** Which catalogue an answer comes from: an HTTP status, a VPC error code, an API gateway code or a Neutron type. */
export type AnswerKind = 'status' | 'vpc' | 'gateway' | 'neutron';

/** `certain` when the text names the code; `likely` when it was inferred (from a message alone). */
export type Confidence = 'certain' | 'likely';

export interface Answer {
  kind: AnswerKind;
  /** As documented: "409", "VPC.0114", "APIGW.0308", "SubnetInUse". */
  code: string;
  /** The HTTP status: the one the text names, else the only one documented for the code. */
  status?: number;
  /** Every status the code is documented with, ascending. */
  statuses: number[];
  lang: ExplainLang;
  /** "409 Conflict" for a status; the code's title otherwise. */
  title: string;
  /** The title in every language the entry has (a bilingual page can show both). */
  titles: Partial<Record<ExplainLang, string>>;
  /** What the code means for this API. */
  meaning: string;
  whatToDo: string;
  retry: {
    /** The retry policy's id (for this status, where a code's statuses differ): for statuses "not-needed", "do-not-retry", "after-fix", "idempotent-with-backoff", "by-error-code"; for codes "after-fix", "with-backoff", "no". */
    policy: string;
    advice: string;
  };
  confidence: Confidence;
  /** The code's page on the reference site. */
  url: string;
  /** The message as found in the text. */
  message?: string;
  /** The request ID the body gives, for a support ticket. */
  requestId?: string;
  /** The batch item the failure belongs to. */
  itemId?: string;
  /** The documented message or template the answer rests on, when it was matched from the text's message. */
  matchedMessage?: string;
  /** Words of the text's message that differ from the documented one (another resource, another value). */
  messageDiffers?: string[];
}

export interface ExplainOptions {
  /** Language of the texts (default: Chinese when loaded, else the entry's one language). */
  lang?: ExplainLang;
  /** The reference site's address the urls start with (default: the site the package was built for). */
  baseUrl?: string;
}

export interface ListOptions extends ExplainOptions {
  /** Only codes documented with this HTTP status. */
  status?: number;
  /** Only codes of this catalogue. */
  kind?: AnswerKind;
}

/** Every documented code the text names or whose documented message it holds; empty when none. */
export type ExplainFunction = (text: string, options?: ExplainOptions) => Answer[];
/** One documented code in any spelling ("VPC.0114", "vpc0114", "409"), or undefined. */
export type LookupFunction = (code: string, options?: ExplainOptions) => Answer | undefined;
/** Documented codes, in catalogue order (statuses, then VPC codes, …). */
export type ListFunction = (options?: ListOptions) => Answer[];

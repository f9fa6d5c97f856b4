/*
 * The one search over every code the site explains: status codes and the API's own error codes,
 * through all of our text in both languages. What goes in (documents, synonyms) and what comes out.
 */

export type DocKind = 'status' | 'error';

/** Titles and reason phrases rank above body text (descriptions of error codes, guidance, messages). */
export type FieldGroup = 'title' | 'body';

export interface SearchField {
  /** e.g. "phrase", "description.zh", "title.en", "meaning.zh", "operation.en", "message", "earlierMessage". */
  name: string;
  /** The field's language; null for text in no particular one (reason phrases, literal API messages). */
  lang: 'zh' | 'en' | null;
  group: FieldGroup;
  text: string;
}

export interface SearchDoc {
  kind: DocKind;
  /** As shown: "404", "VPC.0114". */
  code: string;
  /** The number a code query compares with: 404, or 114 for VPC.0114. */
  num: number;
  fields: SearchField[];
}

/** Groups of words and phrases that mean the same to a reader (超时, 等待时间, timeout): any finds all. */
export interface Synonyms {
  groups: string[][];
}

/**
 * How a hit matched: 'code' when a query word matched its code; otherwise how its weakest word matched
 * (every word in a title or phrase, some only in body text, some only with a typo). Hits come in this order.
 */
export type MatchTier = 'code' | 'title' | 'body' | 'fuzzy';

export interface FieldHighlight {
  /** Index into the document's `fields`. */
  field: number;
  /** [start, end) offsets into the field's original text, sorted and disjoint. */
  ranges: [start: number, end: number][];
}

export interface SearchHit {
  doc: SearchDoc;
  /**
   * Higher is better; hits come sorted by score, then status codes before error codes, then code.
   * An empty query returns every document in that order, with score 0, tier 'body' and no highlights.
   */
  score: number;
  tier: MatchTier;
  /**
   * Fields with at least one range. Worked out when first read (a getter, so a long list of hits costs
   * nothing until shown): read it from the hit, a copy made by spreading the hit has none.
   */
  highlights: FieldHighlight[];
  /** The part of `doc.code` a code query matched ("VPC.01" for vpc.01, "40" of 404 for 40), as [start, end). */
  codeRange?: [start: number, end: number];
}

export interface SearchOptions {
  /** Only documents passing this filter are returned (a class or status filter). */
  filter?: (doc: SearchDoc) => boolean;
  /** At most this many hits (default: all). */
  limit?: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Documents that match the query but the filter hid: the page says so, and offers to search all. */
  hiddenByFilter: number;
}

export interface SearchIndex {
  /** In tie order: status codes first, then by number and code. */
  readonly docs: readonly SearchDoc[];
  search(query: string, options?: SearchOptions): SearchResult;
}

/** What a pasted error body, status line, log line or message says, as far as its text allows. */
export interface Recognized {
  /** A documented VPC error code in its canonical spelling ("VPC.0114"), or an undocumented one as found. */
  errorCode?: string;
  /** The HTTP status, when the text names one (status line, log line, keystone body) or a Neutron type implies it. */
  status?: number;
  /** The Neutron exception type ("SubnetInUse"). */
  neutronType?: string;
  /** An API gateway code ("APIGW.0301"). */
  gatewayCode?: string;
  /** The message as found in the text. */
  message?: string;
  /** The batch item id, for failures listed inside a 200 response. */
  itemId?: string;
  /** The request ID the body gives, for a support ticket. */
  requestId?: string;
  /** 'certain' when the text names the code or type; 'likely' when it is inferred from a message or template alone. */
  certainty?: 'certain' | 'likely';
  /** The documented message or template the answer rests on. */
  matchedMessage?: string;
  /** Words of the pasted message that differ from the documented one (another resource in a quota message). */
  messageDiffers?: string[];
}

/** A documented message, for recognising a message pasted on its own (both wordings are listed). */
export interface KnownMessage {
  code: string;
  statuses: number[];
  /** As documented; "xxx", "xx" and "<x:x:x>" stand for values the API fills in. */
  message: string;
}

import type { ReactElement } from 'react';
import type { Lang } from './languages';

/*
 * The contract of the site's one search (src/features/search/): what it indexes and what it answers.
 * It sits down here because the catalogue pages filter their tables with it without depending on the
 * search feature: their routes hand them a `TableSearch`.
 */

/** Status codes, the API's own error codes (VPC.0114), the API gateway's (APIGW.0308) and Neutron error types. */
export type DocKind = 'status' | 'error' | 'gateway' | 'neutron';

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
  /** As shown: "404", "VPC.0114", "APIGW.0308", "SubnetInUse" (a Neutron error type). */
  code: string;
  /** The number a code query compares with: 404, or 114 for VPC.0114; -1 for a Neutron type, which has none. */
  num: number;
  fields: SearchField[];
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
   * Higher is better; hits come sorted by score, then status codes, error codes, Neutron types, then code.
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

/** What a catalogue page's filter is handed by its route: the search over its codes, and the site search's answer. */
export interface TableSearch {
  /** The index over the page's codes, loaded (engine and text) on first use. */
  load: () => Promise<SearchIndex>;
  /**
   * The site search's answer to an error typed or pasted into the filter, ready to show, with everything
   * it shows loaded; null when the text is no error. `useTableAnswer` keeps it in step with the text.
   */
  answer: (text: string, options: TableAnswerOptions, lang: Lang) => Promise<ReactElement | null>;
}

export interface TableAnswerOptions {
  /** The filter found nothing: the answer then stands in for the empty table. */
  tableEmpty: boolean;
  /** The codes the answer names have pages of their own, outside this table. */
  codesElsewhere: boolean;
}

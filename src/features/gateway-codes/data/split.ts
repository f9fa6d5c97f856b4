import type { Lang } from '@/lib/languages';
import type { GatewayCodeData, GatewayResponse } from './gateway-codes.schema';

/*
 * How the build cuts the gateway data for pages: the ids every page's route table needs, and the whole
 * catalogue in one language (about thirty codes: the list, the code pages and the status pages share it).
 */

export interface GatewayIds {
  codes: { code: string }[];
}

export interface GatewayCatalogueEntry {
  code: string;
  documentedAs: string;
  title: string;
  meaning: string;
  action: string;
  responses: GatewayResponse[];
}

export interface GatewayCatalogue {
  codes: GatewayCatalogueEntry[];
}

/** What a status page lists: each code's title and statuses in one language, without its guidance. */
export interface GatewayIndex {
  codes: { code: string; title: string; statuses: number[] }[];
}

export const gatewayIdsOf = (data: GatewayCodeData): GatewayIds => ({
  codes: data.codes.map((c) => ({ code: c.code })),
});

/** The upstream page, for the pages that name it (the code pages, the Sources page): not in every page's ids. */
export const gatewaySourceOf = (data: GatewayCodeData): { source: GatewayCodeData['source'] } => ({
  source: data.source,
});

export const gatewayCatalogueOf = (data: GatewayCodeData, lang: Lang): GatewayCatalogue => ({
  codes: data.codes.map((c) => ({
    code: c.code,
    documentedAs: c.documentedAs,
    title: c.title[lang],
    meaning: c.meaning[lang],
    action: c.action[lang],
    responses: c.responses.map((r) => ({ ...r })),
  })),
});

/** Every status a code is documented with, ascending. */
export const statusesOf = (entry: { responses: readonly GatewayResponse[] }): number[] =>
  [...new Set(entry.responses.map((r) => r.status))].sort((a, b) => a - b);

export const gatewayIndexOf = (data: GatewayCodeData, lang: Lang): GatewayIndex => ({
  codes: data.codes.map((c) => ({
    code: c.code,
    title: c.title[lang],
    statuses: [...new Set(c.responses.map((r) => r.status))].sort((a, b) => a - b),
  })),
});

import type { Lang } from '@/lib/languages';
import type { GatewayCodeData, GatewayResponse } from './gateway-codes.schema';

/*
 * How the build cuts the gateway data for pages: the ids every page's route table needs, and the whole
 * catalogue in one language (about thirty codes: the list, the code pages and the status pages share it).
 */

export interface GatewayIds {
  source: GatewayCodeData['source'];
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

export const gatewayIdsOf = (data: GatewayCodeData): GatewayIds => ({
  source: data.source,
  codes: data.codes.map((c) => ({ code: c.code })),
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

import type { Lang } from '@/lib/languages';
import type { NeutronErrorData, NeutronRetryPolicy, NeutronStatus } from './neutron-errors.schema';

/*
 * How the build cuts the Neutron data into what pages download: which types exist with their status
 * (every page: routes and the status pages' lists), one small index per language (the list page),
 * one module per type and language (its page) and the sources (the Sources page).
 */

/** A subset of the file's own shape: outside a Vite build the `?ids` import is the whole file. */
export interface NeutronIds {
  types: { type: string; status: NeutronStatus }[];
}

export type NeutronSources = NeutronErrorData['sources'];

export interface NeutronIndexEntry {
  type: string;
  status: NeutronStatus;
  title: string;
}

export interface NeutronDetails {
  type: string;
  status: NeutronStatus;
  template: string;
  title: string;
  meaning: string;
  action: string;
  retry: NeutronRetryPolicy;
  /** VPC error codes for the same condition. */
  related: string[];
  source: NeutronErrorData['types'][number]['source'];
}

export const neutronIdsOf = (data: NeutronErrorData): NeutronIds => ({
  types: data.types.map((t) => ({ type: t.type, status: t.status })),
});

export const neutronIndexOf = (data: NeutronErrorData, lang: Lang): NeutronIndexEntry[] =>
  data.types.map((t) => ({ type: t.type, status: t.status, title: t.title[lang] }));

export function neutronDetailsOf(data: NeutronErrorData, lang: Lang, type: string): NeutronDetails | undefined {
  const t = data.types.find((e) => e.type === type);
  if (!t) return undefined;
  return {
    type: t.type,
    status: t.status,
    template: t.template,
    title: t.title[lang],
    meaning: t.meaning[lang],
    action: t.action[lang],
    retry: t.retry,
    related: [...t.related],
    source: t.source,
  };
}

/** What the paste recogniser compares a paste with: every type, its status and its message template. */
export const knownNeutron = (data: NeutronErrorData): { type: string; status: number; templates: string[] }[] =>
  data.types.map((t) => ({ type: t.type, status: t.status, templates: [t.template] }));

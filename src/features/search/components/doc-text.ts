import type { Lang } from '@/lib/languages';
import { paths } from '@/lib/paths';
import type { SearchDoc } from '../engine/types';

/** The index of a document's field by name, or -1. */
export const fieldIndex = (doc: SearchDoc, name: string) => doc.fields.findIndex((f) => f.name === name);

/** What a result is called in the page's language: "404 Not Found", "VPC.0114 VPC quota exceeded", "SubnetInUse Subnet still in use". */
export function docTitle(doc: SearchDoc, lang: Lang): { field: number; prefix: string } {
  if (doc.kind === 'status') return { field: fieldIndex(doc, 'phrase'), prefix: doc.code };
  return { field: fieldIndex(doc, `title.${lang}`), prefix: doc.code };
}

/** Where a result leads. */
export function docPath(doc: SearchDoc, lang: Lang): string {
  if (doc.kind === 'status') return paths.codeDetail(lang, doc.num);
  if (doc.kind === 'gateway') return paths.gatewayCode(lang, doc.code);
  return doc.kind === 'neutron' ? paths.neutronError(lang, doc.code) : paths.errorCode(lang, doc.code);
}

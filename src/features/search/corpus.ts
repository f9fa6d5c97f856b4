import type { ErrorCodeData } from '@/features/error-codes';
import type { GatewayCodeData } from '@/features/gateway-codes';
import type { NeutronErrorData } from '@/features/neutron-errors';
import type { StatusCodeData } from '@/features/status-codes';
import type { FieldGroup, KnownMessage, SearchDoc, SearchField } from './engine/types';
// Relative: the Vite config loads this file, and the '@/' alias is not set up there.
import { knownGatewayCodes, knownMessages } from '../../lib/paste/known';
import type { KnownGateway } from '@/lib/paste/recognize';

/*
 * Every text we have about a code, in both languages, as documents for the search: the build serves
 * this to the browser with the engine. Titles (reason phrase, description, error title) rank above
 * body text (meaning, what to do, operations and the API's literal messages). A text repeated within a
 * code (the same operation or message in several rows) is one field.
 */

type Lang = SearchField['lang'];

function fieldList() {
  const fields: SearchField[] = [];
  const seen = new Set<string>();
  const add = (name: string, lang: Lang, group: FieldGroup, text: string | undefined) => {
    const key = `${name}\0${text ?? ''}`;
    if (!text || seen.has(key)) return;
    seen.add(key);
    fields.push({ name, lang, group, text });
  };
  const both = (name: string, group: FieldGroup, text: { zh: string; en: string }) => {
    add(`${name}.zh`, 'zh', group, text.zh);
    add(`${name}.en`, 'en', group, text.en);
  };
  return { fields, add, both };
}

export function buildCorpus(
  statusData: StatusCodeData,
  errorData: ErrorCodeData,
  neutronData?: NeutronErrorData,
): SearchDoc[] {
  const statuses = statusData.codes.map((c): SearchDoc => {
    const { fields, add, both } = fieldList();
    add('phrase', null, 'title', c.reasonPhrase);
    both('description', 'title', c.description);
    both('meaning', 'body', c.meaning);
    both('action', 'body', c.action.text);
    return { kind: 'status', code: String(c.code), num: c.code, fields };
  });
  const operations = new Map(errorData.operations.map((o) => [o.en, o.zh]));
  const errors = errorData.codes.map((c): SearchDoc => {
    const { fields, add, both } = fieldList();
    both('title', 'title', c.title);
    both('meaning', 'body', c.meaning);
    both('action', 'body', c.action);
    for (const o of c.occurrences) {
      add('operation.zh', 'zh', 'body', operations.get(o.operation));
      add('operation.en', 'en', 'body', o.operation);
      add('message', null, 'body', o.message);
      add('earlierMessage', null, 'body', o.earlierMessage);
    }
    return { kind: 'error', code: c.code, num: Number(c.code.replace(/\D/g, '')), fields };
  });
  // A type is its own title: "SubnetInUse" finds it, and its template finds it by the words of a message.
  const neutron = (neutronData?.types ?? []).map((t): SearchDoc => {
    const { fields, add, both } = fieldList();
    add('type', null, 'title', t.type);
    both('title', 'title', t.title);
    add('template', null, 'body', t.template);
    both('meaning', 'body', t.meaning);
    both('action', 'body', t.action);
    return { kind: 'neutron', code: t.type, num: -1, fields };
  });
  return [...statuses, ...errors, ...neutron];
}

/** What the paste recogniser compares a paste with: the documented codes, and every wording of their messages. */
export function knownErrors(errorData: ErrorCodeData): { errorCodes: string[]; messages: KnownMessage[] } {
  return {
    errorCodes: errorData.codes.map((c) => c.code),
    messages: knownMessages(errorData.codes),
  };
}

/**
 * The API gateway's codes (APIGW.0308) as documents of their own kind: titles rank as titles, the meaning,
 * guidance, literal messages and the spelling of the upstream table (APIG.0308) as body text.
 */
export function buildGatewayCorpus(gatewayData: GatewayCodeData): SearchDoc[] {
  return gatewayData.codes.map((c): SearchDoc => {
    const { fields, add, both } = fieldList();
    both('title', 'title', c.title);
    both('meaning', 'body', c.meaning);
    both('action', 'body', c.action);
    for (const r of c.responses) add('message', null, 'body', r.message);
    add('documentedAs', null, 'body', c.documentedAs);
    return { kind: 'gateway', code: c.code, num: Number(c.code.slice(-4)), fields };
  });
}

/** What the paste recogniser knows of the gateway: each code and status with the messages documented for it. */
export const knownGateway = (gatewayData: GatewayCodeData): KnownGateway[] => knownGatewayCodes(gatewayData.codes);

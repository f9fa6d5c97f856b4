import type { KnownMessage, Recognized } from '../engine/types';
import { matchMessage } from './known-messages';
import { parseLenient, type Json } from './lenient-json';
import { neutronStatus } from './neutron-status';
import { textClues, type TextClues } from './text-clues';

/*
 * What a pasted error says: a JSON body of any of the API's shapes (also cut off, single-quoted or
 * escaped inside a log line), a status or log line, or a documented message on its own. Never throws;
 * an empty list means the text is not an error paste.
 */

export interface Known {
  errorCodes: readonly string[];
  messages: readonly KnownMessage[];
  /** The Neutron-compatible API's error types, each with its status and message templates (`%(name)s`). */
  neutron?: readonly { type: string; status: number; templates: readonly string[] }[];
}

/** Only this much of a paste is read: an error body or a few log lines are far shorter. */
const MAX_TEXT = 65536;
/** JSON bodies tried per paste; a message is compared whole up to MAX_MESSAGE, looked for inside up to MAX_SCAN. */
const MAX_BODIES = 8;
const MAX_MESSAGE = 1000;
const MAX_SCAN = 4096;
const CODE = /^([a-z][\w-]*)[._ -]?(\d+)$/i;

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: Json | undefined): string | undefined =>
  typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() ? v.trim() : undefined;

/** A code as the API spells it: canonical when documented; VPC codes need all four digits. */
function codeOf(raw: string | undefined, known: Known): Recognized | undefined {
  const [, letters = '', digits = ''] = (raw && CODE.exec(raw)) || [];
  if (!raw || !digits) return undefined;
  if (/^apigw$/i.test(letters)) return { gatewayCode: raw };
  if (!/^vpc$/i.test(letters)) return { errorCode: raw };
  const code = `VPC.${digits}`;
  return digits.length === 4 ? { errorCode: known.errorCodes.includes(code) ? code : raw } : undefined;
}

/** The fields of r that have a value. */
const defined = (r: Recognized): Recognized =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Recognized;

/** One object of a body, if it is one of the known error shapes; fields may be undefined (dropped later). */
function shape(o: Obj, known: Known, nested: number): Recognized | null {
  const neutron = o.NeutronError;
  if (isObj(neutron)) {
    const type = text(neutron.type);
    return { neutronType: type, status: type ? neutronStatus(type) : undefined, message: text(neutron.message) };
  }
  const message = text(o.error_msg) ?? text(o.message) ?? text(o.title);
  const status = Number(o.code);
  const requestId = text(o.request_id);
  if (o.error_code !== undefined || o.error_msg !== undefined) {
    // A batch failure's message may itself be a body: {"NeutronError": …} as a JSON string.
    const inner = message?.startsWith('{') && nested < 2 ? fromBodies(message, known, nested + 1)[0] : undefined;
    return { ...codeOf(text(o.error_code), known), message, ...inner, itemId: text(o.id), requestId };
  }
  const code = typeof o.code === 'string' ? codeOf(o.code, known) : undefined;
  if (code) return { ...code, message, requestId };
  // The keystone token middleware's {"error": {"code": 401, "title": …, "message": …}} and the like.
  if (status >= 100 && status < 600 && message) return { status, message: text(o.message) ?? message, requestId };
  return null;
}

function walk(v: Json | undefined, known: Known, nested: number, out: Recognized[]): void {
  if (out.length >= 100) return;
  if (Array.isArray(v)) for (const item of v) walk(item, known, nested, out);
  else if (isObj(v)) {
    const r = shape(v, known, nested);
    if (r) out.push(defined(r));
    else for (const key in v) walk(v[key], known, nested, out);
  }
}

/** The error objects in the JSON bodies found in s. */
function fromBodies(s: string, known: Known, nested = 0): Recognized[] {
  const out: Recognized[] = [];
  for (let n = 0, from = s.indexOf('{'); from !== -1 && n < MAX_BODIES; n++) {
    const before = out.length;
    const { value, end } = parseLenient(s, from);
    walk(value, known, nested, out);
    from = s.indexOf('{', out.length > before ? end : from + 1);
  }
  return out;
}

/** One result per code a body's message may come from, when the body names no code. */
function byMessage(r: Recognized, known: Known): Recognized[] {
  if (r.errorCode || r.gatewayCode || !r.message) return [r];
  const codes = matchMessage(r.message.slice(0, MAX_MESSAGE), known.messages);
  return codes.length ? codes.map((errorCode) => ({ ...r, errorCode })) : [r];
}

/** Plain text: the codes in it; else a documented message, alone or inside a line; else its statuses. */
function fromText(s: string, clues: TextClues, known: Known): Recognized[] {
  const out = clues.codes.flatMap((raw) => codeOf(raw, known) ?? []);
  if (out.length) return out;
  const trimmed = s.trim();
  const whole = trimmed.length <= MAX_MESSAGE ? matchMessage(trimmed, known.messages) : [];
  if (whole.length) return whole.map((errorCode) => ({ errorCode, message: trimmed }));
  const inside = matchMessage(s.slice(0, MAX_SCAN), known.messages, true);
  if (inside.length) return inside.map((errorCode) => ({ errorCode }));
  return clues.statuses.map((status) => ({ status }));
}

export function recognizePaste(input: string, known: Known): Recognized[] {
  if (typeof input !== 'string') return [];
  const s = input.slice(0, MAX_TEXT);
  let found = fromBodies(s, known);
  // JSON escaped inside a log line or a string ({\"code\": …}): read it once more, unescaped.
  if (!found.length && /\\["']/.test(s)) found = fromBodies(s.replace(/\\+(["'])/g, '$1'), known);
  const clues = textClues(s);
  found = found.length ? found.flatMap((r) => byMessage(r, known)) : fromText(s, clues, known);
  // A status line above a body gives the body's status; failures listed in a batch have their own.
  const [status, other] = clues.statuses;
  for (const r of found)
    if (r.status === undefined && other === undefined && status !== undefined && !r.itemId) r.status = status;
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = JSON.stringify(r);
    return key !== '{}' && !seen.has(key) && !!seen.add(key);
  });
}

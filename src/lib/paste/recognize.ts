import type { KnownMessage, Recognized } from './types';
import { matchMessages } from './known-messages';
import { parseLenient, type Json } from './lenient-json';
import { neutronStatus } from './neutron-status';
import { sdkFields } from './sdk-fields';
import {
  align,
  compileTemplate,
  tolerance,
  wordsOf,
  type Alignment,
  type Template,
  type Words,
} from './template-match';
import { textClues, type TextClues } from './text-clues';

/*
 * What a pasted error says: a JSON body of any of the API's shapes (also cut off, single-quoted, escaped
 * inside a log line, or nested as a string inside another body), an SDK exception's fields, a status or
 * log line in a client's words, or a documented message, gateway message or Neutron template on its
 * own. Never throws; an empty list means the text is not an error paste.
 *
 * A code or type the text names is 'certain'; one inferred from a message alone is 'likely', with the
 * documented wording it rests on, so that a plain OpenStack message from another cloud is never shown
 * as this API's code for sure.
 */

/** An API gateway code with its status and documented message(s). */
export interface KnownGateway {
  code: string;
  status: number;
  messages: readonly string[];
}

/** A Neutron error type with the status Neutron answers it with and its message template(s), %(name)s placeholders and all. */
export interface KnownNeutron {
  type: string;
  status: number;
  templates: readonly string[];
}

export interface Known {
  errorCodes: readonly string[];
  messages: readonly KnownMessage[];
  gateway?: readonly KnownGateway[];
  /** The Neutron-compatible API's error types, each with its status and message templates (`%(name)s`). */
  neutron?: readonly KnownNeutron[];
}

/** Only this much of a paste is read: an error body or a few log lines are far shorter. */
const MAX_TEXT = 65536;
/** JSON bodies tried per paste; a message is compared whole up to MAX_MESSAGE, looked for inside up to MAX_SCAN. */
const MAX_BODIES = 8;
const MAX_MESSAGE = 1000;
const MAX_SCAN = 4096;
/** Where an error starts in a longer text (a Terraform run, a log): the scan for messages starts on its line. */
const ERROR_AT = /\b(?:error|exception|failed)\b/i;
const CODE = /^([a-z][\w-]*)[._ -]?(\d+)$/i;
/** Neutron's base classes: a client naming one says the status (text-clues), not which error it was. */
const BASE_TYPES = new Set(['NotFound', 'Conflict', 'BadRequest', 'InUse', 'NotAuthorized', 'ServiceUnavailable']);

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: Json | undefined): string | undefined =>
  typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() ? v.trim() : undefined;
const statusOf = (v: Json | undefined): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{3}$/.test(v.trim()) ? Number(v) : NaN;
  return n >= 100 && n < 600 ? n : undefined;
};
const firstText = (o: Obj, keys: readonly string[]): string | undefined => {
  for (const k of keys) {
    const v = text(o[k]);
    if (v !== undefined) return v;
  }
  return undefined;
};

const MESSAGE_KEYS = ['error_msg', 'errorMsg', 'error_message', 'errorMessage', 'message', 'title'];
const CODE_KEYS = ['error_code', 'errorCode'];
const STATUS_KEYS = ['status_code', 'statusCode', 'httpStatusCode', 'http_status_code'];
const ERROR_KEYS = [...CODE_KEYS, 'error_msg', 'errorMsg', 'error_message', 'errorMessage'];

/** A result as it is being put together: `implied` is the status its code or type implies, used when the response says none. */
type Found = Recognized & { implied?: number };

interface Wording {
  id: string;
  status?: number;
  template: Template;
}

/** Known, compiled once per data set. */
interface Context {
  known: Known;
  neutron: Wording[];
  neutronStatus: Map<string, number>;
  gateway: Wording[];
  gatewayStatus: Map<string, number>;
  vpc: Map<string, Template[]>;
}

const compiled = new WeakMap<object, unknown>();
function once<T>(key: object | undefined, make: () => T): T {
  if (!key) return make();
  if (!compiled.has(key)) compiled.set(key, make());
  return compiled.get(key) as T;
}

function contextOf(known: Known): Context {
  const neutron = once(known.neutron, () => ({
    wordings: (known.neutron ?? []).flatMap((n) =>
      n.templates.map((t) => ({ id: n.type, status: n.status, template: compileTemplate(t) })),
    ),
    status: new Map((known.neutron ?? []).map((n) => [n.type, n.status])),
  }));
  const gateway = once(known.gateway, () => ({
    wordings: (known.gateway ?? []).flatMap((g) =>
      g.messages.map((m) => ({ id: g.code, status: g.status, template: compileTemplate(m) })),
    ),
    status: new Map((known.gateway ?? []).map((g) => [g.code, g.status])),
  }));
  const vpc = once(known.messages, () => {
    const map = new Map<string, Template[]>();
    for (const m of known.messages) map.set(m.code, [...(map.get(m.code) ?? []), compileTemplate(m.message)]);
    return map;
  });
  return {
    known,
    neutron: neutron.wordings,
    neutronStatus: neutron.status,
    gateway: gateway.wordings,
    gatewayStatus: gateway.status,
    vpc,
  };
}

/** The status of a Neutron type: the catalogue's, else what its name says (neutron-status.ts). */
const typeStatus = (type: string, cx: Context): number | undefined => cx.neutronStatus.get(type) ?? neutronStatus(type);

/** A code as the API spells it: canonical when documented; VPC codes need all four digits. */
function codeOf(raw: string | undefined, cx: Context): Found | undefined {
  const [, letters = '', digits = ''] = (raw && CODE.exec(raw)) || [];
  if (!raw || !digits) return undefined;
  if (/^apigw$/i.test(letters)) {
    const gatewayCode = `APIGW.${digits}`;
    return { gatewayCode, certainty: 'certain', implied: cx.gatewayStatus.get(gatewayCode) };
  }
  if (!/^vpc$/i.test(letters)) return { errorCode: raw, certainty: 'certain' };
  const code = `VPC.${digits}`;
  return digits.length === 4
    ? { errorCode: cx.known.errorCodes.includes(code) ? code : raw, certainty: 'certain' }
    : undefined;
}

/** The fields of r that have a value. */
const defined = <T extends object>(r: T): T =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as T;

/** A message that is itself a body ({"NeutronError": …} inside an error_msg): what it says. */
const innerOf = (message: string | undefined, cx: Context, nested: number): Found | undefined =>
  message?.includes('{') && nested < 2 ? fromBodies(message, cx, nested + 1)[0] : undefined;

/** One object of a body, if it is one of the known error shapes; fields may be undefined (dropped later). */
function shape(o: Obj, cx: Context, nested: number): Found | null {
  const neutron = o.NeutronError;
  if (isObj(neutron)) {
    const type = text(neutron.type);
    return {
      neutronType: type,
      certainty: type ? 'certain' : undefined,
      implied: type ? typeStatus(type, cx) : undefined,
      message: text(neutron.message),
    };
  }
  const message = firstText(o, MESSAGE_KEYS);
  const status = STATUS_KEYS.map((k) => statusOf(o[k])).find((s) => s !== undefined);
  const requestId = text(o.request_id) ?? text(o.requestId);
  if (ERROR_KEYS.some((k) => o[k] !== undefined)) {
    // A batch failure's or an SDK error's message may itself be a body: {"NeutronError": …} as a JSON string.
    const inner = innerOf(message, cx, nested);
    const code = codeOf(firstText(o, CODE_KEYS), cx);
    return {
      ...defined({ message, ...inner }),
      ...code,
      certainty: code?.certainty ?? inner?.certainty,
      status: status ?? inner?.status,
      itemId: text(o.id),
      requestId: requestId ?? inner?.requestId,
    };
  }
  const code = typeof o.code === 'string' ? codeOf(o.code, cx) : undefined;
  if (code) {
    const inner = innerOf(message, cx, nested);
    return { ...defined({ message, ...inner }), ...code, certainty: 'certain', status, requestId };
  }
  // The keystone token middleware's {"error": {"code": 401, "title": …, "message": …}}, nova's {"badRequest": …}.
  const numeric = statusOf(o.code) ?? status;
  if (numeric !== undefined && message) return { status: numeric, message: text(o.message) ?? message, requestId };
  return null;
}

function walk(v: Json | undefined, cx: Context, nested: number, out: Found[]): void {
  if (out.length >= 100) return;
  if (Array.isArray(v)) for (const item of v) walk(item, cx, nested, out);
  else if (isObj(v)) {
    const r = shape(v, cx, nested);
    if (r) out.push(defined(r));
    else for (const key in v) walk(v[key], cx, nested, out);
  } else if (typeof v === 'string' && nested < 2 && v.includes('{')) {
    // A log record's field holding a client's error, body and all.
    out.push(...fromBodies(v, cx, nested + 1));
  }
}

/** The error objects in the JSON bodies found in s. */
function fromBodies(s: string, cx: Context, nested = 0): Found[] {
  const out: Found[] = [];
  for (let n = 0, from = s.indexOf('{'); from !== -1 && n < MAX_BODIES; n++) {
    const before = out.length;
    const { value, end } = parseLenient(s, from);
    walk(value, cx, nested, out);
    from = s.indexOf('{', out.length > before ? end : from + 1);
  }
  return out;
}

/** The SDK exception printed as key: value pairs, read as the body it was made from. */
function fromFields(s: string, cx: Context): Found[] {
  const fields = sdkFields(s);
  if (!Object.keys(fields).length) return [];
  const r = shape(fields, cx, 0);
  return r ? [defined(r)] : [];
}

interface WordingMatch extends Alignment {
  wording: Wording;
}

/** The wordings that match best (fewest edits, then most fixed words); ties are all kept, one per id. */
function bestWordings(wordings: readonly Wording[], w: Words, inside: boolean, minFixed = 2): WordingMatch[] {
  let best: WordingMatch[] = [];
  for (const wording of wordings) {
    if (wording.template.fixed < minFixed) continue;
    const a = align(wording.template, w, inside);
    if (!a) continue;
    const top = best[0];
    const better =
      !top || a.cost < top.cost || (a.cost === top.cost && wording.template.fixed > top.wording.template.fixed);
    const tie = top && a.cost === top.cost && wording.template.fixed === top.wording.template.fixed;
    if (better) best = [{ ...a, wording }];
    else if (tie && !best.some((b) => b.wording.id === wording.id)) best.push({ ...a, wording });
  }
  return best;
}

/** The documented wording of a named code or type closest to the pasted message, and the words that differ. */
function compare(message: string | undefined, templates: readonly Template[] | undefined): Found {
  if (!message || !templates?.length) return {};
  const w = wordsOf(message.slice(0, MAX_MESSAGE));
  let best: { a: Alignment; t: Template } | undefined;
  for (const t of templates) {
    const a = align(t, w, false, Math.max(tolerance(t), Math.floor(t.fixed / 4)));
    if (a && (!best || a.cost < best.a.cost)) best = { a, t };
  }
  if (!best) return {};
  return { matchedMessage: best.t.text, messageDiffers: best.a.differs.length ? best.a.differs : undefined };
}

/** What a body's or line's message adds: the documented wording behind a named code, or a likely code from the message alone. */
function byMessage(r: Found, cx: Context): Found[] {
  const message = r.message?.slice(0, MAX_MESSAGE);
  if (r.errorCode) return [{ ...r, ...compare(message, cx.vpc.get(r.errorCode)) }];
  if (r.gatewayCode)
    return [
      {
        ...r,
        ...compare(
          message,
          cx.gateway.filter((g) => g.id === r.gatewayCode).map((g) => g.template),
        ),
      },
    ];
  if (!message) return [r];
  const typed: Found = r.neutronType
    ? {
        ...r,
        ...compare(
          message,
          cx.neutron.filter((n) => n.id === r.neutronType).map((n) => n.template),
        ),
      }
    : r;
  const vpc = matchMessages(message, cx.known.messages);
  if (vpc.length)
    return vpc.map((m) => ({
      ...typed,
      errorCode: m.code,
      certainty: 'likely',
      matchedMessage: m.message,
      messageDiffers: undefined,
    }));
  const w = wordsOf(message);
  const gateway = bestWordings(cx.gateway, w, false);
  if (gateway.length) return gateway.map((g) => likely(typed, g, 'gatewayCode'));
  if (r.neutronType) return [typed];
  const neutron = bestWordings(cx.neutron, w, false);
  return neutron.length ? neutron.map((n) => likely(typed, n, 'neutronType')) : [r];
}

/** r with a code or type inferred from its wording. */
function likely(r: Found, m: WordingMatch, key: 'gatewayCode' | 'neutronType', message?: string): Found {
  return {
    ...r,
    [key]: m.wording.id,
    certainty: r.certainty ?? 'likely',
    implied: r.implied ?? m.wording.status,
    matchedMessage: m.wording.template.text,
    messageDiffers: m.differs.length ? m.differs : undefined,
    ...(message ? { message } : {}),
  };
}

/** Plain text: the codes and types it names; else a documented wording, alone or inside a line; else its statuses. */
function fromText(s: string, clues: TextClues, cx: Context): Found[] {
  const named = clues.codes.flatMap((raw) => codeOf(raw, cx) ?? []);
  if (named.length) return named;
  const types = clues.typeNames.filter(
    (t) => !BASE_TYPES.has(t) && (cx.neutronStatus.has(t) || neutronStatus(t) !== undefined),
  );
  const trimmed = s.trim();
  const whole = trimmed.length <= MAX_MESSAGE;
  const at = s.search(ERROR_AT);
  const from = at === -1 ? 0 : s.lastIndexOf('\n', at) + 1;
  const scan = s.slice(from, from + MAX_SCAN);
  const w = wordsOf(whole ? trimmed : scan);
  const span = (a: Alignment) => (whole ? trimmed : scan).slice(a.start, a.end);

  let vpc = whole ? matchMessages(trimmed, cx.known.messages) : [];
  const vpcWhole = vpc.length > 0;
  if (!vpc.length) vpc = matchMessages(scan, cx.known.messages, true);
  let neutron: Found[];
  if (types.length)
    neutron = types.map((neutronType) => ({ neutronType, certainty: 'certain', implied: typeStatus(neutronType, cx) }));
  else {
    const alone = whole ? bestWordings(cx.neutron, w, false) : [];
    const matches = alone.length ? alone : bestWordings(cx.neutron, w, true, 3);
    neutron = matches.map((m) => likely({}, m, 'neutronType', alone.length ? trimmed : span(m)));
  }
  if (vpc.length) {
    // A type the text names keeps its status; one inferred like the code implies none.
    const [only] = neutron.length === 1 ? neutron : [];
    return vpc.map((m) =>
      defined({
        errorCode: m.code,
        certainty: 'likely' as const,
        matchedMessage: m.message,
        message: vpcWhole ? trimmed : undefined,
        neutronType: only?.neutronType,
        implied: only?.certainty === 'certain' ? only.implied : undefined,
      }),
    );
  }
  if (neutron.length) return neutron;
  const gateway = bestWordings(cx.gateway, w, !whole, 3);
  if (gateway.length) return gateway.map((g) => likely({}, g, 'gatewayCode', whole ? trimmed : span(g)));
  return clues.statuses.map((status) => ({ status }));
}

/** Terraform frames each line of an error in a box: │ (and ╷ ╵ above and below). */
const FRAME = /^[ \t]*[│╷╵][ \t]?/gm;
/** A prefix shorter than this is no log prefix (two lines may start with the same word). */
const MIN_PREFIX = 8;

/**
 * Log lines that all start alike (a timestamp and a logger's name), with that start taken off each: a
 * body the logger split over several lines then reads as one body again.
 */
function withoutLinePrefix(s: string): string {
  const lines = s.split('\n');
  const head = lines[0]?.slice(0, 4) ?? '';
  const same = head ? lines.filter((l) => l.startsWith(head)) : [];
  if (same.length < 3) return s;
  let common = same[0]!.length;
  for (const l of same) {
    let i = 0;
    while (i < common && l.charCodeAt(i) === same[0]!.charCodeAt(i)) i++;
    common = i;
    if (common < MIN_PREFIX) return s;
  }
  // End it after a separator, so that a timestamp is not cut through.
  const prefix = same[0]!.slice(0, common);
  const cut = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf(':'), prefix.lastIndexOf('|')) + 1;
  if (cut < MIN_PREFIX) return s;
  const p = prefix.slice(0, cut);
  return lines.map((l) => (l.startsWith(p) ? l.slice(p.length) : l)).join('\n');
}

export function recognizePaste(input: string, known: Known): Recognized[] {
  if (typeof input !== 'string') return [];
  const cx = contextOf(known);
  const s = withoutLinePrefix(input.slice(0, MAX_TEXT).replace(FRAME, ''));
  let found = fromFields(s, cx);
  if (!found.length) found = fromBodies(s, cx);
  // JSON escaped inside a log line or a string ({\"code\": …}): read it once more, unescaped.
  if (!found.length && /\\["']/.test(s)) found = fromBodies(s.replace(/\\+(["'])/g, '$1'), cx);
  const clues = textClues(s);
  found = found.length ? found.flatMap((r) => byMessage(r, cx)) : fromText(s, clues, cx);
  // A status line above a body gives the body's status; failures listed in a batch have their own.
  const [status, other] = clues.statuses;
  const textStatus = other === undefined ? status : undefined;
  const seen = new Set<string>();
  const out: Recognized[] = [];
  for (const { implied, ...r } of found) {
    r.status ??= (r.itemId ? undefined : textStatus) ?? implied;
    const clean = defined(r);
    const key = JSON.stringify(clean);
    if (key !== '{}' && !seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out;
}

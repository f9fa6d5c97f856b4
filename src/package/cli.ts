import core from 'virtual:explain/core';
import siteUrl, { version } from 'virtual:explain/site';
import en from 'virtual:explain/texts/en';
import zh from 'virtual:explain/texts/zh';
import { createExplainer, MAX_INPUT_CHARS, type Answer, type ExplainLang } from '@/features/explain';
import { enCli, type CliStrings } from '@/locales/en-cli';
import { zhCli } from '@/locales/zh-cli';

/*
 * The `vpc-status-codes` command: explain, lookup, list. `run` takes its world as arguments (bin.ts
 * passes the process's), so the tests drive it without a child process. Exit status: 0 recognised or
 * found, 1 not, 2 bad usage.
 */

export interface CliIo {
  env: Record<string, string | undefined>;
  /** Standard input, or undefined when it is a terminal (nobody is piping anything in). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Colours only on a terminal. */
  stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
}

const STRINGS: Record<ExplainLang, CliStrings> = { en: enCli, zh: zhCli };
const COMMANDS = ['explain', 'lookup', 'list'] as const;
type Command = (typeof COMMANDS)[number];
const explainer = createExplainer(core, { zh, en }, siteUrl);
/** Bytes of input read: the explainer reads as many characters, and a character is at least a byte. */
export const MAX_INPUT_BYTES = MAX_INPUT_CHARS;
/** How much of the input is sniffed for binary content. */
const SNIFF = 65536;

class UsageError extends Error {}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''));

/** The language of the user's locale: Chinese for any zh locale, English otherwise. */
export function localeLang(env: Record<string, string | undefined>): ExplainLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

interface Parsed {
  command?: string;
  positionals: string[];
  lang?: string;
  baseUrl?: string;
  status?: string;
  json: boolean;
  noColor: boolean;
  help: boolean;
  version: boolean;
}

function parse(args: readonly string[], t: CliStrings): Parsed {
  const p: Parsed = { positionals: [], json: false, noColor: false, help: false, version: false };
  const valued = { '--lang': 'lang', '--base-url': 'baseUrl', '--status': 'status' } as const;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    if (arg === '--') {
      p.positionals.push(...args.slice(i + 1));
      break;
    } else if (name in valued) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(fill(t.error.missingValue, { option: name }));
      p[valued[name as keyof typeof valued]] = value;
    } else if (arg === '--json') p.json = true;
    else if (arg === '--no-color') p.noColor = true;
    else if (arg === '-h' || arg === '--help') p.help = true;
    else if (arg === '-v' || arg === '--version') p.version = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(fill(t.error.unknownOption, { option: name }));
    else if (p.command === undefined) p.command = arg;
    else p.positionals.push(arg);
  }
  return p;
}

function helpText(t: CliStrings, baseUrl: string): string {
  const rows = (list: [string, string][]) => list.map(([syntax, text]) => `  ${syntax.padEnd(20)}${text}`);
  return [
    t.help.usage,
    '',
    t.help.about,
    '',
    t.help.commandsHeading,
    ...rows([
      ['explain [text…]', t.help.explain],
      ['lookup <code>', t.help.lookup],
      ['list [--status N]', t.help.list],
    ]),
    '',
    t.help.optionsHeading,
    ...rows([
      ['--lang zh|en', t.help.lang],
      ['--base-url URL', fill(t.help.baseUrl, { baseUrl })],
      ['--json', t.help.json],
      ['--no-color', t.help.noColor],
      ['-h, --help', t.help.helpOption],
      ['-v, --version', t.help.version],
    ]),
    '',
    t.help.exit,
    '',
  ].join('\n');
}

function painter(on: boolean) {
  const sgr = (open: number, close: number) => (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: sgr(1, 22), dim: sgr(2, 22), yellow: sgr(33, 39), cyan: sgr(36, 39) };
}

type Paint = ReturnType<typeof painter>;

function answerText(a: Answer, t: CliStrings, paint: Paint): string {
  const head = a.kind === 'status' ? paint.bold(a.title) : `${paint.bold(a.code)}  ${a.title}`;
  const statusLine = (status: number) => explainer.lookup(String(status), { lang: a.lang })?.title ?? String(status);
  const lines = [head];
  if (a.kind !== 'status' && a.status !== undefined) lines.push(t.label.status + statusLine(a.status));
  else if (a.kind !== 'status' && a.statuses.length) lines.push(t.label.statuses + a.statuses.join(', '));
  lines.push(t.label.meaning + a.meaning, t.label.whatToDo + a.whatToDo, t.label.retry + a.retry.advice);
  if (a.message !== undefined) lines.push(t.label.message + a.message);
  if (a.itemId !== undefined) lines.push(t.label.itemId + a.itemId);
  if (a.requestId !== undefined) lines.push(t.label.requestId + a.requestId);
  if (a.confidence === 'likely') lines.push(paint.yellow(t.label.likely));
  lines.push(paint.cyan(a.url));
  return lines.map((line, i) => (i ? `  ${line}` : line)).join('\n');
}

interface Input {
  text: string;
  /** The input's size in bytes, when more was given than is read. */
  truncatedFrom?: number;
  invalidUtf8?: boolean;
}

/** Reads at most MAX_INPUT_BYTES, and counts the rest. */
async function readAll(stream: AsyncIterable<Uint8Array>): Promise<{ bytes: Uint8Array; total: number }> {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (kept >= MAX_INPUT_BYTES) continue;
    const part = chunk.subarray(0, MAX_INPUT_BYTES - kept);
    chunks.push(part);
    kept += part.length;
  }
  const bytes = new Uint8Array(kept);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, total };
}

/** Whether bytes look like a binary file: a NUL, or many control characters (ANSI colours are fine). */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control > head.length / 10;
}

/** The text of the input: UTF-8 (or UTF-16 with its byte-order mark); null when it is binary. */
export function decodeInput(bytes: Uint8Array, total = bytes.length): Input | null {
  const truncated = total > bytes.length ? { truncatedFrom: total } : {};
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), ...truncated };
  if (looksBinary(bytes)) return null;
  // A cut input may end inside a character: streaming leaves that one out instead of failing on it.
  const stream = total > bytes.length;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream }), ...truncated };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes, { stream }), invalidUtf8: true, ...truncated };
  }
}

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  let t = STRINGS[localeLang(io.env)];
  let p: Parsed;
  try {
    p = parse(args, t);
    if (p.lang !== undefined && p.lang !== 'zh' && p.lang !== 'en')
      throw new UsageError(fill(t.error.badLang, { value: p.lang }));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`vpc-status-codes: ${fill(t.error.usage, { message: error.message })}\n`);
    return 2;
  }
  const lang: ExplainLang = (p.lang as ExplainLang | undefined) ?? localeLang(io.env);
  t = STRINGS[lang];
  const usage = (message: string) => {
    io.err(`vpc-status-codes: ${fill(t.error.usage, { message })}\n`);
    return 2;
  };
  if (p.help) {
    io.out(helpText(t, siteUrl));
    return 0;
  }
  if (p.version) {
    io.out(`${version}\n`);
    return 0;
  }
  if (p.baseUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(p.baseUrl))
    return usage(fill(t.error.badBaseUrl, { value: p.baseUrl }));
  if (p.command === undefined && !io.stdin) {
    io.err(helpText(t, siteUrl));
    return 2;
  }
  const command = (p.command ?? 'explain') as Command;
  if (!COMMANDS.includes(command)) return usage(fill(t.error.unknownCommand, { command }));
  const options = { lang, ...(p.baseUrl === undefined ? {} : { baseUrl: p.baseUrl }) };
  const paint = painter(io.stdoutIsTTY && !p.noColor && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const print = (answers: Answer[], brief = false) => {
    const text = p.json
      ? answers.map((a) => JSON.stringify(a)).join('\n')
      : answers
          .map((a) =>
            brief
              ? `${paint.bold(a.code.padEnd(9))} ${a.statuses.join(',').padEnd(8)} ${a.title}`
              : answerText(a, t, paint),
          )
          .join(brief ? '\n' : '\n\n');
    io.out(`${text}\n`);
  };

  if (p.status !== undefined && command !== 'list') return usage(fill(t.error.unknownOption, { option: '--status' }));
  if (command === 'lookup') {
    if (p.positionals.length !== 1) return usage(t.error.lookupArgs);
    const found = explainer.lookup(p.positionals[0]!, options);
    if (!found) {
      io.err(`vpc-status-codes: ${fill(t.error.notFound, { code: p.positionals[0]! })}\n`);
      return 1;
    }
    print([found]);
    return 0;
  }
  if (command === 'list') {
    if (p.positionals.length) return usage(fill(t.error.extraArgs, { command, value: p.positionals.join(' ') }));
    const status = p.status === undefined ? undefined : Number(p.status);
    if (status !== undefined && !/^[1-5]\d\d$/.test(p.status!))
      return usage(fill(t.error.badStatus, { value: p.status! }));
    const found = explainer.list({ ...options, ...(status === undefined ? {} : { status }) });
    if (!found.length) {
      io.err(`vpc-status-codes: ${fill(t.error.noneListed, { status: String(status) })}\n`);
      return 1;
    }
    print(found, true);
    return 0;
  }

  let input: Input;
  const fromStdin = !p.positionals.length || (p.positionals.length === 1 && p.positionals[0] === '-');
  if (!fromStdin) input = { text: p.positionals.join(' ') };
  else if (!io.stdin) return usage(t.error.noText);
  else {
    const { bytes, total } = await readAll(io.stdin);
    const decoded = decodeInput(bytes, total);
    if (!decoded) {
      io.err(`vpc-status-codes: ${t.error.binary}\n`);
      return 2;
    }
    input = decoded;
  }
  if (input.invalidUtf8) io.err(`vpc-status-codes: ${t.error.invalidUtf8}\n`);
  if (input.truncatedFrom !== undefined)
    io.err(
      `vpc-status-codes: ${fill(t.error.truncated, { read: MB(MAX_INPUT_BYTES), total: MB(input.truncatedFrom) })}\n`,
    );
  const answers = explainer.explain(input.text, options);
  if (!answers.length) {
    io.err(`vpc-status-codes: ${t.error.nothingRecognised}\n`);
    return 1;
  }
  print(answers);
  return 0;
}

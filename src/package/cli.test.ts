// @vitest-environment node
import core from 'virtual:explain/core';
import siteUrl, { version } from 'virtual:explain/site';
import en from 'virtual:explain/texts/en';
import zh from 'virtual:explain/texts/zh';
import { describe, expect, it } from 'vitest';
import { enCli } from '@/locales/en-cli';
import { zhCli } from '@/locales/zh-cli';
import { decodeInput, localeLang, MAX_INPUT_BYTES, run } from './cli';

interface Result {
  code: number;
  out: string;
  err: string;
}

async function cli(
  args: string[],
  { stdin, tty = false, env = {} }: { stdin?: string | Uint8Array; tty?: boolean; env?: Record<string, string> } = {},
): Promise<Result> {
  let out = '';
  let err = '';
  const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  const code = await run(args, {
    env: { LANG: 'en_US.UTF-8', ...env },
    // Chunked like a pipe: a character may be split between two reads.
    stdin:
      bytes &&
      (async function* () {
        for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
      })(),
    stdoutIsTTY: tty,
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

const BODY = 'HTTP/1.1 409 Conflict\n{"error_code": "VPC.0114", "error_msg": "x", "request_id": "r-1"}';
const ESC = '\x1b[';

describe('explain', () => {
  it('explains standard input and exits 0', async () => {
    const r = await cli(['explain'], { stdin: BODY });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`VPC.0114  ${en.errors['VPC.0114']!.title}`);
    expect(r.out).toContain(enCli.label.whatToDo + en.errors['VPC.0114']!.action);
    expect(r.out).toContain(`${siteUrl}en/errors/VPC.0114`);
    expect(r.out).toContain(`${enCli.label.requestId}r-1`);
    expect(r.err).toBe('');
  });

  it('explains its arguments, and standard input when there is no command', async () => {
    expect((await cli(['explain', 'failed', 'with', 'VPC.0114'])).out).toContain('VPC.0114');
    expect((await cli([], { stdin: BODY })).out).toContain('VPC.0114');
    expect((await cli(['explain', '-'], { stdin: BODY })).out).toContain('VPC.0114');
  });

  it('exits 1 with a message when it recognises nothing', async () => {
    const r = await cli(['explain'], { stdin: 'all is well' });
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toContain(enCli.error.nothingRecognised);
  });

  it('prints one JSON object per answer with --json', async () => {
    const r = await cli(['explain', '--json'], { stdin: `${BODY}\nHTTP/1.1 503 Service Unavailable` });
    const answers = r.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) {
      expect(Object.keys(a).sort()).toEqual(
        expect.arrayContaining([
          'code',
          'confidence',
          'kind',
          'lang',
          'meaning',
          'retry',
          'statuses',
          'title',
          'titles',
          'url',
          'whatToDo',
        ]),
      );
      expect(a.kind).toMatch(/^(status|vpc|gateway|neutron)$/);
      expect(a.confidence).toMatch(/^(certain|likely)$/);
      expect(a.retry).toEqual({ policy: expect.any(String), advice: expect.any(String) });
      expect(typeof a.url === 'string' && URL.canParse(a.url)).toBe(true);
    }
    expect(answers[0]).toMatchObject({ kind: 'vpc', code: 'VPC.0114', status: 409, requestId: 'r-1' });
  });

  it('answers in the language asked for, else the locale’s', async () => {
    const zhOut = (await cli(['explain', '--lang', 'zh'], { stdin: BODY })).out;
    expect(zhOut).toContain(zh.errors['VPC.0114']!.title);
    expect(zhOut).toContain(zhCli.label.whatToDo);
    expect(zhOut).toContain('/zh/errors/VPC.0114');
    expect((await cli(['explain', '--lang=en'], { stdin: BODY, env: { LANG: 'zh_CN.UTF-8' } })).out).toContain(
      en.errors['VPC.0114']!.title,
    );
    expect((await cli(['explain'], { stdin: BODY, env: { LANG: 'zh_CN.UTF-8' } })).out).toContain(
      zh.errors['VPC.0114']!.title,
    );
  });

  it('points links at --base-url', async () => {
    const r = await cli(['explain', '--base-url', 'https://portal.example.com/docs/vpc'], { stdin: BODY });
    expect(r.out).toContain('https://portal.example.com/docs/vpc/en/errors/VPC.0114');
  });

  it('colours only a terminal, and not with --no-color or NO_COLOR', async () => {
    expect((await cli(['explain'], { stdin: BODY })).out).not.toContain(ESC);
    expect((await cli(['explain'], { stdin: BODY, tty: true })).out).toContain(ESC);
    expect((await cli(['explain', '--no-color'], { stdin: BODY, tty: true })).out).not.toContain(ESC);
    expect((await cli(['explain'], { stdin: BODY, tty: true, env: { NO_COLOR: '1' } })).out).not.toContain(ESC);
    expect((await cli(['explain', '--json'], { stdin: BODY, tty: true })).out).not.toContain(ESC);
  });

  it('says a code is only likely when it comes from the message', async () => {
    const { message } = core.errors.find((e) => e.code === 'VPC.0104')!.occurrences[0]!;
    expect((await cli(['explain', message])).out).toContain(enCli.label.likely);
    expect((await cli(['explain', `VPC.0104: ${message}`])).out).not.toContain(enCli.label.likely);
  });
});

describe('hostile input', () => {
  it('refuses binary input with a clear message', async () => {
    const r = await cli(['explain'], { stdin: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]) });
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe(`vpc-status-codes: ${enCli.error.binary}\n`);
  });

  it('reads invalid UTF-8 with a warning', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('VPC.0114 '), 0xc3, 0x28, 0xff]);
    const r = await cli(['explain'], { stdin: bytes });
    expect(r.code).toBe(0);
    expect(r.err).toContain(enCli.error.invalidUtf8);
    expect(r.out).toContain('VPC.0114');
  });

  it('reads UTF-16 with a byte-order mark (what Windows shells write)', () => {
    const text = '错误 VPC.0114';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
    expect(decodeInput(le)?.text).toBe(text);
  });

  it('keeps a character cut at the end of what it reads out of the text, rather than calling it invalid', () => {
    const bytes = new TextEncoder().encode('错误');
    expect(decodeInput(bytes.subarray(0, 4), 6)).toEqual({ text: '错', truncatedFrom: 6 });
  });

  it('answers a 10 MB log whose error is on its last line within seconds', async () => {
    const line = 'DEBUG provider: GET https://vpc.example.com/v1/p/vpcs HTTP/1.1 200 OK\n';
    const log = `${line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))}${BODY}\n`;
    const start = performance.now();
    const r = await cli(['explain', '--json'], { stdin: log });
    expect(performance.now() - start).toBeLessThan(5000);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ code: 'VPC.0114', status: 409 });
    expect(r.err).toBe('');
  });

  it('says what part of a longer input it read, and still explains that part', async () => {
    const head = new TextEncoder().encode(`${BODY}\n`);
    const bytes = new Uint8Array(MAX_INPUT_BYTES + 1024 * 1024).fill(0x20);
    bytes.set(head);
    const r = await cli(['explain'], { stdin: bytes });
    expect(r.code).toBe(0);
    expect(r.out).toContain('VPC.0114');
    expect(r.err).toContain('read the first 32 MB of the input (33 MB)');
  });
});

describe('lookup and list', () => {
  it('looks up a code in any spelling, and a status', async () => {
    const r = await cli(['lookup', 'vpc0114']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`VPC.0114  ${en.errors['VPC.0114']!.title}`);
    expect((await cli(['lookup', '409'])).out).toContain('409 Conflict');
  });

  it('exits 1 for an undocumented code', async () => {
    const r = await cli(['lookup', 'VPC.9999']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('VPC.9999');
  });

  it('lists the codes documented with a status', async () => {
    const r = await cli(['list', '--status', '409']);
    const expected = [
      '409',
      ...core.errors.filter((e) => e.occurrences.some((o) => o.statuses.includes(409))).map((e) => e.code),
      ...core.gateway.filter((c) => c.responses.some((x) => x.status === 409)).map((c) => c.code),
      ...core.neutron.filter((t) => t.status === 409).map((t) => t.type),
    ];
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(expected.length);
    for (const code of expected) expect(r.out).toContain(code);
    expect((await cli(['list', '--status', '418'])).code).toBe(1);
    const all = core.statuses.length + core.errors.length + core.gateway.length + core.neutron.length;
    expect((await cli(['list'])).out.trim().split('\n')).toHaveLength(all);
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate'], enCli.error.unknownCommand.replace('{{command}}', 'frobnicate')],
    [['explain', '--frob'], enCli.error.unknownOption.replace('{{option}}', '--frob')],
    [['explain', '--lang', 'fr'], enCli.error.badLang.replace('{{value}}', 'fr')],
    [['explain', '--lang'], enCli.error.missingValue.replace('{{option}}', '--lang')],
    [['explain', '--base-url', 'portal'], enCli.error.badBaseUrl.replace('{{value}}', 'portal')],
    [['list', '--status', 'abc'], enCli.error.badStatus.replace('{{value}}', 'abc')],
    [['lookup'], enCli.error.lookupArgs],
    [['lookup', 'a', 'b'], enCli.error.lookupArgs],
    [['explain'], enCli.error.noText],
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await cli(args);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe(`vpc-status-codes: ${enCli.error.usage.replace('{{message}}', message)}\n`);
  });

  it('prints help on --help (exit 0), and on stderr with no command and nothing piped (exit 2)', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['explain', 'lookup', 'list', '--lang', '--base-url', '--json'])
      expect(help.out).toContain(command);
    expect(help.out).toContain(siteUrl);
    expect((await cli(['-h', '--lang', 'zh'])).out).toContain(zhCli.help.usage);
    const bare = await cli([]);
    expect(bare).toMatchObject({ code: 2, out: '', err: help.out });
  });

  it('prints its version', async () => {
    expect((await cli(['--version'])).out).toBe(`${version}\n`);
  });

  it('takes the language from the locale', () => {
    expect(localeLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(localeLang({ LC_ALL: 'zh_TW', LANG: 'en_US' })).toBe('zh');
    expect(localeLang({ LC_ALL: 'C', LANG: 'zh_CN' })).toBe('en');
    expect(localeLang({})).toBe('en');
  });
});

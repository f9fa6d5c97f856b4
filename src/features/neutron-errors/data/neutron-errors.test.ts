// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorCodeIds } from '@/features/error-codes';
import { chineseTypographyProblems } from '@/test/zh-typography';
import raw from './neutron-errors.json';
import { FAULT_STATUS, type NeutronErrorData } from './neutron-errors.schema';
import { neutronErrorDataProblems } from './validate';

const data = raw as NeutronErrorData;
const documented = errorCodeIds;
const OUR_FIELDS = ['title', 'meaning', 'action'] as const;

/*
 * Where the upstream repositories were fetched for reading (`../.mirror/<owner>+<name>/repo` beside the
 * checkout, or NEUTRON_MIRRORS). Without them the verbatim comparison cannot run; everything else does.
 */
const MIRRORS = process.env.NEUTRON_MIRRORS ?? fileURLToPath(new URL('../../../../../.mirror', import.meta.url));
const mirrorOf = (repository: string) => `${MIRRORS}/${repository.replace('/', '+')}/repo`;
const hasMirrors = data.sources.every((s) => existsSync(mirrorOf(s.repository)));

/** The message of class `name` (or the string formatted in its constructor) in a Python file at a commit. */
function upstreamMessage(repository: string, commit: string, path: string, name: string): string | undefined {
  const text = execFileSync('git', ['-C', mirrorOf(repository), 'show', `${commit}:${path}`], { encoding: 'utf8' });
  const start = text.search(new RegExp(`^class ${name}\\(`, 'm'));
  if (start < 0) return undefined;
  const body = text.slice(start).split(/\n(?=class )/)[0]!;
  const call = /(?:message|msg) = _\(((?:\s*(['"])(?:(?!\2).)*\2)+)\s*\)/s.exec(body);
  return call?.[1]
    ?.match(/(['"])((?:(?!\1).)*)\1/g)
    ?.map((s) => s.slice(1, -1))
    .join('');
}

describe('neutron-errors.json data contract', () => {
  it('passes the validator, with every related code checked against the VPC error codes', () => {
    expect(neutronErrorDataProblems(raw, { errorCodes: documented }), 'problems by type and field').toEqual([]);
  });

  it('has 30 to 45 types, each once, sorted by type', () => {
    const types = data.types.map((t) => t.type);
    expect(
      types.filter((t, i) => types.indexOf(t) !== i),
      'types listed more than once',
    ).toEqual([]);
    expect(types, 'types in order').toEqual([...types].sort());
    expect(types.length, 'number of types').toBeGreaterThanOrEqual(30);
    expect(types.length, 'number of types').toBeLessThanOrEqual(45);
  });

  it('covers every resource of the Neutron-compatible API', () => {
    const types = new Set(data.types.map((t) => t.type));
    const expected = {
      networks: 'NetworkNotFound',
      subnets: 'SubnetInUse',
      ports: 'PortNotFound',
      routers: 'RouterNotFound',
      'floating IPs': 'FloatingIPNotFound',
      'security groups': 'SecurityGroupNotFound',
      quotas: 'OverQuota',
      policy: 'PolicyNotAuthorized',
    };
    for (const [resource, type] of Object.entries(expected))
      expect(types.has(type), `${resource}: ${type} is missing`).toBe(true);
  });

  it('gives every type the status FAULT_MAP maps its base class to', () => {
    for (const t of data.types)
      expect(t.status, `type ${t.type}: status of its base ${t.faultBase}`).toBe(FAULT_STATUS[t.faultBase]);
  });

  it('relates only VPC error codes the error-code page documents', () => {
    const known = new Set(documented);
    for (const t of data.types)
      for (const code of t.related)
        expect(known.has(code), `type ${t.type}: related ${code} is not documented`).toBe(true);
  });

  it('relates the conditions the VPC codes share with Neutron', () => {
    const related = (type: string) => data.types.find((t) => t.type === type)?.related ?? [];
    expect(related('SubnetInUse'), 'SubnetInUse: a subnet still in use').toEqual(
      expect.arrayContaining(['VPC.0208', 'VPC.0209']),
    );
    expect(related('OverQuota'), 'OverQuota: the quota codes').toEqual(
      expect.arrayContaining(['VPC.0114', 'VPC.0521']),
    );
  });

  it('has both languages for every text of ours, the Chinese by the house rules', () => {
    for (const t of data.types) {
      for (const field of OUR_FIELDS) {
        for (const lang of ['en', 'zh'] as const)
          expect(t[field][lang].trim(), `type ${t.type}, ${field}.${lang} is empty`).not.toBe('');
        expect(chineseTypographyProblems(t[field].zh), `type ${t.type}, ${field}.zh`).toEqual([]);
      }
    }
  });

  describe.skipIf(!hasMirrors)('against the upstream source (needs the fetched repositories)', () => {
    it('quotes every template verbatim from its class at the recorded commit', () => {
      for (const t of data.types) {
        const message = upstreamMessage(t.source.repository, t.source.commit, t.source.path, t.type);
        expect(message, `type ${t.type}: template in ${t.source.repository}/${t.source.path}`).toBe(t.template);
      }
    });
  });
});

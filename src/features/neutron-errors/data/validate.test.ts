// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DataContractError } from '@/lib/schema-error-text';
import raw from './neutron-errors.json';
import type { NeutronErrorData } from './neutron-errors.schema';
import { neutronErrorDataProblems, validateNeutronErrorData } from './validate';

const sample = (): NeutronErrorData => structuredClone(raw) as NeutronErrorData;
const byType = (d: NeutronErrorData, type: string) => d.types.find((t) => t.type === type)!;

describe('validateNeutronErrorData', () => {
  it('accepts the shipped data', () => {
    expect(neutronErrorDataProblems(sample()), 'no problems').toEqual([]);
  });

  it.each([
    [
      'an empty title.zh',
      (d: NeutronErrorData) => (byType(d, 'SubnetInUse').title.zh = ''),
      'type SubnetInUse, field "title.zh": missing or empty',
    ],
    [
      'an unknown retry policy',
      (d: NeutronErrorData) => ((byType(d, 'SubnetInUse') as { retry: string }).retry = 'maybe'),
      'type SubnetInUse, field "retry": must be one of',
    ],
    [
      'a status FAULT_MAP does not give',
      (d: NeutronErrorData) => (byType(d, 'SubnetInUse').status = 400),
      'type SubnetInUse, field "status": 400, but FAULT_MAP maps InUse to 409',
    ],
    [
      'a type listed twice',
      (d: NeutronErrorData) => d.types.push(structuredClone(d.types.at(-1)!)),
      'field "type": listed twice',
    ],
    ['types out of order', (d: NeutronErrorData) => d.types.reverse(), 'types must be sorted by type'],
    [
      'a placeholder the template lacks',
      (d: NeutronErrorData) => (byType(d, 'SubnetInUse').meaning.en += ' See %(nothing)s.'),
      'field "meaning.en": %(nothing)s is not a placeholder of the template',
    ],
    [
      'a source outside the sources',
      (d: NeutronErrorData) => (byType(d, 'SubnetInUse').source.repository = 'example/elsewhere'),
      'field "source.repository": "example/elsewhere" is not one of the sources',
    ],
  ])('rejects %s, naming the type and field', (_case, breakIt, message) => {
    const data = sample();
    breakIt(data);
    expect(neutronErrorDataProblems(data).join('\n')).toContain(message);
    expect(() => validateNeutronErrorData(data), 'throws').toThrow(DataContractError);
  });

  it('rejects a related code that is not documented, when given the documented codes', () => {
    const data = sample();
    const related = byType(data, 'SubnetInUse').related;
    expect(neutronErrorDataProblems(data, { errorCodes: related.slice(1) }).join('\n')).toContain(
      `type SubnetInUse, field "related": ${related[0] ?? ''} is not a documented VPC error code`,
    );
  });
});

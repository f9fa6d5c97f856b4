// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from './neutron-errors.json';
import type { NeutronErrorData } from './neutron-errors.schema';
import { knownNeutron, neutronDetailsOf, neutronIdsOf, neutronIndexOf } from './split';

const data = raw as NeutronErrorData;

describe('the pieces of the Neutron data', () => {
  it('gives the recogniser every type with its status and its template', () => {
    const known = knownNeutron(data);
    expect(known.map((k) => k.type)).toEqual(data.types.map((t) => t.type));
    expect(known.find((k) => k.type === 'SubnetInUse')).toEqual({
      type: 'SubnetInUse',
      status: 409,
      templates: ['Unable to complete operation on subnet %(subnet_id)s: %(reason)s.'],
    });
  });

  it('cuts ids, a per-language index and per-type details without the other language', () => {
    expect(neutronIdsOf(data).types).toContainEqual({ type: 'OverQuota', status: 409 });
    expect(neutronIndexOf(data, 'zh').find((e) => e.type === 'OverQuota')?.title).toBe('超出配额');
    const details = neutronDetailsOf(data, 'en', 'OverQuota')!;
    expect(details).toMatchObject({ type: 'OverQuota', status: 409, title: 'Quota exceeded' });
    expect(JSON.stringify(details)).not.toMatch(/\p{Script=Han}/u);
    expect(neutronDetailsOf(data, 'en', 'NoSuchType')).toBeUndefined();
  });
});

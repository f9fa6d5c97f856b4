// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neutronStatus } from '@/lib/paste/neutron-status';

/*
 * Neutron types whose names do not end in their base class's name are known by name alone; their
 * status is their base's (neutron_lib/exceptions/__init__.py, FAULT_MAP in neutron_lib/api/faults.py
 * and neutron/api/v2/base.py for netaddr's AddrFormatError). A wrong entry there fails here.
 */
describe('Neutron types known only by name', () => {
  it.each<[type: string, base: string, status: number]>([
    ['AdminRequired', 'NotAuthorized', 403],
    ['InvalidIpForNetwork', 'BadRequest', 400],
    ['InvalidIpForSubnet', 'BadRequest', 400],
    ['AddrFormatError', 'HTTPBadRequest', 400],
    ['IpAddressGenerationFailure', 'Conflict', 409],
  ])('%s (a %s) answers %i, as its base does', (type, base, status) => {
    expect(neutronStatus(base), `${base} itself`).toBe(status);
    expect(neutronStatus(type)).toBe(status);
  });
});

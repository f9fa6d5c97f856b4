// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neutronStatus } from './neutron-status';

describe('neutronStatus', () => {
  it.each<[string, number | undefined]>([
    ['SubnetNotFound', 404],
    ['NotFound', 404],
    ['SubnetInUse', 409],
    ['SecurityGroupInUse', 409],
    ['OverQuota', 409],
    ['IpAddressGenerationFailure', 409],
    // An AdminRequired is a NotAuthorized (neutron_lib/exceptions): FAULT_MAP answers it with 403.
    ['AdminRequired', 403],
    ['PolicyNotAuthorized', 403],
    ['BadRequest', 400],
    ['InvalidInput', 400],
    ['ServiceUnavailable', 503],
    ['HTTPNotFound', 404],
    ['HTTPMethodNotAllowed', 405],
    ['HTTPNotAcceptable', 406],
    ['HTTPConflict', 409],
    ['HTTPInternalServerError', 500],
    ['SomethingElse', undefined],
    ['toString', undefined],
  ])('%s → %s', (type, status) => {
    expect(neutronStatus(type)).toBe(status);
  });
});

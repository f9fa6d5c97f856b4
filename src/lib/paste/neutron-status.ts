import { REASON_PHRASES } from './reason-phrases';

/*
 * The HTTP status a Neutron error type implies. Neutron turns its exceptions into responses with
 * FAULT_MAP in neutron_lib/api/faults.py: NotFound → 404, Conflict and InUse → 409, BadRequest → 400,
 * NotAuthorized and oslo.policy's PolicyNotAuthorized → 403, ServiceUnavailable → 503. A concrete type
 * is named after its base (SubnetNotFound, SubnetInUse), except for a few common ones listed by name
 * with their base's status (neutron_lib/exceptions). Names starting with HTTP are webob's exceptions.
 */

const BY_SUFFIX: [suffix: string, status: number][] = [
  ['NotFound', 404],
  ['InUse', 409],
  ['Conflict', 409],
  ['OverQuota', 409],
  ['BadRequest', 400],
  ['InvalidInput', 400],
  ['NotAuthorized', 403],
  ['ServiceUnavailable', 503],
];

const BY_NAME: Record<string, number> = {
  // neutron_lib.exceptions subclasses whose names do not say their base.
  IpAddressGenerationFailure: 409,
  AdminRequired: 403,
  AddrFormatError: 400,
  InvalidIpForNetwork: 400,
  InvalidIpForSubnet: 400,
  // webob.exc: HTTPNotFound, HTTPMethodNotAllowed… (HTTP and the reason phrase without spaces).
  ...Object.fromEntries(REASON_PHRASES.map(([status, phrase]) => [`HTTP${phrase.replace(/ /g, '')}`, status])),
};

export function neutronStatus(type: string): number | undefined {
  if (Object.hasOwn(BY_NAME, type)) return BY_NAME[type];
  return BY_SUFFIX.find(([suffix]) => type.endsWith(suffix))?.[1];
}

/*
 * The HTTP status a Neutron error type implies. Neutron turns its exceptions into responses with
 * FAULT_MAP in neutron_lib/api/faults.py: NotFound → 404, Conflict and InUse → 409, BadRequest → 400,
 * NotAuthorized and oslo.policy's PolicyNotAuthorized → 403, ServiceUnavailable → 503. A concrete type
 * is named after its base (SubnetNotFound, SubnetInUse), except for the few listed by name below with
 * their base from neutron_lib/exceptions. Names starting with HTTP are webob's own exceptions.
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
  PortBound: 409,
  AdminRequired: 403,
  InvalidScope: 403,
  AddrFormatError: 400,
  ExternalIpAddressExhausted: 400,
  InvalidIpForNetwork: 400,
  InvalidIpForSubnet: 400,
  SubnetMismatchForPort: 400,
  ResourceExhausted: 503,
  NoNetworkAvailable: 503,
  // webob.exc
  HTTPBadRequest: 400,
  HTTPUnauthorized: 401,
  HTTPForbidden: 403,
  HTTPMethodNotAllowed: 405,
  HTTPNotAcceptable: 406,
  HTTPRequestTimeout: 408,
  HTTPInternalServerError: 500,
  HTTPNotImplemented: 501,
  HTTPBadGateway: 502,
  HTTPGatewayTimeout: 504,
};

export function neutronStatus(type: string): number | undefined {
  if (Object.hasOwn(BY_NAME, type)) return BY_NAME[type];
  return BY_SUFFIX.find(([suffix]) => type.endsWith(suffix))?.[1];
}

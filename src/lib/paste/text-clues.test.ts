// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textClues } from './text-clues';

describe('textClues', () => {
  it.each<[string, number[]]>([
    ['HTTP/1.1 409 Conflict', [409]],
    ['Port xyz could not be found. (HTTP 404) (Request-ID: req-1)', [404]],
    ['request failed, status code: 404', [404]],
    ['{"status": 500}', [500]],
    ['statusCode=403', [403]],
    ['POST /v1/vpcs returned 409: VPC.0114', [409]],
    ['Error: 504 Gateway Timeout', [504]],
    ['404', []],
    ['listening on port 4040, 200 routes, took 503 ms', []],
    // As clients and logs print them.
    ['Expected HTTP response code [201 202] when accessing [POST https://x/v2.0/networks], but got 409 instead', [409]],
    ['Response code : 404, message : {}', [404]],
    ['DEBUG: keystoneauth.session RESP: [400] Content-Type: application/json', [400]],
    ['WARN request failed status=403 path=/v1/vpcs', [403]],
    ['{"status_code": 404, "request_id": "r"}', [404]],
    ['ClientRequestException - {status_code:400,request_id:r,error_code:VPC.0101}', [400]],
    ['ServiceResponseException{httpStatusCode=429, errorCode=APIGW.0308}', [429]],
    ['HttpException: 400: Client Error for url: https://vpc.example/v2.0/ports', [400]],
    ['requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://x', [404]],
    ['Request (SubnetsTest:test_delete): 409 DELETE http://10.0.0.1:9696/v2.0/subnets/s1 0.145s', [409]],
    ['openstack.exceptions.ConflictException: Unable to complete operation on subnet s1', [409]],
    ['BadRequestException: Invalid input for operation', [400]],
    ['ResourceNotFound: No Port found for p1', [404]],
    ['neutronclient.common.exceptions.Conflict: Unable to complete operation', [409]],
    // gophercloud's words, and a reason phrase alone: only when nothing surer is there.
    ['Error: Error creating VPC: Resource not found: [POST https://x/v1//vpcs]', [404]],
    ['Bad request with: [POST https://x/v2.0/subnets], error message: {}', [400]],
    ['Request forbidden: [POST https://x/v2.0/ports], error message: {}', [403]],
    ['Error: error getting password: Action Forbidden, error message: {}', [403]],
    ['Error: Authentication failed', [401]],
    ['Error: error creating DNS zone: Internal Server Error', [500]],
    ['Invalid request due to incorrect syntax or missing required parameters.', [400]],
    ['Error: Too many requests: [POST https://x]', [429]],
    ['Resource not found: [GET https://x], but got 500 instead', [500]],
    ['the resource was not found in this region', []],
    ['internal server error', []],
  ])('%j names status %j', (text, statuses) => {
    expect(textClues(text).statuses).toEqual(statuses);
  });

  it('finds Neutron types a client names', () => {
    expect(textClues('neutronclient.common.exceptions.OverQuotaClient: Quota exceeded').typeNames).toEqual([
      'OverQuota',
    ]);
    expect(textClues('raise exceptions.SubnetInUse(subnet_id=id)').typeNames).toEqual(['SubnetInUse']);
    expect(textClues('NeutronClientException HttpClient').typeNames).toEqual([]);
  });

  it('finds the codes in any spelling, once each', () => {
    expect(textClues('VPC.0114 then vpc0114, VPC 0201 and APIGW.0301; port 8080').codes).toEqual([
      'VPC.0114',
      'VPC.0201',
      'APIGW.0301',
    ]);
  });
});

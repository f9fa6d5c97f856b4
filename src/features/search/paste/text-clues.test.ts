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
  ])('%j names status %j', (text, statuses) => {
    expect(textClues(text).statuses).toEqual(statuses);
  });

  it('finds the codes in any spelling, once each', () => {
    expect(textClues('VPC.0114 then vpc0114, VPC 0201 and APIGW.0301; port 8080').codes).toEqual([
      'VPC.0114',
      'VPC.0201',
      'APIGW.0301',
    ]);
  });
});

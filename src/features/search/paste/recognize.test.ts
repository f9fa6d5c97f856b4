// @vitest-environment node
import { describe, expect, it } from 'vitest';
/* eslint-disable import-x/no-restricted-paths -- the test reads the real error codes and messages */
import raw from '@/features/error-codes/data/error-codes.json';
import type { ErrorCodeData } from '@/features/error-codes/data/error-codes.schema';
/* eslint-enable import-x/no-restricted-paths */
import { recognizePaste, type Known } from './recognize';

const data = raw as ErrorCodeData;
const known: Known = {
  errorCodes: data.codes.map((c) => c.code),
  messages: data.codes.flatMap((c) =>
    c.occurrences.flatMap((o) =>
      [o.message, o.earlierMessage].flatMap((message) =>
        message ? [{ code: c.code, statuses: o.statuses, message }] : [],
      ),
    ),
  ),
};
const recognize = (text: string) => recognizePaste(text, known);
const QUOTA = "Quota exceeded for resources: ['router'].";

describe('error bodies', () => {
  it('reads the VPC body and the newer error_code shape', () => {
    expect(recognize(JSON.stringify({ code: 'VPC.0114', message: QUOTA }))).toEqual([
      { errorCode: 'VPC.0114', message: QUOTA },
    ]);
    expect(recognize(JSON.stringify({ error_code: 'vpc.0114', error_msg: QUOTA, request_id: 'req-7' }))).toEqual([
      { errorCode: 'VPC.0114', message: QUOTA, requestId: 'req-7' },
    ]);
    expect(recognize('{"code": "VPC.9999", "message": "?"}')).toEqual([{ errorCode: 'VPC.9999', message: '?' }]);
  });

  it('reads each failure of a batch response, a Neutron body inside an error_msg included', () => {
    const neutron = { NeutronError: { type: 'PortNotFound', message: 'Port p-1 could not be found.', detail: '' } };
    const body = {
      success: [{ id: 'p-0' }],
      fail: [
        { id: 'p-1', error_code: 'VPC.0608', error_msg: JSON.stringify(neutron) },
        { id: 'p-2', error_code: 'VPC.0607', error_msg: "Security group of this instance doesn't exist" },
      ],
    };
    expect(recognize(`HTTP/1.1 200 OK\n\n${JSON.stringify(body)}`)).toEqual([
      {
        errorCode: 'VPC.0608',
        itemId: 'p-1',
        neutronType: 'PortNotFound',
        status: 404,
        message: 'Port p-1 could not be found.',
      },
      { errorCode: 'VPC.0607', itemId: 'p-2', message: "Security group of this instance doesn't exist" },
    ]);
  });

  it('reads a Neutron body, with the status its type implies and the code its message documents', () => {
    const body = (type: string, message: string) => JSON.stringify({ NeutronError: { type, message, detail: '' } });
    expect(recognize(body('SubnetInUse', 'Unable to complete operation on subnet s-1.'))).toEqual([
      { neutronType: 'SubnetInUse', status: 409, message: 'Unable to complete operation on subnet s-1.' },
    ]);
    expect(recognize(body('SecurityGroupInUse', 'Security group 5c0e1f2a is in use.'))).toEqual([
      {
        neutronType: 'SecurityGroupInUse',
        status: 409,
        message: 'Security group 5c0e1f2a is in use.',
        errorCode: 'VPC.9902',
      },
    ]);
    expect(recognize(body('HTTPMethodNotAllowed', 'Not allowed.'))[0]?.status).toBe(405);
  });

  it('reads the token middleware and API gateway bodies', () => {
    const keystone = { error: { code: 401, title: 'Unauthorized', message: 'The request requires authentication.' } };
    expect(recognize(JSON.stringify(keystone))).toEqual([
      { status: 401, message: 'The request requires authentication.' },
    ]);
    const gateway = {
      error_msg: 'Incorrect IAM authentication information',
      error_code: 'APIGW.0301',
      request_id: 'r',
    };
    expect(recognize(JSON.stringify(gateway))).toEqual([
      { gatewayCode: 'APIGW.0301', message: 'Incorrect IAM authentication information', requestId: 'r' },
    ]);
  });
});

describe('lines and messages', () => {
  it('reads a status line or log line, and gives a body below a status line its status', () => {
    expect(recognize('HTTP/1.1 409 Conflict')).toEqual([{ status: 409 }]);
    expect(recognize('status code: 404')).toEqual([{ status: 404 }]);
    expect(recognize('POST /v1/p/vpcs returned 409 (VPC.0114) in 12 ms')).toEqual([
      { errorCode: 'VPC.0114', status: 409 },
    ]);
    expect(recognize(`HTTP/1.1 409 Conflict\r\n\r\n{"code": "VPC.0114", "message": "${QUOTA}"}`)).toEqual([
      { errorCode: 'VPC.0114', message: QUOTA, status: 409 },
    ]);
  });

  it('recognises a documented message on its own, in either wording, with its placeholders filled in', () => {
    expect(recognize(QUOTA)).toEqual([{ errorCode: 'VPC.0114', message: QUOTA }]);
    expect(recognize('Security Group 0a1b is in use.')).toEqual([
      { errorCode: 'VPC.9902', message: 'Security Group 0a1b is in use.' },
    ]);
    expect(recognize('Router is used not allow deleted.').map((r) => r.errorCode)).toEqual(['VPC.0108', 'VPC.0109']);
    expect(recognize(`2024-05-01 12:00:01 ERROR ${QUOTA} tenant=abc`)).toEqual([{ errorCode: 'VPC.0114' }]);
  });

  it('returns nothing for text that is no error paste', () => {
    for (const text of ['', '   ', 'in use', '404', 'subnet', '超时', 'hello {world}', '{}', '[1, 2]']) {
      expect(recognize(text)).toEqual([]);
    }
  });
});

describe('malformed and hostile text', () => {
  it('gets the best answer the text allows from broken JSON', () => {
    expect(recognize('{"code": "VPC.0114", "message": "Quota exceeded for re')).toEqual([
      { errorCode: 'VPC.0114', message: 'Quota exceeded for re' },
    ]);
    expect(recognize(`{'error_code': 'VPC.0114', 'error_msg': "${QUOTA}",}`)).toEqual([
      { errorCode: 'VPC.0114', message: QUOTA },
    ]);
    const logged = `ERROR body: "{\\"error_code\\": \\"VPC.0114\\", \\"error_msg\\": \\"${QUOTA}\\"}" returned 409`;
    expect(recognize(logged)).toEqual([{ errorCode: 'VPC.0114', message: QUOTA, status: 409 }]);
    expect(recognize('{"error_code": "VPC.01')).toEqual([]);
  });

  it('stays fast and safe on long, deep, control-character and prototype-polluting input', () => {
    const hostile = [
      'x'.repeat(50_000),
      '{'.repeat(50_000),
      '['.repeat(25_000) + ']'.repeat(25_000),
      `{"a": "${'\\"'.repeat(25_000)}"}`,
      '\u0000\u0001\u0007\u001b[31m'.repeat(5_000),
      `${'Quota exceeded '.repeat(3_000)}`,
      `${'{"code": "VPC.0114", '.repeat(2_500)}`,
      '{"__proto__": {"code": "VPC.0114"}, "constructor": {"prototype": {"x": 1}}}',
      `HTTP/1.1 ${'409 '.repeat(10_000)}`,
    ];
    for (const text of hostile) {
      const start = performance.now();
      expect(() => recognize(text)).not.toThrow();
      expect(performance.now() - start, text.slice(0, 20)).toBeLessThan(200);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(recognize(null as unknown as string)).toEqual([]);
  });

  it('recognises a body in well under a millisecond', () => {
    const body = JSON.stringify({ error_code: 'VPC.0114', error_msg: QUOTA, request_id: 'r' });
    for (let i = 0; i < 50; i++) recognize(body);
    const start = performance.now();
    for (let i = 0; i < 200; i++) recognize(body);
    expect((performance.now() - start) / 200).toBeLessThan(1);
  });
});

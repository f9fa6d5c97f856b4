// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellingQuery } from './telling-words';

describe('tellingQuery', () => {
  it('gives a code the paste names, in its canonical spelling', () => {
    expect(tellingQuery('POST /v1/vpcs failed: vpc0114 returned by the backend, retrying in 5 s')).toBe('VPC.0114');
    expect(tellingQuery('{"error_code":"apigw.0308","error_msg":"limit reached"}')).toBe('APIGW.0308');
  });

  it('else the resource the error is about and what happened to it', () => {
    expect(tellingQuery('Error: delete failed: Subnet 3b86 still has ports; the resource is in use by an ECS')).toBe(
      'subnet in use',
    );
    expect(tellingQuery('{"NeutronError": {"type": "SecurityGroupNotFound", "message": "x", "detail": ""}}')).toBe(
      'security group not found',
    );
    expect(tellingQuery("Error creating router_interface: Quota exceeded for resources: ['port']")).toBe(
      'router quota',
    );
  });

  it('else the status it gives, by its reason phrase', () => {
    expect(
      tellingQuery('Error: Expected HTTP response code [202] when accessing [DELETE https://x], but got 409 instead'),
    ).toBe('Conflict');
  });

  it('gives nothing for text with nothing telling in it', () => {
    expect(tellingQuery('hello world')).toBe('');
    expect(tellingQuery('')).toBe('');
    expect(tellingQuery(null as unknown as string)).toBe('');
  });

  it('stays fast on a long paste', () => {
    const start = performance.now();
    tellingQuery(`${'lorem ipsum '.repeat(20_000)} subnet in use`);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

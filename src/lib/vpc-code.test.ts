// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { errorCodeOption } from './embed-protocol';
import { formatVpcCode, vpcCodeNumber } from './vpc-code';

describe('vpcCodeNumber', () => {
  it.each(['VPC.0114', 'vpc.0114', 'vpc0114', 'VPC 0114', 'vpc-0114', ' VPC_0114 '])('reads %j as 114', (text) => {
    expect(vpcCodeNumber(text)).toBe(114);
  });

  it.each(['VPC.114', 'VPC.01140', 'APIGW.0114', '0114', 'VPC..0114'])('reads %j as no code', (text) => {
    expect(vpcCodeNumber(text)).toBeNull();
  });

  it('is the reading of the embed placeholders and the documented spelling', () => {
    expect(errorCodeOption('vpc0114')).toBe('VPC.0114');
    expect(errorCodeOption('VPC.0114')).toBe(formatVpcCode(114));
    expect(errorCodeOption('nope')).toBeNull();
  });
});

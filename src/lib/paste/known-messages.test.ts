// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { KnownMessage } from './types';
import { matchMessage } from './known-messages';

// Documented messages of these codes, as the data lists them.
const messages: KnownMessage[] = [
  { code: 'VPC.9902', statuses: [409], message: 'Security group xxx is in use.' },
  { code: 'VPC.9902', statuses: [409], message: 'Security Group xxx is in use.' },
  { code: 'VPC.0114', statuses: [409], message: "Quota exceeded for resources: ['router']." },
  { code: 'VPC.2201', statuses: [403], message: "Policy doesn't allow <x:x:x> to be performed" },
  { code: 'VPC.0501', statuses: [400], message: 'Port id is invalid.' },
  { code: 'VPC.0201', statuses: [400], message: 'xx is invalid.' },
  { code: 'VPC.3002', statuses: [500], message: 'Create flow log by xxx(tenant_id) fail.' },
  { code: 'VPC.0010', statuses: [403], message: 'Rules on xx by ** disallowed by policy' },
  {
    code: 'VPC.9907',
    statuses: [409],
    message:
      '1. The IP address group is used by a security group rule.\\n2. The IP address group is used by a network ACL rule.',
  },
];

describe('matchMessage', () => {
  it('reads the placeholders as any one value', () => {
    expect(matchMessage('Security group 5c0e1f2a-0d4e is in use.', messages)).toEqual(['VPC.9902']);
    expect(matchMessage("Policy doesn't allow vpc:subnets:create to be performed", messages)).toEqual(['VPC.2201']);
    expect(matchMessage('Create flow log by 0a1b2c fail.', messages)).toEqual(['VPC.3002']);
    expect(matchMessage('Rules on network:router by admin disallowed by policy', messages)).toEqual(['VPC.0010']);
  });

  it('ignores case, runs of spaces, a line break and the final full stop', () => {
    expect(matchMessage("quota exceeded  for resources: ['router']", messages)).toEqual(['VPC.0114']);
    const both =
      '1. The IP address group is used by a security group rule.\n2. The IP address group is used by a network ACL rule.';
    expect(matchMessage(both, messages)).toEqual(['VPC.9907']);
  });

  it('prefers the message with the most fixed words', () => {
    expect(matchMessage('Port id is invalid.', messages)).toEqual(['VPC.0501']);
    expect(matchMessage('gateway_ip is invalid.', messages)).toEqual(['VPC.0201']);
    // A value is one word: an ID, a name, a field.
    expect(matchMessage('The gateway ip is invalid.', messages)).toEqual([]);
  });

  it('looks inside longer text only for messages long enough not to match by chance', () => {
    const line = "2024-05-01 ERROR Quota exceeded for resources: ['router']. (request abc)";
    expect(matchMessage(line, messages)).toEqual([]);
    expect(matchMessage(line, messages, true)).toEqual(['VPC.0114']);
    expect(matchMessage('the name is invalid in this request', messages, true)).toEqual([]);
    expect(matchMessage('Security group is in use.', messages)).toEqual([]);
  });
});

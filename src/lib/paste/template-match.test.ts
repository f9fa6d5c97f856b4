// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { align, compileTemplate, wordsOf } from './template-match';

const whole = (template: string, text: string) => align(compileTemplate(template), wordsOf(text), false);
const inside = (template: string, text: string) => align(compileTemplate(template), wordsOf(text), true);

describe('compileTemplate', () => {
  it('reads every kind of placeholder as one slot', () => {
    expect(compileTemplate('Security Group %(id)s %(reason)s.').tokens).toEqual(['security', 'group', null]);
    expect(compileTemplate('Create flow log by xxx(tenant_id) fail.').tokens).toEqual([
      'create',
      'flow',
      'log',
      'by',
      null,
      'fail',
    ]);
    // "doesn't" is two words, as in a paste.
    expect(compileTemplate("Policy doesn't allow <x:x:x> to be performed").fixed).toBe(7);
  });
});

describe('align', () => {
  it('matches a wording with its placeholders filled by one or more words', () => {
    expect(whole('Security Group %(id)s %(reason)s.', 'Security group 5c0e1f2a is in use.')?.cost).toBe(0);
    expect(whole('Port %(port_id)s could not be found.', 'Port 99d9d709-8478-4b46 could not be found.')?.cost).toBe(0);
    expect(whole('Port %(port_id)s could not be found.', 'Port could not be found.')).toBeNull();
  });

  it('still matches with one word changed, added or missing, and says which pasted words differ', () => {
    const template = 'Unable to complete operation on subnet %(subnet_id)s: %(reason)s.';
    const changed = whole(template, 'Unable to complete operations on subnet s-1: one or more ports are in use.');
    expect(changed).toMatchObject({ cost: 1, differs: ['operations'] });
    // Five fixed words allow no edit by default; a caller comparing with a code's own messages allows one.
    const quota = ["Quota exceeded for resources: ['router'].", "Quota exceeded for resources: ['vpc']."] as const;
    expect(whole(...quota)).toBeNull();
    expect(align(compileTemplate(quota[0]), wordsOf(quota[1]), false, 1)).toMatchObject({ cost: 1, differs: ['vpc'] });
    expect(whole(template, 'Unable to finish the operations on subnet s-1: busy.')).toBeNull();
  });

  it('does not let the edit fall on the first word, which says what the message is about', () => {
    expect(
      whole('Subnet %(subnet_id)s could not be found in network.', 'Subnet s-1 could not be found in network.')?.cost,
    ).toBe(0);
    expect(
      whole('Subnet %(subnet_id)s could not be found in network.', 'Port p-1 could not be found in network.'),
    ).toBeNull();
  });

  it('finds a wording inside longer text and gives its place', () => {
    const text = 'ERROR ConflictException: Unable to complete operation on subnet s-1: in use. (req-1)';
    const a = inside('Unable to complete operation on subnet %(subnet_id)s: %(reason)s.', text);
    expect(a?.cost).toBe(0);
    expect(text.slice(a!.start, a!.end)).toMatch(/^Unable to complete operation on subnet s-1: in/);
    // Too few fixed words to be looked for inside other text.
    expect(inside('Router %(router_id)s %(reason)s', 'the router r-1 is gone')).toBeNull();
  });

  it('does not stretch a placeholder over a whole page', () => {
    const far = `Port p-1 ${'word '.repeat(200)} could not be found.`;
    expect(inside('Port %(port_id)s could not be found.', far)).toBeNull();
  });
});

import type { Synonyms } from '../engine/types';
import raw from './synonyms.json' with { type: 'json' };

/*
 * Words and phrases that mean the same to a reader, for the search: any member finds text with
 * another. Each group says in the JSON why it is there, checked against our texts: a group earns
 * its place only where our titles use another word than readers type (or than the other language
 * does). Quota (配额, quota) and subnet (子网, subnet) have no group: every code of those areas says
 * both words in its titles already, and "limit" also names the pagination parameter.
 */
export const synonyms: Synonyms = { groups: raw.groups.map((group) => group.terms) };

/*
 * A light English stemmer, enough for the words of error texts: plural and verb endings
 * (-s, -es, -ies, -ed, -ied, -ing), -tion and -sion, a doubled final consonant and a final e, so
 * that "subnets" finds "subnet" and "deleting" finds "delete", "deleted" and "deletion". Both sides are stemmed alike, so a
 * stem need not be a word ("delet"); it only has to be the same for the forms of one word.
 */

const VOWEL = /[aeiouy]/;
/** -s is a plural or verb ending, except after s, u or i (address, status, this). */
const PLAIN_S = /[^siu]s$/;
/** -es after a sibilant: addresses, boxes, patches. */
const SIBILANT_ES = /(?:s|x|z|ch|sh)es$/;
/** -tion, -sion: the noun of a verb (deletion, creation, expression). */
const ION = /[ts]ion$/;
/** A doubled consonant left by -ed or -ing (mapped, running), but not ll, ss, zz (called, passed). */
const DOUBLED = /([^aeiouylsz])\1$/;

/** Callers leave out words under 3 letters: "on" and "one" must not meet. */
export function stem(word: string): string {
  let s = word;
  if (s.length < 4) {
    // Too short for an ending; only a final e goes (use, used).
  } else if (s.endsWith('ies') || s.endsWith('ied')) s = `${s.slice(0, -3)}y`;
  else if (SIBILANT_ES.test(s)) s = s.slice(0, -2);
  else if (PLAIN_S.test(s)) s = s.slice(0, -1);
  else if (!s.endsWith('eed')) {
    // -eed is part of the word (exceed, need), not an ending.
    const cut = s.endsWith('ed') ? 2 : s.endsWith('ing') ? 3 : 0;
    const base = s.slice(0, s.length - cut);
    if (cut && base.length >= 2 && VOWEL.test(base)) s = DOUBLED.test(base) ? base.slice(0, -1) : base;
  }
  if (ION.test(s) && s.length >= 6) s = s.slice(0, -3);
  return s.length >= 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}

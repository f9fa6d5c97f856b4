/*
 * How a term matched a document, worst to best. A term's value for a document is level << 2 | quality:
 * quality 2 for the typed word, whole (or an exact code); 1 for part of a word, a synonym (or a code
 * prefix); for a typo, 1 in a title and 0 in body text.
 */
export const FUZZY = 1;
export const BODY = 2;
export const TITLE = 3;
export const CODE = 4;

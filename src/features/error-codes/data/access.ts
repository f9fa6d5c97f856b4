import ids from './error-codes.json?ids' with { type: 'json' };
import { formatVpcCode, vpcCodeNumber } from '@/lib/vpc-code';

/*
 * Which error codes exist, without any of their text: routes and not-found pages need this on every
 * page. In a Vite build the `?ids` import carries only the codes (scripts/vite-plugin-data.ts).
 */

export const errorCodeIds: readonly string[] = ids.codes.map((e) => e.code);

/** The resource areas the catalogue filters by, with their labels in both languages (site navigation). */
export const errorAreas = ids.areas;

/** The upstream page, its revisions and licence (the Sources page). */
export const errorCodesSource = ids.source;
const known = new Set(errorCodeIds);

/** The number of a code in any spelling a reader may type or paste (src/lib/vpc-code.ts). */
export const errorCodeNumber = vpcCodeNumber;

export const formatErrorCode = formatVpcCode;

/** The documented code a URL segment names, in its canonical spelling, or undefined. */
export function documentedErrorCode(segment: string | undefined): string | undefined {
  const number = segment === undefined ? null : errorCodeNumber(segment);
  const code = number === null ? undefined : formatErrorCode(number);
  return code !== undefined && known.has(code) ? code : undefined;
}

/** The n documented codes numerically closest to `number`, nearest first, ties by lower code. */
export function nearestErrorCodes(number: number, n = 3): string[] {
  const distance = (code: string) => Math.abs(Number(code.slice(4)) - number);
  return [...errorCodeIds].sort((a, b) => distance(a) - distance(b) || a.localeCompare(b)).slice(0, n);
}

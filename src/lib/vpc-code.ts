/*
 * The one reading of a VPC error code, for every place that takes one from a reader or a portal:
 * URL segments, embed placeholders' data-error, the catalogue. Search reads codes in its own,
 * wider way (full-width characters, prefixes) in the engine's query parser.
 */

/** The number of a code in any spelling a reader may type or paste: VPC.0114, vpc.0114, vpc0114, VPC 0114. */
export function vpcCodeNumber(text: string): number | null {
  const match = /^\s*vpc[\s._-]?(\d{4})\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}

/** A code number in its documented spelling: 114 → VPC.0114. */
export const formatVpcCode = (number: number) => `VPC.${String(number).padStart(4, '0')}`;

import ids from './gateway-codes.json?ids' with { type: 'json' };

/*
 * Which gateway codes exist, without their text: the route table needs this on every page. In a Vite
 * build the `?ids` import carries only the codes (scripts/vite-plugin-data.ts).
 */

export const gatewayCodeIds: readonly string[] = ids.codes.map((e) => e.code);

const known = new Set(gatewayCodeIds);

/** The documented code a URL segment names, in its canonical spelling (apigw.0308 → APIGW.0308), or undefined. */
export function documentedGatewayCode(segment: string | undefined): string | undefined {
  const match = segment === undefined ? null : /^\s*apigw[\s._-]?(\d{4})\s*$/i.exec(segment);
  const code = match ? `APIGW.${match[1] ?? ''}` : undefined;
  return code !== undefined && known.has(code) ? code : undefined;
}

import ids from './neutron-errors.json?ids' with { type: 'json' };

/*
 * Which Neutron error types exist, with their status and without any text: routes and the status pages
 * need this. In a Vite build the `?ids` import carries only these (scripts/vite-plugin-data.ts).
 */

export const neutronTypes: readonly { type: string; status: number }[] = ids.types;

const known = new Set(neutronTypes.map((t) => t.type));

/** The documented type a URL segment names (exactly: Python class names are case-sensitive), or undefined. */
export const documentedNeutronType = (segment: string | undefined): string | undefined =>
  segment !== undefined && known.has(segment) ? segment : undefined;

/** The types Neutron answers with `status`, in type order. */
export const neutronTypesForStatus = (status: number): string[] =>
  neutronTypes.filter((t) => t.status === status).map((t) => t.type);

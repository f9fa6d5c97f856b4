import raw from './data/neutron-errors.json' with { type: 'json' };
import type { NeutronErrorData } from './data/neutron-errors.schema';

/*
 * The Neutron catalogue's build entry: the whole data module, for tests that compare with the real
 * types. Browser code uses index.ts; the linter keeps this entry out of it.
 */
export const neutronErrorData = raw as NeutronErrorData;
/** The types as the paste recogniser compares with them (the build cuts the same for the search). */
export { knownNeutron } from './data/split';

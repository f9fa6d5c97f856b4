/*
 * The Neutron error catalogue's public entry for other features: which types exist, with their
 * status, where they come from, and the shape the paste recogniser compares with.
 */
export { documentedNeutronType, neutronTypes, neutronTypesForStatus } from './data/access';
export { loadNeutronSources, useNeutronSources } from './data/load';
export { knownNeutron } from './data/split';
export type { NeutronErrorData } from './data/neutron-errors.schema';

/*
 * The Neutron error catalogue's public entry for other features: which types exist, with their
 * status, where they come from, and the shape the paste recogniser compares with.
 */
export { documentedNeutronType, neutronSources, neutronTypes, neutronTypesForStatus } from './data/access';
export { knownNeutron } from './data/split';
export type { NeutronErrorData } from './data/neutron-errors.schema';

/*
 * The Neutron error catalogue's public entry: which types exist, with their status, where they come
 * from, and the pages' parts that routes compose.
 */
export { documentedNeutronType, neutronTypes, neutronTypesForStatus } from './data/access';
export { loadNeutronDetails, loadNeutronIndex, loadNeutronSources } from './data/load';
export type { NeutronDetails, NeutronIndexEntry, NeutronSources } from './data/split';
export type { NeutronErrorData } from './data/neutron-errors.schema';
export { NeutronErrorDetail } from './components/neutron-error-detail';
export { NeutronErrorList } from './components/neutron-error-list';
export { NEUTRON_TYPES_HEADING, NeutronTypesForStatus } from './components/neutron-types-for-status';

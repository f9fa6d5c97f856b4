/* The search's code and texts load as one chunk on first use; every way in shares this one import. */
export const loadSearchModule = () => import('./load');

import { once } from '@/lib/tracked-promise';

/*
 * Search code loads when it is first needed (focus on the box, a query in the URL) or when the
 * browser is idle, not with the page: reading the tables needs none of it.
 */
export const loadSearch = once(() => import('./search-codes'));

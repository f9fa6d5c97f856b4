import data from './gateway-codes.json?source' with { type: 'json' };

/*
 * The upstream page, its revision and licence, for the pages that name it (a code page, the Sources
 * page). In a Vite build the `?source` import carries only that (scripts/vite-plugin-data.ts), so the
 * route table's ids stay small.
 */
export const gatewayCodesSource = data.source;

/** Query parameters that pages read, shared by the scripts that write them (the embed loader). */
export const queryParams = { query: 'q', classFilter: 'class', theme: 'theme' } as const;

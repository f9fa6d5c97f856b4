/* The pieces of neutron-errors.json the build serves to pages (scripts/vite-plugin-data.ts). */

declare module '*neutron-errors.json?ids' {
  const data: import('./split').NeutronIds;
  export default data;
}

declare module 'virtual:neutron-errors/index/*' {
  const index: import('./split').NeutronIndexEntry[];
  export default index;
}

declare module 'virtual:neutron-errors/sources' {
  const sources: import('./split').NeutronSources;
  export default sources;
}

declare module 'virtual:neutron-errors/loaders' {
  export const loaders: Record<
    import('@/lib/languages').Lang,
    Record<string, (() => Promise<{ default: import('./split').NeutronDetails }>) | undefined>
  >;
}

/* The searched text, built from the data modules by the build (scripts/vite-plugin-data.ts). */
declare module 'virtual:search/corpus/status' {
  export const docs: import('./engine/types').SearchDoc[];
  export const synonyms: import('./engine/types').Synonyms;
}

declare module 'virtual:search/corpus/error' {
  export const docs: import('./engine/types').SearchDoc[];
  export const synonyms: import('./engine/types').Synonyms;
  export const messages: import('./engine/types').KnownMessage[];
}

declare module 'virtual:search/corpus/gateway' {
  export const docs: import('./engine/types').SearchDoc[];
  export const synonyms: import('./engine/types').Synonyms;
  export const gateway: import('@/lib/paste/recognize').KnownGateway[];
}

declare module 'virtual:search/corpus/neutron' {
  export const docs: import('./engine/types').SearchDoc[];
  export const neutron: import('@/lib/paste/recognize').KnownNeutron[];
}

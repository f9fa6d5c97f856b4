/* The pieces of error-codes.json the build serves to pages (scripts/vite-plugin-data.ts). */

declare module '*error-codes.json?ids' {
  const data: {
    source: import('./error-codes.schema').ErrorCodeData['source'];
    areas: import('./error-codes.schema').Area[];
    codes: { code: string }[];
  };
  export default data;
}

declare module 'virtual:error-codes/index/*' {
  const index: import('./split').ErrorIndex;
  export default index;
}

declare module 'virtual:error-codes/loaders' {
  export const loaders: Record<
    import('@/lib/languages').Lang,
    Record<string, (() => Promise<{ default: import('./split').ErrorDetails }>) | undefined>
  >;
}

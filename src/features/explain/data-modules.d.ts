/* The explainer's data as the build cuts it (scripts/vite-plugin-explain-data.ts). */

declare module 'virtual:explain/core' {
  const core: import('./explain-data').ExplainCore;
  export default core;
}

declare module 'virtual:explain/texts/*' {
  const texts: import('./explain-data').ExplainTexts;
  export default texts;
}

declare module 'virtual:explain/site' {
  /** The site's public address, ending in "/". */
  const siteUrl: string;
  export default siteUrl;
  /** The npm package's version. */
  export const version: string;
}

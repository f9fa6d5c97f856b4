/* The pieces of status-codes.json the build serves to pages (scripts/vite-plugin-data.ts). */

declare module '*status-codes.json?core' {
  const data: import('./status-codes').StatusCodeCoreData;
  export default data;
}

declare module 'virtual:status-codes/details/*' {
  const details: import('./status-codes').DetailsByCode;
  export default details;
}

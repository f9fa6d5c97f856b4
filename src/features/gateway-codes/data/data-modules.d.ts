/* The pieces of gateway-codes.json the build serves to pages (scripts/vite-plugin-data.ts). */

declare module '*gateway-codes.json?ids' {
  const data: import('./split').GatewayIds;
  export default data;
}

declare module '*gateway-codes.json?source' {
  const data: { source: import('./gateway-codes.schema').GatewayCodeData['source'] };
  export default data;
}

declare module 'virtual:gateway-codes/catalogue/*' {
  const catalogue: import('./split').GatewayCatalogue;
  export default catalogue;
}

declare module 'virtual:gateway-codes/index/*' {
  const index: import('./split').GatewayIndex;
  export default index;
}

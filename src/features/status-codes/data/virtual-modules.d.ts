declare module 'virtual:status-codes/core' {
  const data: import('./status-codes').StatusCodeCoreData;
  export default data;
}

declare module 'virtual:status-codes/details/*' {
  const details: import('./status-codes').DetailsByCode;
  export default details;
}

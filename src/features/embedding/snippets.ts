/** The copy-paste snippets shown on the Embed page, built from the site's own address. */

export function loaderSnippet(scriptUrl: string): string {
  return [
    '<div data-vpc-status-codes data-lang="en" data-code="404" data-theme="auto"></div>',
    `<script src="${scriptUrl}" async></script>`,
  ].join('\n');
}

export function iframeSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${embedUrl}" title="${title}" loading="lazy" width="100%" height="900"></iframe>`;
}

export function headersSnippet(siteOrigin: string) {
  return {
    host: `Content-Security-Policy: script-src 'self' ${siteOrigin}; frame-src ${siteOrigin}`,
    site: `Content-Security-Policy: frame-ancestors 'self' https://portal.example.com`,
  };
}

export const EMBED_OPTIONS = [
  { name: 'data-lang', values: 'zh | en', key: 'optLang' },
  { name: 'data-code', values: '200 … 504', key: 'optCode' },
  { name: 'data-query', values: 'text', key: 'optQuery' },
  { name: 'data-class', values: 'all | 2xx | 4xx | 5xx', key: 'optClass' },
  { name: 'data-theme', values: 'auto | light | dark', key: 'optTheme' },
] as const;

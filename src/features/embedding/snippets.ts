import { OPTION_ATTRIBUTES, PLACEHOLDER_ATTRIBUTE } from '@/lib/embed-protocol';

/** The copy-paste snippets shown on the Embed page, built from the site's own address. */

export function loaderSnippet(scriptUrl: string): string {
  return [
    `<div ${PLACEHOLDER_ATTRIBUTE} ${OPTION_ATTRIBUTES.lang}="en" ${OPTION_ATTRIBUTES.code}="404" ${OPTION_ATTRIBUTES.theme}="auto"></div>`,
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
  { name: OPTION_ATTRIBUTES.lang, values: 'zh | en', key: 'optLang' },
  { name: OPTION_ATTRIBUTES.code, values: '200 … 504', key: 'optCode' },
  { name: OPTION_ATTRIBUTES.errorCode, values: 'VPC.0114 …', key: 'optError' },
  { name: OPTION_ATTRIBUTES.query, values: 'text', key: 'optQuery' },
  { name: OPTION_ATTRIBUTES.classFilter, values: 'all | 2xx | 4xx | 5xx', key: 'optClass' },
  { name: OPTION_ATTRIBUTES.theme, values: 'auto | light | dark', key: 'optTheme' },
] as const;

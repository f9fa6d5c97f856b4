/* UI strings only; content lives in the status-code data module. */
import { FRAME_TITLES } from './frame-titles';

export const en = {
  site: {
    name: 'VPC API status codes',
    tagline: 'What each HTTP status code of the VPC API means, and what to do about it.',
    skipToContent: 'Skip to content',
    footer:
      'Source: the VPC API reference, “Status codes”. English text, guidance and examples are editorial additions.',
    shareImageAlt: 'VPC API status codes: 200, 404, 503 and more, explained in Chinese and English',
    home: 'Status codes',
  },
  langSwitch: {
    label: 'Language',
    /** Identical in every language: readers who cannot read the page's language still find the switch. */
    bilingualLabel: '语言 / Language',
    switchTo: 'Read this page in Chinese',
  },
  index: {
    title: 'VPC API status codes',
    description:
      'Every HTTP status code the VPC API returns, in Chinese and English: meaning, what to do, RFC 9110 references and example error bodies.',
    intro:
      'The tables below are the status codes listed in the VPC API reference. Select a code for what it means for this API and what to do about it.',
    openCode: '{{code}} {{phrase}}: details',
  },
  search: {
    label: 'Search status codes',
    placeholder: 'Code, phrase or word, e.g. 404, timeout, 冲突',
    hint: 'Press / to search, Escape to clear, Enter to open a single match.',
    noScript: 'Search needs JavaScript; every code is listed below.',
    classLegend: 'Class',
    classAll: 'All',
    count_one: 'Showing {{count}} of {{total}} codes',
    count_other: 'Showing {{count}} of {{total}} codes',
    noMatches: 'No codes match “{{query}}”.',
    nearest: 'Nearest codes:',
    tryHint: 'Try a code (404), a class (5xx) or a word from the description, in English or Chinese.',
    clear: 'Clear search',
  },
  detail: {
    title: '{{code}} {{phrase}} — VPC API status codes',
    description: 'HTTP {{code}} {{phrase}} in the VPC API: {{text}}',
    breadcrumb: 'Breadcrumb',
    classLabel: {
      '1xx': '1xx informational',
      '2xx': '2xx success',
      '3xx': '3xx redirection',
      '4xx': '4xx client error',
      '5xx': '5xx server error',
    },
    tableLabel: { success: 'Listed in Table 1 (successful responses)', error: 'Listed in Table 2 (error responses)' },
    descriptionHeading: 'Description',
    fromReference: 'From the API reference',
    originalText: 'Original (Chinese)',
    meaningHeading: 'What it means for this API',
    actionHeading: 'What to do',
    retryLabel: 'Retrying',
    retry: {
      'not-needed': 'Nothing to retry: the request succeeded.',
      'do-not-retry': 'Do not retry the same request unchanged.',
      'after-fix': 'Retry only after fixing the cause.',
      'idempotent-with-backoff':
        'Retry later with exponential backoff; retry automatically only idempotent methods (GET, PUT, DELETE).',
    },
    examplesHeading: 'Example error bodies',
    examplesNote: 'Illustrative examples of the two error formats; real codes and messages vary by operation.',
    exampleVpc: 'VPC API format',
    exampleNeutron: 'OpenStack Neutron-compatible format',
    referenceHeading: 'Reference',
    rfcLink: 'RFC 9110, section {{section}}',
    cacheable: 'Heuristically cacheable by default (RFC 9110 §15.1)',
    cacheableYes: 'Yes',
    cacheableNo: 'No',
    relatedHeading: 'Related codes',
    pager: 'Previous and next codes',
    previous: 'Previous: {{code}} {{phrase}}',
    next: 'Next: {{code}} {{phrase}}',
    backToTable: 'Back to the table',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy; the address is in the address bar',
  },
  embed: {
    openFull: 'Open in the full reference',
    opensInNewTab: '(opens in a new tab)',
    backToTables: 'All status codes',
    examplesToggle: 'Example error bodies',
    notFound: '{{code}} is not a documented status code.',
    notFoundPath: 'There is nothing to show here.',
  },
  embedding: {
    nav: 'Embed',
    title: 'Embed the reference — VPC API status codes',
    description: 'Add the VPC API status-code tables, or one code as a card, to your own portal with one line.',
    heading: 'Embed the reference in your portal',
    intro:
      'Show the status-code tables, or a single code as a card, inside your own documentation. The embed always shows the current data, fits its content height and follows your theme.',
    snippetHeading: 'The snippet',
    snippetIntro: 'Add a placeholder where the embed should appear, and the loader script once per page:',
    optionsHeading: 'Options',
    optionName: 'Attribute',
    optionValues: 'Values',
    optionMeaning: 'Meaning',
    optLang: 'Language of the embed. Default: zh.',
    optCode: 'One code as a card. Omit for the tables.',
    optQuery: 'Initial search query for the tables.',
    optClass: 'Initial class filter for the tables.',
    optTheme: 'Colour theme; auto follows the reader’s system setting. Default: auto.',
    previewHeading: 'Live preview',
    previewIntro: 'The two snippets below, as your readers will see them:',
    iframeHeading: 'Without the script',
    iframeIntro:
      'Portals that do not allow third-party scripts can use a plain iframe. It cannot resize itself, so give it a height:',
    headersHeading: 'Headers',
    headersIntro:
      'The host page’s Content Security Policy must allow the loader and the frame; this site’s own policy must allow being framed by the portal:',
    headersHost: 'On the portal (host page):',
    headersSite: 'On this site, for the embed pages:',
    privacy:
      'The embed only ever sends its content height to the host page, and the loader accepts such messages only from its own frames.',
    iframeTitle: FRAME_TITLES.en.tables,
    iframeTitleCode: FRAME_TITLES.en.code,
  },
  notFound: {
    title: 'Page not found — VPC API status codes',
    heading: 'Page not found',
    body: 'There is no page at {{path}}.',
    unknownCode: '{{code}} is not one of the status codes the VPC API documents.',
    nearest: 'Nearest documented codes:',
    toIndex: 'See all status codes',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must provide: same keys as English, any text. */
export type UiResource = Widen<typeof en>;

/* The UI strings only the embedding and sources pages and the search dialog use: loaded with them. */
import type { Widen } from './en';
import { FRAME_TITLES } from './frame-titles';

export const enPages = {
  embedding: {
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
    optError: "One of the API's error codes as a card. Wins over data-code.",
    optTheme: "Colour theme; auto follows the reader's system setting. Default: auto.",
    changesHeading: 'Changing the embed after the page loads',
    changes:
      "The loader watches the page: placeholders added later get their embed, removed ones take it with them, and a changed data-lang, data-code, data-error, data-query or data-class loads the new view. A changed data-theme (your portal's own theme switch) restyles the embed without reloading it.",
    previewHeading: 'Live preview',
    previewIntro: 'The two snippets below, as your readers will see them:',
    iframeHeading: 'Without the script',
    iframeIntro:
      'Portals that do not allow third-party scripts can use a plain iframe. It cannot resize itself, so give it a height:',
    headersHeading: 'Headers',
    headersIntro:
      "The host page's Content Security Policy must allow the loader and the frame; this site's own policy must allow being framed by the portal:",
    headersHost: 'On the portal (host page):',
    headersSite: 'On this site, for the embed pages:',
    privacy:
      "The embed sends the host page nothing but its content height, and the loader sends the embed nothing but the theme. The loader accepts heights only from its own frames on this site's origin; the embed accepts a theme only from the page that framed it.",
    iframeTitle: FRAME_TITLES.en.tables,
    iframeTitleCode: FRAME_TITLES.en.code,
    snippetLabel: 'Embed snippet',
    iframeLabel: 'iframe snippet',
    headersHostLabel: 'Header for the portal',
    headersSiteLabel: 'Header for this site',
  },
  about: {
    nav: 'Sources',
    heading: 'Sources and licences',
    intro:
      "Codes, statuses, operation names and error messages are carried over from the API reference exactly as written there. Every explanation, all guidance and every English translation of the Chinese status page are this site's own.",
    statusHeading: 'Status codes',
    statusSource: 'The Chinese “{{title}}” page ({{topic}}) of the VPC API reference: both tables, verbatim.',
    statusCopy: 'Copy last imported, by its SHA-256:',
    errorHeading: 'Error codes',
    errorSource:
      'The English “{{title}}” page ({{topic}}) of the Virtual Private Cloud API reference, file {{path}} in the public repository {{repository}}.',
    revision: 'Revision {{revision}} of {{date}}.',
    earlierRevision: 'Earlier wordings of messages from revision {{revision}} of {{date}}.',
    licenceHeading: 'Licence',
    licence:
      'The error-code data (codes, statuses, operations and messages) is derived from that page, which is published under the Apache License 2.0. The licence and this notice of the source are kept with the data.',
    licenceLink: 'Apache License 2.0',
    updateHeading: 'Updating the data',
    update:
      "When an upstream page changes, the maintainers run the importer on it. It updates the facts, keeps every text written for this site, lists what changed, and refuses malformed input without touching the data. The site's tests compare the data with the upstream pages on every change.",
    exportsHeading: 'The data as JSON',
    exports: 'Both data sets are published as JSON, each with its JSON Schema:',
  },
  siteSearch: {
    title: 'Search status codes and error codes',
    label: 'Search status codes and error codes, or paste an error',
    placeholder: 'A code, a word, or a pasted error body',
    close: 'Close',
    hint: 'Up and down arrows move, Enter opens, Escape closes.',
    results: 'Results',
    count_one: '{{count}} result',
    count_other: '{{count}} results',
    recognized_one: 'Recognised a pasted error',
    recognized_other: 'Recognised {{count}} pasted errors',
    none: 'Nothing matches “{{query}}”. Try a code (404, VPC.0114), a word (timeout, quota) or a whole error body.',
    tips: 'Try 404, 4xx, VPC.0114, quota, 超时, or paste the error body or log line you got.',
    statusCode: 'Status code',
    errorCode: 'Error code',
    pasted: 'Your error',
    pasteError: 'This is {{code}}, {{status}}: {{title}}',
    pasteUnknown: '{{code}} is not a documented error code',
    pasteNeutron: 'A Neutron {{type}} error: {{status}}',
    pasteGateway: 'An API gateway error {{code}}: {{status}}',
    pasteStatus: 'HTTP {{status}}',
    pasteItem: 'For item {{id}}',
    openStatus: 'About {{status}}',
  },
} as const;

export type UiPages = Widen<typeof enPages>;

/* Embedding the reference in another site: the snippets the Embed page offers, and its live preview. */
export { EMBED_OPTIONS, headersSnippet, iframeSnippet, loaderSnippet } from './snippets';
export { LivePreview } from './components/live-preview';

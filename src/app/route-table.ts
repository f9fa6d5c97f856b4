import {
  documentedErrorCode,
  errorCodeIds,
  errorCodeNumber,
  loadErrorIndex,
  loadErrorPage,
  preloadErrorCatalogue,
  type ErrorIndex,
  type ErrorPageData,
} from '@/features/error-codes';
import {
  findEntry,
  loadStatusDetails,
  preloadSearchableTables,
  statusCodes,
  type CodeDetails,
} from '@/features/status-codes';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from '@/lib/languages';
import {
  documentedGatewayCode,
  gatewayCodeIds,
  loadGatewayCatalogue,
  loadGatewayIndex,
  type GatewayCatalogue,
  type GatewayIndex,
} from '@/features/gateway-codes';
import {
  documentedNeutronType,
  neutronTypes,
  loadNeutronDetails,
  loadNeutronIndex,
  loadNeutronSources,
} from '@/features/neutron-errors';
import { patterns, paths } from '@/lib/paths';
import { queryParams } from '@/lib/query-params';
import { preloadable } from '@/lib/preloadable';
import { loadUiPageStrings } from '@/locales/load';
import type { Translate } from '@/locales/translate';
import { definePage, type PageDefinition } from './page-definition';

/*
 * Every kind of page, declared once: its URL, its chunk, what it loads, its head, what the build
 * writes, whether it is an embed view and whether it is indexed. The router, the prerender, the
 * head tags, the sitemap, the budgets, the benchmark and the end-to-end tests all read this table.
 * Order matters: a path is the first kind that accepts it; the last kinds catch the rest.
 */

/** A three-digit code that the data documents, from a URL segment. */
const documentedCode = (segment: string | undefined) =>
  segment !== undefined && /^\d{3}$/.test(segment) ? findEntry(Number(segment))?.code : undefined;

/**
 * What a reader may have meant by the last segment of a path we do not have, for "nearest codes" on
 * a not-found page: a number (a status code) or an error code's number (VPC.9999).
 */
function requested(path: string) {
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  return { requestedCode: /^\d{1,6}$/.test(last) ? Number(last) : null, requestedError: errorCodeNumber(last) };
}

/** Shown to the reader as typed; malformed percent-encoding is shown as it came. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const withLang = <P extends object>(raw: Record<string, string>, params: P) =>
  isLang(raw.lang) ? { lang: raw.lang, params } : null;

const withCode = (raw: Record<string, string>) => {
  const code = documentedCode(raw.code);
  return code === undefined ? null : withLang(raw, { code });
};

/** A documented error code in any spelling (vpc.0114 reaches VPC.0114; see `canonical`). */
const withErrorCode = (raw: Record<string, string>) => {
  const code = documentedErrorCode(raw.code);
  return code === undefined ? null : withLang(raw, { code });
};

const allErrorCodes = () => errorCodeIds.map((code) => ({ code }));

/** A documented gateway code in any spelling (apigw.0308 reaches APIGW.0308; see `canonical`). */
const withGatewayCode = (raw: Record<string, string>) => {
  const code = documentedGatewayCode(raw.code);
  return code === undefined ? null : withLang(raw, { code });
};

/** A gateway code's title, and its meaning's first sentence as the description. */
function gatewayHead({
  t,
  params: { code },
  data,
}: {
  t: Translate;
  params: { code: string };
  data: GatewayCatalogue | undefined;
}) {
  const entry = data?.codes.find((e) => e.code === code);
  return {
    title: t('gateway.pageTitle', { code, title: entry?.title ?? '' }),
    description: t('gateway.pageDescription', { code, text: firstSentence(entry?.meaning ?? '') }),
  };
}

/** An error code's title, and its meaning's first sentence as the description. */
function errorHead({ t, params: { code }, data }: { t: Translate; params: { code: string }; data?: ErrorPageData }) {
  const title = data?.index.codes.find((e) => e.code === code)?.title ?? '';
  return {
    title: t('errors.pageTitle', { code, title }),
    description: t('errors.pageDescription', { code, text: firstSentence(data?.details.meaning ?? title) }),
  };
}

/** The error-code index in each of `langs`: the nearest codes on a not-found page. */
const errorIndexes = async (langs: readonly Lang[]) =>
  Object.fromEntries(await Promise.all(langs.map(async (l) => [l, await loadErrorIndex(l)] as const))) as Partial<
    Record<Lang, ErrorIndex>
  >;

const allCodes = () => statusCodes.map((e) => ({ code: e.code }));

/** A documented Neutron error type, spelled exactly (Python class names are case-sensitive). */
const withNeutronType = (raw: Record<string, string>) => {
  const type = documentedNeutronType(raw.type);
  return type === undefined ? null : withLang(raw, { type });
};

/** A Neutron type's page: its texts, and the error codes' titles for its related VPC codes. */
const neutronPageData = async (lang: Lang, type: string) => {
  const [details, errorIndex] = await Promise.all([
    loadNeutronDetails(lang, type),
    loadErrorIndex(lang),
    loadUiPageStrings(lang),
  ]);
  return { details, errorIndex };
};

/** The guidance of a code in the page's language: its description leads with its first sentence. */
const firstSentence = (text: string) => /^.+?(?:\.(?=\s|$)|。)/u.exec(text)?.[0] ?? text;

/** What a status code's embed card renders with: its guidance, and the error codes seen with it. */
interface CodeCardData {
  details: CodeDetails | undefined;
  errorIndex: ErrorIndex;
}

/** A status code's page also lists the gateway's codes documented with it. */
interface CodePageData extends CodeCardData {
  gatewayIndex: GatewayIndex;
}

const loadCodeCard = async (lang: Lang, code: number): Promise<CodeCardData> => {
  const [details, errorIndex] = await Promise.all([loadStatusDetails(lang), loadErrorIndex(lang)]);
  return { details: details[code], errorIndex };
};

const loadCodePage = async (lang: Lang, code: number): Promise<CodePageData> => {
  const [card, gatewayIndex] = await Promise.all([loadCodeCard(lang, code), loadGatewayIndex(lang)]);
  return { ...card, gatewayIndex };
};

/** A code's title, and its guidance's first sentence as the description. */
function codeHead({ t, params: { code }, data }: { t: Translate; params: { code: number }; data?: CodeCardData }) {
  const entry = findEntry(code)!;
  const vars = { code: entry.code, phrase: entry.reasonPhrase };
  return {
    title: t('detail.title', vars),
    description: t('detail.description', { ...vars, text: firstSentence(data?.details?.meaning ?? '') }),
  };
}

export const pageTable = {
  index: definePage({
    pattern: patterns.index,
    parse: (raw) => withLang(raw, {}),
    path: (lang) => paths.index(lang),
    component: preloadable(async () => (await import('@/routes/index-route')).IndexRoute),
    data: () => preloadSearchableTables(),
    head: ({ t }) => ({ title: t('index.title'), description: t('index.description') }),
    prerender: () => [{}],
    section: 'status',
    indexed: true,
    root: true,
  }),
  code: definePage({
    pattern: patterns.code,
    parse: withCode,
    path: (lang, { code }) => paths.codeDetail(lang, code),
    component: preloadable(async () => (await import('@/routes/code-route')).CodeRoute),
    data: (lang, { code }) => loadCodePage(lang, code),
    head: codeHead,
    prerender: allCodes,
    section: 'status',
    indexed: true,
  }),
  embedding: definePage({
    pattern: patterns.embedding,
    parse: (raw) => withLang(raw, {}),
    path: (lang) => paths.embedding(lang),
    component: preloadable(async () => (await import('@/routes/embedding-route')).EmbeddingRoute),
    data: (lang) => loadUiPageStrings(lang),
    head: ({ t }) => ({ title: t('embedding.title'), description: t('embedding.description') }),
    prerender: () => [{}],
    section: 'embedding',
    indexed: true,
  }),
  'embed-index': definePage({
    pattern: patterns.embedIndex,
    parse: (raw) => withLang(raw, {}),
    path: (lang) => paths.embedIndex(lang),
    component: preloadable(async () => (await import('@/routes/embed-index-route')).EmbedIndexRoute),
    data: () => preloadSearchableTables(),
    head: ({ t }) => ({ title: t('index.title'), description: t('index.description') }),
    prerender: () => [{}],
    embed: {
      full: (lang, _, search) => {
        const query = search.get(queryParams.query);
        const kept = query ? `?${new URLSearchParams({ [queryParams.query]: query }).toString()}` : '';
        return paths.index(lang) + kept;
      },
    },
    indexed: false,
  }),
  'embed-code': definePage({
    pattern: patterns.embedCode,
    parse: withCode,
    path: (lang, { code }) => paths.embedCode(lang, code),
    component: preloadable(async () => (await import('@/routes/embed-code-route')).EmbedCodeRoute),
    data: (lang, { code }) => loadCodeCard(lang, code),
    head: codeHead,
    prerender: allCodes,
    embed: { full: (lang, { code }) => paths.codeDetail(lang, code) },
    indexed: false,
  }),
  'errors-index': definePage({
    pattern: patterns.errorsIndex,
    parse: (raw) => withLang(raw, {}),
    path: (lang) => paths.errorsIndex(lang),
    component: preloadable(async () => (await import('@/routes/errors-index-route')).ErrorsIndexRoute),
    data: async (lang) => (await Promise.all([loadErrorIndex(lang), preloadErrorCatalogue()]))[0],
    head: ({ t }) => ({ title: t('errors.indexTitle'), description: t('errors.indexDescription') }),
    prerender: () => [{}],
    section: 'errors',
    indexed: true,
  }),
  'error-code': definePage({
    pattern: patterns.errorCode,
    parse: withErrorCode,
    path: (lang, { code }) => paths.errorCode(lang, code),
    component: preloadable(async () => (await import('@/routes/error-code-route')).ErrorCodeRoute),
    data: (lang, { code }) => loadErrorPage(lang, code),
    head: errorHead,
    prerender: allErrorCodes,
    canonical: true,
    section: 'errors',
    indexed: true,
  }),
  'embed-error': definePage({
    pattern: patterns.embedError,
    parse: withErrorCode,
    path: (lang, { code }) => paths.embedError(lang, code),
    component: preloadable(async () => (await import('@/routes/embed-error-route')).EmbedErrorRoute),
    data: (lang, { code }) => loadErrorPage(lang, code),
    head: errorHead,
    prerender: allErrorCodes,
    embed: { full: (lang, { code }) => paths.errorCode(lang, code) },
    canonical: true,
    indexed: false,
  }),
  'gateway-index': definePage({
    pattern: patterns.gatewayIndex,
    parse: (raw) => withLang(raw, {}),
    path: (lang) => paths.gatewayIndex(lang),
    component: preloadable(async () => (await import('@/routes/gateway-index-route')).GatewayIndexRoute),
    // The page strings carry the head's too: they are loaded with the data, before the head is written.
    data: async (lang) => (await Promise.all([loadGatewayCatalogue(lang), loadUiPageStrings(lang)]))[0],
    head: ({ t }) => ({ title: t('gateway.indexTitle'), description: t('gateway.indexDescription') }),
    prerender: () => [{}],
    section: 'gateway',
    indexed: true,
  }),
  'gateway-code': definePage({
    pattern: patterns.gatewayCode,
    parse: withGatewayCode,
    path: (lang, { code }) => paths.gatewayCode(lang, code),
    component: preloadable(async () => (await import('@/routes/gateway-code-route')).GatewayCodeRoute),
    data: async (lang) => (await Promise.all([loadGatewayCatalogue(lang), loadUiPageStrings(lang)]))[0],
    head: gatewayHead,
    prerender: () => gatewayCodeIds.map((code) => ({ code })),
    canonical: true,
    section: 'gateway',
    indexed: true,
  }),
  'neutron-index': definePage({
    pattern: patterns.neutronIndex,
    parse: (raw) => withLang(raw, {}),
    path: (lang) => paths.neutronIndex(lang),
    component: preloadable(async () => (await import('@/routes/neutron-index-route')).NeutronIndexRoute),
    // The page strings carry the head's too: they are loaded with the data, before the head is written.
    data: async (lang) => (await Promise.all([loadNeutronIndex(lang), loadUiPageStrings(lang)]))[0],
    head: ({ t }) => ({ title: t('neutron.indexTitle'), description: t('neutron.indexDescription') }),
    prerender: () => [{}],
    section: 'errors',
    indexed: true,
  }),
  'neutron-error': definePage({
    pattern: patterns.neutronError,
    parse: withNeutronType,
    path: (lang, { type }) => paths.neutronError(lang, type),
    component: preloadable(async () => (await import('@/routes/neutron-error-route')).NeutronErrorRoute),
    data: (lang, { type }) => neutronPageData(lang, type),
    head: ({ t, params: { type }, data }) => ({
      title: t('neutron.pageTitle', { type, title: data?.details?.title ?? '' }),
      description: t('neutron.pageDescription', {
        type,
        status: String(data?.details?.status ?? ''),
        text: firstSentence(data?.details?.meaning ?? data?.details?.title ?? ''),
      }),
    }),
    prerender: () => neutronTypes.map(({ type }) => ({ type })),
    section: 'errors',
    indexed: true,
  }),
  about: definePage({
    pattern: patterns.about,
    parse: (raw) => withLang(raw, {}),
    path: (lang) => paths.about(lang),
    component: preloadable(async () => (await import('@/routes/about-route')).AboutRoute),
    data: async (lang) => (await Promise.all([loadNeutronSources(), loadUiPageStrings(lang)]))[0],
    head: ({ t }) => ({ title: t('about.title'), description: t('about.description') }),
    prerender: () => [{}],
    section: 'about',
    indexed: true,
  }),
  /** Inside an embed: a compact card rather than the site's page. */
  'embed-not-found': definePage({
    pattern: patterns.embedAny,
    parse: (raw) => withLang(raw, requested(raw.rest ?? '')),
    path: (lang) => paths.embedIndex(lang),
    component: preloadable(async () => (await import('@/routes/embed-not-found-route')).EmbedNotFoundRoute),
    data: async (lang, { requestedError }) => (requestedError === null ? undefined : loadErrorIndex(lang)),
    head: ({ t }) => ({ title: t('notFound.title'), description: t('index.description') }),
    prerender: () => [],
    embed: { full: (lang) => paths.index(lang) },
    indexed: false,
  }),
  /** Any other path; `lang` is null when the URL names no language we have: the page then speaks both. */
  'not-found': definePage({
    pattern: patterns.any,
    parse: (raw, pathname) => {
      const first = (raw.rest ?? '').split('/')[0];
      const path = safeDecode(pathname);
      const lang = isLang(first) ? first : null;
      return { lang, params: { lang, path, ...requested(pathname) } };
    },
    path: (lang, { path }) => path || paths.index(lang),
    component: preloadable(async () => (await import('@/routes/not-found-route')).NotFoundRoute),
    // Without a language of ours, the page speaks every language (its `lang` param is null).
    data: async (_, { lang, requestedError }) =>
      requestedError === null ? undefined : errorIndexes(lang ? [lang] : LANGUAGES),
    // Without a language of ours, the head joins every language's title: each says only "not found".
    head: ({ t, lang }) => ({
      title: t(lang ? 'notFound.title' : 'notFound.heading'),
      description: t('index.description'),
    }),
    prerender: () => [],
    generic: { lang: null, path: '', requestedCode: null, requestedError: null },
    indexed: false,
  }),
};

export type PageTable = typeof pageTable;
export type PageKind = keyof PageTable;
export type ParamsOf<K extends PageKind> = NonNullable<ReturnType<PageTable[K]['parse']>>['params'];

export interface RouteOf<K extends PageKind> {
  kind: K;
  /** Null only on a not-found page whose URL names no language we have. */
  lang: Lang | null;
  params: ParamsOf<K>;
}
export type AppRoute = { [K in PageKind]: RouteOf<K> }[PageKind];

export const pageKinds = Object.keys(pageTable) as PageKind[];

/**
 * The table entry of a route's kind, with its parameter type erased for generic code (the head, the
 * prerender, preloading): a route's params always come from its own entry's `parse` or `prerender`.
 */
export const pageOf = (kind: PageKind) => pageTable[kind] as unknown as PageDefinition<object, unknown>;

/** The root path shows the index in the default language (see `root` above). */
export const ROOT_ROUTE: AppRoute = { kind: 'index', lang: DEFAULT_LANG, params: {} };

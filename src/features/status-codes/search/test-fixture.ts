import type { HighlightField, SearchableEntry, SearchMatch } from './search';

export interface FixtureEntry extends SearchableEntry {
  id: string;
}

/* Deliberately not in code order, with a repeated code, full-width text, a ligature and a
   character whose lower case is longer (İ), so ordering and highlight offsets are really tested. */
export const fixture: FixtureEntry[] = [
  {
    id: 'gw-timeout',
    code: 504,
    reasonPhrase: 'Gateway Timeout',
    description: { zh: '网关超时。', en: 'İstanbul gateway timed out.' },
  },
  {
    id: 'nf-subnet',
    code: 404,
    reasonPhrase: 'Not Found',
    description: { zh: '子网不存在。', en: 'The subnet does not exist.' },
  },
  { id: 'ok', code: 200, reasonPhrase: 'OK', description: { zh: '操作成功。', en: 'The operation succeeded.' } },
  {
    id: 'timeout',
    code: 408,
    reasonPhrase: 'Request Timeout',
    description: { zh: '请求超时。', en: 'The client was too slow; retry * later.' },
  },
  {
    id: 'nf-port',
    code: 404,
    reasonPhrase: 'Not Found',
    description: { zh: '端口不存在。', en: 'The port was not found (check the ID).' },
  },
  {
    id: 'unauth',
    code: 401,
    reasonPhrase: 'Unauthorized',
    description: { zh: '需要认证。', en: 'Authentication is required.' },
  },
  { id: 'forbidden', code: 403, reasonPhrase: 'Forbidden', description: { zh: '禁止访问。', en: 'Access is denied.' } },
  {
    id: 'conflict',
    code: 409,
    reasonPhrase: 'Conflict',
    description: { zh: '规则冲突。', en: 'The rule clashes with an existing ﬁrewall rule.' },
  },
  {
    id: 'bad-gw',
    code: 502,
    reasonPhrase: 'Bad Gateway',
    description: { zh: '上游ＶＰＣ网关返回错误。', en: 'The upstream gateway (a proxy) answered 404.' },
  },
  {
    id: 'unavail',
    code: 503,
    reasonPhrase: 'Service Unavailable',
    description: { zh: '服务暂时不可用。', en: 'The caller is unauthorised \\ try later.' },
  },
];

export const ranges = (m: SearchMatch<SearchableEntry> | undefined, field: HighlightField) =>
  m?.highlights.find((h) => h.field === field)?.ranges;

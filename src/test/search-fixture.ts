import type { Synonyms } from '@/features/search';
import type { FieldGroup, SearchDoc, SearchField, SearchHit } from '@/lib/search-index';

const field = (name: string, group: FieldGroup, text: string): SearchField => ({
  name,
  lang: name.endsWith('.zh') ? 'zh' : name.endsWith('.en') ? 'en' : null,
  group,
  text,
});
const status = (num: number, phrase: string, ...fields: SearchField[]): SearchDoc => ({
  kind: 'status',
  code: String(num),
  num,
  fields: [field('phrase', 'title', phrase), ...fields],
});
const error = (code: string, ...fields: SearchField[]): SearchDoc => ({
  kind: 'error',
  code,
  num: Number(code.slice(4)),
  fields,
});

/*
 * Made-up texts (the codes are real, the wording is not theirs), deliberately out of code order, with
 * full-width text, a ligature and a character whose lower case is longer (İ), so that ordering and
 * highlight offsets are really tested.
 */
export const fixture: SearchDoc[] = [
  error(
    'VPC.0114',
    field('title.en', 'title', 'Quota used up'),
    field('title.zh', 'title', '配额不足'),
    field('message', 'body', "Quota exceeded for resources: ['router']."),
  ),
  status(
    504,
    'Gateway Timeout',
    field('description.zh', 'title', '网关超时。'),
    field('description.en', 'title', 'İstanbul gateway timed out.'),
  ),
  status(
    404,
    'Not Found',
    field('description.zh', 'title', '服务器无法找到被请求的页面。'),
    field('meaning.en', 'body', 'The subnet was deleted; ＶＰＣ ids are checked first.'),
  ),
  error(
    'VPC.0201',
    field('title.en', 'title', 'Subnet rejected'),
    field('title.zh', 'title', '子网参数无效'),
    field('meaning.en', 'body', 'The ﬁrst subnet in use within the request is invalid.'),
    field('action.en', 'body', 'Rename the cafe\u0301 ㎞ subnet.'),
  ),
  error(
    'VPC.0104',
    field('title.en', 'title', 'Subnets left behind'),
    field('meaning.zh', 'body', '删除VPC前须先删除子网。'),
    field('meaning.en', 'body', 'Deleting the VPC needs its subnets gone; the token is fine.'),
  ),
  status(
    409,
    'Conflict',
    field('description.en', 'title', 'A conflict with the resource.'),
    field('meaning.en', 'body', 'The address is in use, or the quota is used up.'),
    field('meaning.zh', 'body', '资源正在使用中，或Token配额不足。'),
  ),
  error(
    'VPC.0101',
    field('title.en', 'title', 'Bad VPC request'),
    field('meaning.en', 'body', 'Usually a conflict of names, not a timeout.'),
  ),
  status(408, 'Request Timeout', field('description.zh', 'title', '请求超出了服务器的等待时间。')),
];

export const fixtureSynonyms: Synonyms = {
  groups: [
    ['超时', 'timeout', 'timed out'],
    ['不存在', '无法找到', 'not found', 'does not exist'],
  ],
};

/** The codes of hits, in order. */
export const codesOf = (hits: readonly SearchHit[]): string[] => hits.map((h) => h.doc.code);

/** The text a hit's highlights cover, field by field: what a reader sees marked. */
export const marked = (hit: SearchHit | undefined): string[] =>
  (hit?.highlights ?? []).flatMap((h) => h.ranges.map(([a, b]) => hit!.doc.fields[h.field]!.text.slice(a, b)));

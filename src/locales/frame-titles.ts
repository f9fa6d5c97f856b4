import type { Lang } from '@/lib/languages';

/*
 * Titles of the embed frames, which the embed loader sets on a portal's page (where screen readers
 * announce them) and the Embed page shows in its snippets. Their own module, so the loader carries
 * these few strings rather than every UI string.
 */
export const FRAME_TITLES: Record<Lang, { tables: string; code: string; error: string }> = {
  zh: { tables: 'VPC API状态码', code: 'VPC API状态码{{code}}', error: 'VPC API错误码{{code}}' },
  en: { tables: 'VPC API status codes', code: 'VPC API status code {{code}}', error: 'VPC API error code {{code}}' },
};

import type { Lang } from '@/lib/languages';

/*
 * What the app says when a page cannot be shown or opened. Its own small module, bundled with the
 * app's start-up: these must work when loading anything more (the UI strings, a page's chunk) is
 * exactly what failed.
 */
export interface RecoveryTexts {
  /** A link was followed while offline: the page stays, and says so. */
  offline: string;
  dismiss: string;
  /** A page failed to render. */
  errorHeading: string;
  errorBody: string;
  reload: string;
  toIndex: string;
  /** A part of a page (the search, the live preview) failed to load: the page stays. */
  partFailed: string;
  retry: string;
}

export const RECOVERY_TEXTS: Record<Lang, RecoveryTexts> = {
  zh: {
    offline: '无法打开该页面：网络似乎已断开。当前页面保持不变，恢复联网后可再试一次。',
    dismiss: '关闭',
    errorHeading: '无法显示此页面',
    errorBody: '显示此页面时出错。重新加载通常可以解决问题。',
    reload: '重新加载此页面',
    toIndex: '查看全部状态码',
    partFailed: '这一部分未能加载，可能是网络已断开或网站刚刚更新。页面其余内容不受影响。',
    retry: '重试',
  },
  en: {
    offline:
      'Could not open that page: you seem to be offline. This page stays as it is; try again once you are back online.',
    dismiss: 'Dismiss',
    errorHeading: 'This page could not be shown',
    errorBody: 'Something went wrong while showing it. Loading it again usually helps.',
    reload: 'Reload the page',
    toIndex: 'See all status codes',
    partFailed:
      'This part could not be loaded: the connection may be down, or the site was just updated. The rest of the page is unaffected.',
    retry: 'Try again',
  },
};

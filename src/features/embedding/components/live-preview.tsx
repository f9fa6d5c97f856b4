import { useCallback, useEffect, useState } from 'react';
import { LoadFailed } from '@/components/load-boundary';
import { retryFailedLoads } from '@/lib/tracked-promise';
import { OPTION_ATTRIBUTES, PLACEHOLDER_ATTRIBUTE } from '@/lib/embed-protocol';
import { withBase, paths } from '@/lib/paths';
import { useNearViewport } from '@/lib/use-near-viewport';

/**
 * Loads the real loader script once, so the preview is exactly what a portal gets. On a later visit
 * in the same session it is already running and finds the new placeholders by itself. A script that
 * fails to load (offline, or gone after a deploy) is removed, so `retry` can add it afresh; it is
 * retried by itself when the browser comes back online.
 */
function useLoaderScript(load: boolean) {
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    retryFailedLoads();
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    if (!load) return;
    const src = withBase(paths.embedScript());
    if (document.querySelector(`script[src="${src}"]`)) return;
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.addEventListener('error', () => {
      script.remove();
      setFailed(true);
    });
    document.body.append(script);
  }, [load, attempt]);
  useEffect(() => {
    if (!failed) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failed, retry]);
  return { failed, retry };
}

/*
 * The frames run the site itself (about 45 kB of scripts, gzip, beyond this page's own), so they start
 * when a reader scrolls near them: a first visit on a phone, where they sit far below the snippets,
 * downloads only what the page needs. The browser's own lazy loading of frames starts much earlier.
 */
const PREVIEW_MARGIN = '50% 0px';

/** The two snippets the page shows, as placeholders the real loader turns into frames. */
const PREVIEWS = [
  { lang: 'en', code: '404', theme: 'auto' },
  { lang: 'zh', query: '超时', theme: 'auto' },
] as const;

const placeholder = (options: Partial<Record<keyof typeof OPTION_ATTRIBUTES, string>>) => ({
  [PLACEHOLDER_ATTRIBUTE]: '',
  ...Object.fromEntries(
    Object.entries(options).map(([name, value]) => [OPTION_ATTRIBUTES[name as keyof typeof OPTION_ATTRIBUTES], value]),
  ),
});

export function LivePreview() {
  const [ref, near] = useNearViewport<HTMLDivElement>(PREVIEW_MARGIN);
  const { failed, retry } = useLoaderScript(near);
  return (
    <div className="embed-preview" ref={ref}>
      {failed && <LoadFailed onRetry={retry} />}
      {PREVIEWS.map((options) => (
        <div key={Object.values(options).join()} {...placeholder(options)} />
      ))}
    </div>
  );
}

import { useEffect } from 'react';
import { withBase, paths } from '@/lib/paths';

/** Loads the real loader script once, so the preview is exactly what a portal gets. */
function useLoaderScript() {
  useEffect(() => {
    const src = withBase(paths.embedScript());
    if (document.querySelector(`script[src="${src}"]`)) {
      // Already loaded by an earlier visit in this session: ask it to look for new placeholders.
      window.dispatchEvent(new Event('vpc-status-codes:scan'));
      return;
    }
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    document.body.append(script);
  }, []);
}

export function LivePreview() {
  useLoaderScript();
  return (
    <div className="embed-preview">
      <div data-vpc-status-codes="" data-lang="en" data-code="404" data-theme="auto" />
      <div data-vpc-status-codes="" data-lang="zh" data-query="超时" data-theme="auto" />
    </div>
  );
}

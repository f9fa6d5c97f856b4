import { Component, Suspense, type ReactNode } from 'react';
import { useLang } from '@/lib/lang-context';
import { HTML_LANG } from '@/lib/languages';
import { retryFailedLoads } from '@/lib/tracked-promise';
import { RECOVERY_TEXTS } from '@/locales/recovery-texts';

/**
 * What a part of a page shows when it could not load: the reason, a retry, and a reload (a chunk
 * gone after a deploy comes back only with the new page). Its strings come with the start-up.
 */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const lang = useLang();
  const t = RECOVERY_TEXTS[lang];
  return (
    <div className="load-failed" role="alert" lang={HTML_LANG[lang]}>
      <p>{t.partFailed}</p>
      <p className="load-failed__actions">
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>{' '}
        <a href={typeof window === 'undefined' ? '' : window.location.href}>{t.reload}</a>
      </p>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** Shown while the part loads (by default nothing: the prerendered page is there already). */
  fallback?: ReactNode;
}

/**
 * A lazily loaded part of a page (a chunk, its data, the search engine) that fails to load takes
 * only itself down: it says so and offers to try again, and tries again by itself when the browser
 * comes back online. A retry is a new attempt for the loaders (`retryFailedLoads`): they fetch afresh.
 */
export class LoadBoundary extends Component<Props, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidMount() {
    window.addEventListener('online', this.retry);
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.retry);
  }

  retry = () => {
    if (!this.state.failed) return;
    retryFailedLoads();
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
  };

  override render() {
    if (this.state.failed) return <LoadFailed onRetry={this.retry} />;
    return (
      <Suspense key={this.state.attempt} fallback={this.props.fallback ?? null}>
        {this.props.children}
      </Suspense>
    );
  }
}

import { Component, type ReactNode } from 'react';
import { LANGUAGES, HTML_LANG, type Lang } from '@/lib/languages';
import { paths, withBase } from '@/lib/paths';
import { RECOVERY_TEXTS } from '@/locales/recovery-texts';

interface BoundaryProps {
  /** The page shown: a new one clears a failure. */
  resetKey: string;
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a render error in one page from blanking the site: the page is replaced by `fallback`. */
export class PageErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** This very address, loaded in full: what a reader would do by hand. */
const currentHref = (path: string) => (typeof window === 'undefined' ? withBase(path) : window.location.href);

function Message({ lang, path, level }: { lang: Lang; path: string; level: 1 | 2 }) {
  const t = RECOVERY_TEXTS[lang];
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="page-error" lang={HTML_LANG[lang]}>
      <Heading>{t.errorHeading}</Heading>
      <p>{t.errorBody}</p>
      <p className="page-error__actions">
        <a className="button" href={currentHref(path)}>
          {t.reload}
        </a>{' '}
        <a href={withBase(paths.index(lang))}>{t.toIndex}</a>
      </p>
    </section>
  );
}

/**
 * What a page that failed to render shows instead: what happened and a way on, in the page's
 * language (both, for a page in none), never a blank page or a stack trace. Plain links, so they work
 * whatever state the app is in.
 */
export function PageError({ lang, path }: { lang: Lang | null; path: string }) {
  if (lang) return <Message lang={lang} path={path} level={1} />;
  return (
    <>
      <h1 className="visually-hidden">{LANGUAGES.map((l) => RECOVERY_TEXTS[l].errorHeading).join(' / ')}</h1>
      {LANGUAGES.map((l) => (
        <Message key={l} lang={l} path={path} level={2} />
      ))}
    </>
  );
}

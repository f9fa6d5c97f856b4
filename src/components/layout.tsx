import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { DEFAULT_LANG, type Lang } from '@/lib/languages';
import { paths } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';
import { LanguageSwitch } from './language-switch';

/**
 * After a client-side navigation that removed the focused element (a link or the search box on the
 * page left behind), focus falls back to <body>: keyboard and screen-reader users would start over
 * from the top. Put it on the new page's content instead. Focus that survived (the language switch)
 * stays where it is.
 */
function useFocusAfterNavigation() {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(location);
  useEffect(() => {
    if (shown.current === location) return;
    shown.current = location;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) main.current?.focus({ preventScroll: true });
  }, [location]);
  return main;
}

/** Closes the narrow-screen menu when a link in it is followed, so the page it opened is in view. */
function useCloseMenuOnNavigation() {
  const [location] = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location]);
  return menu;
}

/** The site's sections, in the header's order; a page says which one it belongs to. */
export type Section = 'status' | 'errors' | 'gateway' | 'embedding' | 'about';

interface LayoutProps {
  lang: Lang | null;
  section: Section | null;
  /** Date of the newest upstream data, for the footer. */
  updated: string;
  /** Every code and page, grouped: beside the content on wide screens, in the menu on narrow ones. */
  sidebar: ReactNode;
  /** The site search: a button that opens it, in the header. */
  search: ReactNode;
  children: ReactNode;
}

export function Layout({ lang, section, updated, sidebar, search, children }: LayoutProps) {
  const t = useUiText();
  const main = useFocusAfterNavigation();
  const menu = useCloseMenuOnNavigation();
  const at = lang ?? DEFAULT_LANG;
  const nav: { id: Section; href: string; label: string }[] = [
    { id: 'status', href: paths.index(at), label: t('site.home') },
    { id: 'errors', href: paths.errorsIndex(at), label: t('errors.nav') },
    { id: 'gateway', href: paths.gatewayIndex(at), label: t('gateway.nav') },
    { id: 'embedding', href: paths.embedding(at), label: t('embedding.nav') },
  ];
  const sections = (
    <ul>
      {nav.map((item) => (
        <li key={item.id}>
          <Link className="site-header__link" href={item.href} aria-current={item.id === section ? 'page' : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" href={paths.index(at)}>
            {t('site.name')}
          </Link>
          <nav className="site-nav" aria-label={t('site.nav')}>
            {sections}
          </nav>
          <div className="site-header__tools">
            {search}
            <LanguageSwitch current={lang} />
            <details className="site-menu" ref={menu}>
              <summary>
                <span className="site-menu__icon" aria-hidden="true" />
                <span className="visually-hidden">{t('site.menu')}</span>
              </summary>
              <div className="site-menu__panel">
                <nav aria-label={t('site.nav')}>{sections}</nav>
                {sidebar}
              </div>
            </details>
          </div>
        </div>
      </header>
      <div className="docs">
        <aside className="sidebar" aria-label={t('site.sidebar')}>
          {sidebar}
        </aside>
        <main ref={main} id="main" className="page" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        {/* Error-code pages follow another upstream page, under its own licence. */}
        <p>{t(section === 'errors' ? 'site.footerErrors' : 'site.footer')}</p>
        <p>
          <Link href={paths.about(at)} aria-current={section === 'about' ? 'page' : undefined}>
            {t('footer.sources')}
          </Link>{' '}
          · {t('footer.updated', { date: updated })}
        </p>
      </footer>
    </>
  );
}

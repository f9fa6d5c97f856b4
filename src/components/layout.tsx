import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { DEFAULT_LANG, type Lang } from '@/lib/languages';
import { useUiText } from '@/locales/use-ui-text';
import { paths } from '@/lib/paths';
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

/** The site's sections, in the header's order; a page says which one it belongs to. */
export type Section = 'status' | 'errors' | 'embedding' | 'about';

interface LayoutProps {
  lang: Lang | null;
  section: Section | null;
  /** Date of the newest upstream data, for the footer. */
  updated: string;
  children: ReactNode;
}

export function Layout({ lang, section, updated, children }: LayoutProps) {
  const t = useUiText();
  const main = useFocusAfterNavigation();
  const at = lang ?? DEFAULT_LANG;
  const nav: { id: Section; href: string; label: string }[] = [
    { id: 'status', href: paths.index(at), label: t('site.home') },
    { id: 'errors', href: paths.errorsIndex(at), label: t('errors.nav') },
    { id: 'embedding', href: paths.embedding(at), label: t('embedding.nav') },
  ];
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
          <div className="site-header__tools">
            <nav className="site-nav" aria-label={t('site.nav')}>
              <ul>
                {nav.map((item) => (
                  <li key={item.id}>
                    <Link
                      className="site-header__link"
                      href={item.href}
                      aria-current={item.id === section ? 'page' : undefined}
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <LanguageSwitch current={lang} />
          </div>
        </div>
      </header>
      <main ref={main} id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('site.footer')}</p>
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

import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { Lang } from '@/lib/languages';
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

export function Layout({ lang, children }: { lang: Lang | null; children: ReactNode }) {
  const t = useUiText();
  const main = useFocusAfterNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" href={paths.index(lang ?? 'zh')}>
            {t('site.name')}
          </Link>
          <div className="site-header__tools">
            <Link className="site-header__link" href={paths.embedding(lang ?? 'en')}>
              {t('embedding.nav')}
            </Link>
            <LanguageSwitch current={lang} />
          </div>
        </div>
      </header>
      <main ref={main} id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('site.footer')}</p>
      </footer>
    </>
  );
}

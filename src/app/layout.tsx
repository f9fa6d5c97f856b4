import { Fragment, use, useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { BILINGUAL_ORDER, HTML_LANG, type Lang } from '@/lib/languages';
import { paths } from '@/lib/paths';
import type { Translate } from '@/locales/translate';
import { loadUiStrings } from '@/locales/load';
import { LanguageSwitch } from '@/components/language-switch';

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

/** Closes the narrow-screen menu when a link in it is followed, so the page it opened is in view, and on Escape. */
function useCloseMenuOnNavigation() {
  const [location] = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location]);
  // Escape closes it, as it closes every other pop-up, and focus returns to its button.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const details = menu.current;
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return menu;
}

/** The site's sections, in the header's order; a page says which one it belongs to. */
export type Section = 'status' | 'errors' | 'gateway' | 'embedding' | 'about';

interface LayoutProps {
  lang: Lang | null;
  section: Section | null;
  /** The page is its section's own page (the index of "Status codes"), not one page inside it. */
  atSectionPage: boolean;
  /** Date of the newest upstream data, for the footer. */
  updated: string;
  /** Every code and page, grouped: beside the content on wide screens, in the menu on narrow ones. */
  sidebar: ReactNode;
  /** The site search: a button that opens it, in the header. */
  search: ReactNode;
  children: ReactNode;
}

/**
 * The page's language, or every language for a page in none of ours: each block of the shell is
 * then written once per language, marked with its `lang`, with links into that language.
 */
function useShellLanguages(lang: Lang | null) {
  const langs = lang ? [lang] : BILINGUAL_ORDER;
  // `use` may be called a varying number of times (unlike hooks); the strings load before the page shows.
  const texts = langs.map((l) => ({ lang: l, t: use(loadUiStrings(l)) }));
  const bilingual = lang === null;
  /** Blocks in each language; only a bilingual page marks them (a one-language page has `<html lang>`). */
  const each = (render: (t: Translate, lang: Lang) => ReactNode, Tag: 'span' | 'div' = 'span') =>
    texts.map(({ lang: l, t }) =>
      bilingual ? (
        <Tag key={l} lang={HTML_LANG[l]}>
          {render(t, l)}
        </Tag>
      ) : (
        <Fragment key={l}>{render(t, l)}</Fragment>
      ),
    );
  /** One text in every language, as inline blocks: "Menu / 菜单". */
  const joined = (key: Parameters<Translate>[0]) => each((t, l) => (l === langs[0] ? '' : ' / ') + t(key));
  /** A label for an attribute: every language's, joined (the same words, in each language). */
  const label = (key: Parameters<Translate>[0]) => texts.map(({ t }) => t(key)).join(' / ');
  return { texts, first: texts[0]!, each, joined, label, bilingual };
}

export function Layout({ lang, section, atSectionPage, updated, sidebar, search, children }: LayoutProps) {
  const { texts, first, each, joined, label, bilingual } = useShellLanguages(lang);
  const main = useFocusAfterNavigation();
  const menu = useCloseMenuOnNavigation();
  // A bilingual page lists each section in each language, every link marked with its language.
  const sections = (
    <ul>
      {texts.flatMap(({ lang: at, t }) =>
        (
          [
            { id: 'status', href: paths.index(at), label: t('site.home') },
            { id: 'errors', href: paths.errorsIndex(at), label: t('errors.nav') },
            { id: 'gateway', href: paths.gatewayIndex(at), label: t('gateway.nav') },
            { id: 'embedding', href: paths.embedding(at), label: t('embedding.nav') },
          ] as const
        ).map((item) => (
          <li key={`${at}:${item.id}`} lang={bilingual ? HTML_LANG[at] : undefined}>
            {/* `aria-current` only on the section's own page (a code page is not "the status codes"); the
                section of any other page is marked for the eye alone. */}
            <Link
              className={item.id === section ? 'site-header__link site-header__link--section' : 'site-header__link'}
              href={item.href}
              aria-current={item.id === section && atSectionPage ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        )),
      )}
    </ul>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {joined('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" href={paths.index(first.lang)}>
            {first.t('site.name')}
          </Link>
          <nav className="site-nav" aria-label={label('site.nav')}>
            {sections}
          </nav>
          <div className="site-header__tools">
            {search}
            <LanguageSwitch current={lang} />
            <details className="site-menu" ref={menu}>
              <summary>
                <span className="site-menu__icon" aria-hidden="true" />
                <span className="visually-hidden">{joined('site.menu')}</span>
              </summary>
              <div className="site-menu__panel">
                <nav aria-label={label('site.nav')}>{sections}</nav>
                {sidebar}
              </div>
            </details>
          </div>
        </div>
      </header>
      <div className="docs">
        <aside className="sidebar" aria-label={label('site.sidebar')}>
          {sidebar}
        </aside>
        <main ref={main} id="main" className="page" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        {each(
          (t, at) => (
            <>
              {/* Error-code pages follow another upstream page, under its own licence. */}
              <p>{t(section === 'errors' ? 'site.footerErrors' : 'site.footer')}</p>
              <p>
                <Link href={paths.about(at)} aria-current={section === 'about' && atSectionPage ? 'page' : undefined}>
                  {t('footer.sources')}
                </Link>{' '}
                · {t('footer.updated', { date: updated })}
              </p>
            </>
          ),
          'div',
        )}
      </footer>
    </>
  );
}

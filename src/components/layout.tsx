import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Lang } from '@/lib/languages';
import { useUiText } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { LanguageSwitch } from './language-switch';

export function Layout({ lang, children }: { lang: Lang | null; children: ReactNode }) {
  const t = useUiText();
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
          <LanguageSwitch current={lang} />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('site.footer')}</p>
      </footer>
    </>
  );
}

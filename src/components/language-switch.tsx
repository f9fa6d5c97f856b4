import { useSyncExternalStore } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { HTML_LANG, LANGUAGES, isLang, type Lang } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { switchLanguagePath } from '@/lib/paths';
import { LANG_PREFERENCE_KEY, writePreference } from '@/lib/safe-storage';

/* Each language's name is written in that language, so a reader who cannot read the current one still finds theirs. */
const NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

interface Props {
  current: Lang | null;
  /**
   * A navigation landmark on the site. Inside an embed it is a plain group instead: the host page has
   * its own landmarks, and every embed on it would add another “语言 / Language” navigation.
   */
  landmark?: boolean;
}

const HASH_EVENTS = ['hashchange', 'popstate', 'pushState', 'replaceState'] as const;
const subscribeToHash = (onChange: () => void) => {
  for (const name of HASH_EVENTS) window.addEventListener(name, onChange);
  return () => {
    for (const name of HASH_EVENTS) window.removeEventListener(name, onChange);
  };
};

/** The address's `#anchor` (none in the prerendered page, which has no address of its own). */
const useHash = () =>
  useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => '',
  );

export function LanguageSwitch({ current, landmark = true }: Props) {
  const [location] = useLocation();
  const search = useSearch();
  // The same place on the other language's page: the section ids are the same in both.
  const query = (search ? `?${search}` : '') + useHash();
  const fallback = useLang();
  const t = useUiText();
  const active = current ?? fallback;
  const Container = landmark ? 'nav' : 'div';
  return (
    <Container
      className="lang-switch"
      role={landmark ? undefined : 'group'}
      aria-label={t('langSwitch.bilingualLabel')}
    >
      <ul>
        {LANGUAGES.map((lang) => (
          <li key={lang}>
            <Link
              href={switchLanguagePath(location, lang, isLang) + query}
              hrefLang={HTML_LANG[lang]}
              lang={HTML_LANG[lang]}
              aria-current={current !== null && lang === active ? 'page' : undefined}
              onClick={() => writePreference(LANG_PREFERENCE_KEY, lang)}
            >
              {NAMES[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </Container>
  );
}

import { Link, useLocation, useSearch } from 'wouter';
import { HTML_LANG, LANGUAGES, isLang, type Lang } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import { switchLanguagePath } from '@/lib/paths';
import { LANG_PREFERENCE_KEY, writePreference } from '@/lib/safe-storage';
import { en } from '@/locales/en';
import { zh } from '@/locales/zh';

/* Each language's name is written in that language, so a reader who cannot read the current one still finds theirs. */
const NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };
const LABEL = `${zh.langSwitch.label} / ${en.langSwitch.label}`;

export function LanguageSwitch({ current }: { current: Lang | null }) {
  const [location] = useLocation();
  const search = useSearch();
  const query = search ? `?${search}` : '';
  const fallback = useLang();
  const active = current ?? fallback;
  return (
    <nav className="lang-switch" aria-label={LABEL}>
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
    </nav>
  );
}

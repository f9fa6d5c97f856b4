import { HTML_LANG, LANGUAGES, type Lang } from '@/lib/languages';
import { RECOVERY_TEXTS } from '@/locales/recovery-texts';
import { setNavigationFailure, useNavigationFailure } from './navigation-failure';

/**
 * Says, assertively, that the page a link leads to could not be opened (offline) while the current
 * page stays: in the page's language, or in every language on a page in none. The reader dismisses
 * it, or it goes with the next navigation that works.
 */
export function NavigationNotice({ lang }: { lang: Lang | null }) {
  const failed = useNavigationFailure();
  if (!failed) return null;
  const langs = lang ? [lang] : LANGUAGES;
  return (
    <div className="nav-notice" role="alert">
      {langs.map((l) => (
        <p key={l} lang={HTML_LANG[l]}>
          {RECOVERY_TEXTS[l].offline}
        </p>
      ))}
      <button type="button" className="button" onClick={() => setNavigationFailure(null)}>
        {langs.map((l) => RECOVERY_TEXTS[l].dismiss).join(' / ')}
      </button>
    </div>
  );
}

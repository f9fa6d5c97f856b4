import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { neighbours } from '../data/access';
import { useCodeLinks } from '@/lib/links';

export function CodePager({ code }: { code: number }) {
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  const { previous, next } = neighbours(code);
  return (
    <nav className="pager" aria-label={t('detail.pager')}>
      {previous && (
        <Link className="pager__prev" href={links.code(lang, previous.code)} rel="prev">
          {t('detail.previous', { code: previous.code, phrase: previous.reasonPhrase })}
        </Link>
      )}
      {next && (
        <Link className="pager__next" href={links.code(lang, next.code)} rel="next">
          {t('detail.next', { code: next.code, phrase: next.reasonPhrase })}
        </Link>
      )}
    </nav>
  );
}

import { Link } from 'wouter';
import { useLang, useUiText } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { neighbours } from '../data/access';

export function CodePager({ code }: { code: number }) {
  const lang = useLang();
  const t = useUiText();
  const { previous, next } = neighbours(code);
  return (
    <nav className="pager" aria-label={t('detail.pager')}>
      {previous && (
        <Link className="pager__prev" href={paths.codeDetail(lang, previous.code)} rel="prev">
          {t('detail.previous', { code: previous.code, phrase: previous.reasonPhrase })}
        </Link>
      )}
      {next && (
        <Link className="pager__next" href={paths.codeDetail(lang, next.code)} rel="next">
          {t('detail.next', { code: next.code, phrase: next.reasonPhrase })}
        </Link>
      )}
    </nav>
  );
}

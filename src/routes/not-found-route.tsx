import { Link } from 'wouter';
import { NearestCodes } from '@/features/status-codes/components/code-link-list';
import { nearestDocumentedCodes } from '@/features/status-codes/search/search-codes';
import { HTML_LANG, LANGUAGES, type Lang } from '@/lib/languages';
import { LangContext } from '@/lib/lang-context';
import { useUiText, useUiTextIn } from '@/locales/use-ui-text';
import { paths } from '@/lib/paths';

interface Props {
  lang: Lang | null;
  path: string;
  requestedCode: number | null;
}

function NotFoundMessage({ lang, path, requestedCode, level }: Props & { lang: Lang; level: 1 | 2 }) {
  const t = useUiText();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="not-found" lang={HTML_LANG[lang]}>
      <Heading>{t('notFound.heading')}</Heading>
      {path && <p>{t('notFound.body', { path })}</p>}
      {requestedCode !== null && (
        <>
          <p>{t('notFound.unknownCode', { code: requestedCode })}</p>
          <NearestCodes codes={nearestDocumentedCodes(String(requestedCode))} label={t('notFound.nearest')} />
        </>
      )}
      <p>
        <Link className="button" href={paths.index(lang)}>
          {t('notFound.toIndex')}
        </Link>
      </p>
    </section>
  );
}

/** In the URL's language; when the URL names no language we have, in every language we have. */
function BilingualHeading() {
  const [first, second] = LANGUAGES.map(useUiTextIn);
  return <h1 className="visually-hidden">{`${first!('notFound.heading')} / ${second!('notFound.heading')}`}</h1>;
}

export function NotFoundRoute(props: Props) {
  if (props.lang !== null) return <NotFoundMessage {...props} lang={props.lang} level={1} />;
  return (
    <>
      <BilingualHeading />
      {LANGUAGES.map((lang) => (
        <LangContext.Provider key={lang} value={lang}>
          <NotFoundMessage {...props} lang={lang} level={2} />
        </LangContext.Provider>
      ))}
    </>
  );
}

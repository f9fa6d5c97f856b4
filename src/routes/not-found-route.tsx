import { use } from 'react';
import { Link } from 'wouter';
import { type ErrorIndex, ErrorCodeList, formatErrorCode, nearestErrorCodes } from '@/features/error-codes';
import { NearestCodes, nearestDocumentedCodes } from '@/features/status-codes';
import { BILINGUAL_ORDER, HTML_LANG, type Lang } from '@/lib/languages';
import { LangContext } from '@/lib/lang-context';
import { loadUiStrings } from '@/locales/load';
import { useUiText } from '@/locales/use-ui-text';
import { paths } from '@/lib/paths';

interface Props {
  lang: Lang | null;
  path: string;
  requestedCode: number | null;
  requestedError: number | null;
  /** The error-code index in each language the page speaks, loaded when the path names an error code. */
  data: Partial<Record<Lang, ErrorIndex>> | undefined;
}

/** Control and other invisible characters, shown escaped (\u0000) instead of as an empty box. */
const printable = (path: string) =>
  path.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);

function NotFoundMessage({
  lang,
  path,
  requestedCode,
  requestedError,
  data,
  level,
}: Props & { lang: Lang; level: 1 | 2 }) {
  const errorIndex = data?.[lang];
  const t = useUiText();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="not-found" lang={HTML_LANG[lang]}>
      <Heading>{t('notFound.heading')}</Heading>
      {path && <p>{t('notFound.body', { path: printable(path) })}</p>}
      {requestedError !== null && errorIndex && (
        <>
          <p>{t('errors.unknownCode', { code: formatErrorCode(requestedError) })}</p>
          <p>{t('errors.nearest')}</p>
          <ErrorCodeList codes={nearestErrorCodes(requestedError)} index={errorIndex} />
          <p>
            <Link href={paths.errorsIndex(lang)}>{t('errors.toCatalogue')}</Link>
          </p>
        </>
      )}
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
  const texts = BILINGUAL_ORDER.map((lang) => ({ lang, t: use(loadUiStrings(lang)) }));
  return (
    <h1 className="visually-hidden">
      {texts.map(({ lang, t }, i) => (
        <span key={lang} lang={HTML_LANG[lang]}>
          {i > 0 && ' / '}
          {t('notFound.heading')}
        </span>
      ))}
    </h1>
  );
}

export function NotFoundRoute(props: Props) {
  if (props.lang !== null) return <NotFoundMessage {...props} lang={props.lang} level={1} />;
  return (
    <>
      <BilingualHeading />
      {BILINGUAL_ORDER.map((lang) => (
        <LangContext.Provider key={lang} value={lang}>
          <NotFoundMessage {...props} lang={lang} level={2} />
        </LangContext.Provider>
      ))}
    </>
  );
}

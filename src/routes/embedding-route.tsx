import { CodeBlock } from '@/components/code-block';
import { EMBED_OPTIONS, headersSnippet, iframeSnippet, loaderSnippet, LivePreview } from '@/features/embedding';
import { useLang } from '@/lib/lang-context';
import { useUiPageText } from '@/locales/use-ui-text';
import { paths, withBase } from '@/lib/paths';
import { useHydrated } from '@/lib/use-hydrated';

/** The site's own origin once running in a browser; the prerendered page shows paths only. */
function useOrigin() {
  return useHydrated() ? window.location.origin : '';
}

export function EmbeddingRoute() {
  const lang = useLang();
  const t = useUiPageText();
  const origin = useOrigin();
  const headers = headersSnippet(origin || 'https://<site>');
  return (
    <article className="prose">
      <h1>{t('embedding.heading')}</h1>
      <p className="lead">{t('embedding.intro')}</p>

      <h2>{t('embedding.snippetHeading')}</h2>
      <p>{t('embedding.snippetIntro')}</p>
      <CodeBlock
        language="html"
        code={loaderSnippet(origin + withBase(paths.embedScript()))}
        label={t('embedding.snippetLabel')}
      />

      <h2>{t('embedding.optionsHeading')}</h2>
      <div className="table-scroll">
        <table className="options-table">
          <caption className="visually-hidden">{t('embedding.optionsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('embedding.optionName')}</th>
              <th scope="col">{t('embedding.optionValues')}</th>
              <th scope="col">{t('embedding.optionMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {EMBED_OPTIONS.map((option) => (
              <tr key={option.name}>
                <th scope="row">
                  <code>{option.name}</code>
                </th>
                <td>
                  <code>{option.values}</code>
                </td>
                <td>{t(`embedding.${option.key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('embedding.changesHeading')}</h2>
      <p>{t('embedding.changes')}</p>

      <h2>{t('embedding.previewHeading')}</h2>
      <p>{t('embedding.previewIntro')}</p>
      <LivePreview />

      <h2>{t('embedding.iframeHeading')}</h2>
      <p>{t('embedding.iframeIntro')}</p>
      <CodeBlock
        language="html"
        code={iframeSnippet(origin + withBase(paths.embedIndex(lang)), t('embedding.iframeTitle'))}
        label={t('embedding.iframeLabel')}
      />

      <h2>{t('embedding.headersHeading')}</h2>
      <p>{t('embedding.headersIntro')}</p>
      <p>{t('embedding.headersHost')}</p>
      <CodeBlock language="http" code={headers.host} label={t('embedding.headersHostLabel')} />
      <p>{t('embedding.headersSite')}</p>
      <CodeBlock language="http" code={headers.site} label={t('embedding.headersSiteLabel')} />
      <p className="note">{t('embedding.privacy')}</p>
    </article>
  );
}

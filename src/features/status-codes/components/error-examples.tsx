import { CodeBlock } from '@/components/code-block';
import type { UiKey } from '@/locales/translate';
import { useUiText } from '@/locales/use-ui-text';
import type { ExampleShape, PageExample } from '../data/status-codes';

/** Each body is captioned with the component that sends it, and says below how it was obtained. */
const SHAPE_LABEL: Record<ExampleShape, UiKey> = {
  vpc: 'detail.exampleVpc',
  errorCode: 'detail.exampleErrorCode',
  neutron: 'detail.exampleNeutron',
  keystone: 'detail.exampleKeystone',
  apigw: 'detail.exampleApigw',
};

/** As on the wire: the headers that belong with the body, a blank line, then the body. */
function responseText(example: PageExample): string {
  const body = JSON.stringify(example.body, null, 2);
  const headers = Object.entries(example.headers ?? {}).map(([name, value]) => `${name}: ${value}`);
  return headers.length ? `${headers.join('\n')}\n\n${body}` : body;
}

export function ErrorExamples({ examples }: { examples: PageExample[] }) {
  const t = useUiText();
  return (
    <section aria-labelledby="examples-heading">
      <h2 id="examples-heading">{t('detail.examplesHeading')}</h2>
      <p className="note">{t('detail.examplesNote')}</p>
      {examples.map((example, i) => (
        <figure key={i} className="example">
          <figcaption>{t(SHAPE_LABEL[example.shape])}</figcaption>
          <CodeBlock language="json" code={responseText(example)} label={t(SHAPE_LABEL[example.shape])} />
          <p className="note">
            {t(`detail.provenance.${example.provenance}`)}
            {example.note && (
              <>
                <br />
                {example.note}
              </>
            )}
          </p>
        </figure>
      ))}
    </section>
  );
}

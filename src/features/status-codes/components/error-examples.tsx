import { useUiText } from '@/locales/use-ui-text';
import type { ErrorExamples as Examples } from '../data/status-codes';

export function ErrorExamples({ examples }: { examples: Examples }) {
  const t = useUiText();
  const shapes = [
    { id: 'vpc', label: t('detail.exampleVpc'), body: examples.vpc },
    { id: 'neutron', label: t('detail.exampleNeutron'), body: examples.neutron },
  ];
  return (
    <section aria-labelledby="examples-heading">
      <h2 id="examples-heading">{t('detail.examplesHeading')}</h2>
      <p className="note">{t('detail.examplesNote')}</p>
      {shapes.map((shape) => (
        <figure key={shape.id} className="example">
          <figcaption>{shape.label}</figcaption>
          <pre tabIndex={0}>
            <code>{JSON.stringify(shape.body, null, 2)}</code>
          </pre>
        </figure>
      ))}
    </section>
  );
}

import type { ErrorIndex } from '@/features/error-codes';
import { LazyErrorCatalogue } from '@/features/error-codes/components/lazy-error-catalogue';
import { useUiText } from '@/locales/use-ui-text';

export function ErrorsIndexRoute({ data }: { data: ErrorIndex }) {
  const t = useUiText();
  return (
    <>
      <h1>{t('errors.indexTitle')}</h1>
      <p className="lead">{t('errors.intro')}</p>
      <LazyErrorCatalogue index={data} />
    </>
  );
}

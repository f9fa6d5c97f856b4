import { LazySearchableTables } from '@/features/status-codes/components/lazy-searchable-tables';
import { useUiText } from '@/locales/use-ui-text';

export function IndexRoute() {
  const t = useUiText();
  return (
    <>
      <h1>{t('index.title')}</h1>
      <p className="lead">{t('index.intro')}</p>
      <LazySearchableTables />
    </>
  );
}

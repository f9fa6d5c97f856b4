import { LazySearchableTables } from '@/features/status-codes/components/lazy-searchable-tables';
import { useUiText } from '@/locales/use-ui-text';

export function EmbedIndexRoute() {
  const t = useUiText();
  return (
    <>
      <h1 className="visually-hidden">{t('index.title')}</h1>
      <LazySearchableTables />
    </>
  );
}

import { LazySearchableTables } from '@/features/status-codes';
import { statusTableSearch } from '@/features/search';
import { useUiText } from '@/locales/use-ui-text';

export function EmbedIndexRoute() {
  const t = useUiText();
  return (
    <>
      <h1 className="visually-hidden">{t('index.title')}</h1>
      <LazySearchableTables search={statusTableSearch} />
    </>
  );
}

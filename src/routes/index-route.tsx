import { LazySearchableTables } from '@/features/status-codes';
import { statusTableSearch } from '@/features/search';
import { useUiText } from '@/locales/use-ui-text';

export function IndexRoute() {
  const t = useUiText();
  return (
    <>
      <h1>{t('index.title')}</h1>
      <p className="lead">{t('index.intro')}</p>
      <LazySearchableTables search={statusTableSearch} />
    </>
  );
}

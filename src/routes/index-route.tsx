import { StatusTable } from '@/features/status-codes/components/status-table';
import { tableDefinitions } from '@/features/status-codes/data/access';
import { useUiText } from '@/lib/lang-context';

export function IndexRoute() {
  const t = useUiText();
  return (
    <>
      <h1>{t('index.title')}</h1>
      <p className="lead">{t('index.intro')}</p>
      {tableDefinitions.map((definition) => (
        <div className="table-scroll" key={definition.id}>
          <StatusTable definition={definition} />
        </div>
      ))}
    </>
  );
}

import { NeutronErrorList, type NeutronIndexEntry } from '@/features/neutron-errors';
import { useUiPageText } from '@/locales/use-ui-text';

export function NeutronIndexRoute({ data }: { data: readonly NeutronIndexEntry[] }) {
  const t = useUiPageText();
  return (
    <>
      <h1>{t('neutron.indexTitle')}</h1>
      <p className="lead">{t('neutron.intro')}</p>
      <NeutronErrorList index={data} />
    </>
  );
}

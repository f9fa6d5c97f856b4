import { NeutronErrorList } from '@/features/neutron-errors';
import { useUiPageText } from '@/locales/use-ui-text';

export function NeutronIndexRoute() {
  const t = useUiPageText();
  return (
    <>
      <h1>{t('neutron.indexTitle')}</h1>
      <p className="lead">{t('neutron.intro')}</p>
      <NeutronErrorList />
    </>
  );
}

import { GatewayTable, type GatewayCatalogue } from '@/features/gateway-codes';
import { useUiPageText } from '@/locales/use-ui-text';

export function GatewayIndexRoute({ data }: { data: GatewayCatalogue }) {
  const t = useUiPageText();
  return (
    <>
      <h1>{t('gateway.indexTitle')}</h1>
      <p className="lead">{t('gateway.intro')}</p>
      <GatewayTable catalogue={data} />
    </>
  );
}

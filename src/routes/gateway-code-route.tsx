import { GatewayCodeDetail, type GatewayCatalogue } from '@/features/gateway-codes';

export function GatewayCodeRoute({ code, data }: { code: string; data: GatewayCatalogue }) {
  return <GatewayCodeDetail code={code} catalogue={data} />;
}

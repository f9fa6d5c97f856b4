import { GatewayCodeDetail } from '@/features/gateway-codes';

export function GatewayCodeRoute({ code }: { code: string }) {
  return <GatewayCodeDetail code={code} />;
}

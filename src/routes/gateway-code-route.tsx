import { GatewayCodeDetail } from '@/features/gateway-codes/components/gateway-code-detail';

export function GatewayCodeRoute({ code }: { code: string }) {
  return <GatewayCodeDetail code={code} />;
}

import { Suspense } from 'react';
import { preloadable } from '@/lib/preloadable';

/*
 * The status pages' list of gateway codes loads as its own chunk with the page's data, so a page that
 * only prefetches the status pages' chunk (a link in view) does not fetch it.
 */
const list = preloadable(async () => (await import('./gateway-codes-for-status')).GatewayCodesForStatus);

export const preloadGatewayCodesForStatus = list.preload;

export function LazyGatewayCodesForStatus({ status }: { status: number }) {
  return (
    <Suspense fallback={null}>
      <list.Component status={status} />
    </Suspense>
  );
}

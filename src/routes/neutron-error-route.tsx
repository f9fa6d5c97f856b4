import { ErrorCodeList, type ErrorIndex } from '@/features/error-codes';
import { NeutronErrorDetail } from '@/features/neutron-errors';

/** A Neutron type's page, its related VPC codes listed as the error-code catalogue lists codes. */
export function NeutronErrorRoute({ type, data }: { type: string; data: { errorIndex: ErrorIndex } }) {
  return (
    <NeutronErrorDetail type={type} related={(codes) => <ErrorCodeList codes={codes} index={data.errorIndex} />} />
  );
}

import { ErrorCodeList, type ErrorIndex } from '@/features/error-codes';
import { NeutronErrorDetail, type NeutronDetails } from '@/features/neutron-errors';

interface Props {
  data: { details: NeutronDetails; errorIndex: ErrorIndex };
}

/** A Neutron type's page, its related VPC codes listed as the error-code catalogue lists codes. */
export function NeutronErrorRoute({ data }: Props) {
  return (
    <NeutronErrorDetail
      details={data.details}
      related={(codes) => <ErrorCodeList codes={codes} index={data.errorIndex} />}
    />
  );
}

import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';
import type { GatewayIndex } from '../data/split';

/** The gateway codes documented with a status, in code order, with their titles. */
export const gatewayCodesForStatus = (index: GatewayIndex, status: number) =>
  index.codes.filter((e) => e.statuses.includes(status));

export const GATEWAY_CODES_HEADING = 'gateway-codes-heading';

/** On a status page: the API gateway's codes documented with that status, or nothing when there are none. */
export function GatewayCodesForStatus({ status, index }: { status: number; index: GatewayIndex }) {
  const lang = useLang();
  const t = useUiText();
  const codes = gatewayCodesForStatus(index, status);
  if (codes.length === 0) return null;
  return (
    <section aria-labelledby={GATEWAY_CODES_HEADING}>
      <h2 id={GATEWAY_CODES_HEADING}>{t('gateway.forStatusHeading')}</h2>
      <p>{t('gateway.forStatusIntro')}</p>
      <ul className="error-code-list">
        {codes.map((e) => (
          <li key={e.code}>
            <Link href={paths.gatewayCode(lang, e.code)}>
              <code>{e.code}</code> {e.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

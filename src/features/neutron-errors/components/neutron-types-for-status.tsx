import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';
import { neutronTypesForStatus } from '../data/access';

export const NEUTRON_TYPES_HEADING = 'neutron-types-heading';

/** On a status page: the Neutron error types answered with that status, or nothing when there are none. */
export function NeutronTypesForStatus({ status }: { status: number }) {
  const lang = useLang();
  const t = useUiText();
  const types = neutronTypesForStatus(status);
  if (types.length === 0) return null;
  return (
    <section aria-labelledby={NEUTRON_TYPES_HEADING}>
      <h2 id={NEUTRON_TYPES_HEADING}>{t('neutron.forStatusHeading')}</h2>
      <p>{t('neutron.forStatusIntro')}</p>
      <ul className="neutron-type-list">
        {types.map((type) => (
          <li key={type}>
            <Link href={paths.neutronError(lang, type)}>
              <code>{type}</code>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

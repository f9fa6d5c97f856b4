import { Link } from 'wouter';
import { StatusLink } from './status-link';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiPageText } from '@/locales/use-ui-text';
import type { NeutronIndexEntry } from '../data/split';

/** Every type with its status and title, in type order: each row leads to the type's page. */
export function NeutronErrorList({ index }: { index: readonly NeutronIndexEntry[] }) {
  const lang = useLang();
  const t = useUiPageText();
  return (
    <>
      <table className="error-table neutron-table">
        <caption>{t('neutron.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-code">
              {t('neutron.columns.type')}
            </th>
            <th scope="col" className="col-status">
              {t('neutron.columns.status')}
            </th>
            <th scope="col" className="col-title">
              {t('neutron.columns.title')}
            </th>
          </tr>
        </thead>
        <tbody>
          {index.map((e) => (
            <tr key={e.type}>
              <th scope="row" className="col-code">
                <Link href={paths.neutronError(lang, e.type)}>
                  <code>{e.type}</code>
                </Link>
              </th>
              <td className="col-status">
                <StatusLink status={e.status} short />
              </td>
              <td className="col-title">{e.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('neutron.count', { count: index.length })}</p>
    </>
  );
}

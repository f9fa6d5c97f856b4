import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiPageText } from '@/locales/use-ui-text';
import { statusesOf, type GatewayCatalogue } from '../data/split';
import { StatusLinks } from './status-link';

/** Every gateway code: code, statuses and title, each code a link to its page. */
export function GatewayTable({ catalogue: { codes } }: { catalogue: GatewayCatalogue }) {
  const lang = useLang();
  const t = useUiPageText();
  return (
    <div className="table-scroll">
      <table className="error-table gateway-table">
        <caption>{t('gateway.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-code">
              {t('gateway.columns.code')}
            </th>
            <th scope="col" className="col-status">
              {t('gateway.columns.status')}
            </th>
            <th scope="col" className="col-title">
              {t('gateway.columns.title')}
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((entry) => (
            <tr key={entry.code} id={paths.errorRowId(entry.code)}>
              <th scope="row" className="col-code">
                <Link href={paths.gatewayCode(lang, entry.code)}>
                  <code>{entry.code}</code>
                </Link>
              </th>
              <td className="col-status">
                <StatusLinks statuses={statusesOf(entry)} short />
              </td>
              <td className="col-title">{entry.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

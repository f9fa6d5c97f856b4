import { errorCodesSource, UPSTREAM_LICENSE_FILE } from '@/features/error-codes';
import { GATEWAY_UPSTREAM_LICENSE_FILE, gatewayCodesSource } from '@/features/gateway-codes';
import type { NeutronSources } from '@/features/neutron-errors';
import { statusCodesSource } from '@/features/status-codes';
import { withBase } from '@/lib/paths';
import { useUiPageText } from '@/locales/use-ui-text';

/** Published beside the pages by the build (src/app/entry-server.tsx). */
const EXPORTS = ['/status-codes.json', '/status-codes.schema.json', '/error-codes.json', '/error-codes.schema.json'];
const LICENCE_URL = 'https://www.apache.org/licenses/LICENSE-2.0';

const short = (commit: string) => commit.slice(0, 12);

/** Where the data comes from: each upstream page with its revision and date, the licence, and how to update. */
export function AboutRoute({ data: neutronSources }: { data: NeutronSources }) {
  const t = useUiPageText();
  const errors = errorCodesSource;
  const gateway = gatewayCodesSource;
  return (
    <article className="prose">
      <h1>{t('about.heading')}</h1>
      <p className="lead">{t('about.intro')}</p>

      <h2>{t('about.statusHeading')}</h2>
      {statusCodesSource && (
        <>
          <p>{t('about.statusSource', { title: statusCodesSource.title, topic: statusCodesSource.topic })}</p>
          <p className="note">
            {t('about.statusCopy')} <code className="hash">{statusCodesSource.sha256}</code>
          </p>
        </>
      )}

      <h2>{t('about.errorHeading')}</h2>
      <p>
        {t('about.errorSource', {
          title: errors.title,
          topic: errors.topic,
          path: errors.path,
          repository: errors.repository,
        })}
      </p>
      <ul>
        <li>{t('about.revision', { revision: short(errors.revision), date: errors.date })}</li>
        {errors.earlierRevision && errors.earlierDate && (
          <li>{t('about.earlierRevision', { revision: short(errors.earlierRevision), date: errors.earlierDate })}</li>
        )}
      </ul>

      <h2>{t('about.gatewayHeading')}</h2>
      <p className="gateway-source">
        {t('about.gatewaySource', {
          title: gateway.title,
          topic: gateway.topic,
          path: gateway.path,
          repository: gateway.repository,
        })}
      </p>
      <ul>
        <li>{t('about.revision', { revision: short(gateway.revision), date: gateway.date })}</li>
        <li>
          <a href={withBase(`/${GATEWAY_UPSTREAM_LICENSE_FILE}`)} rel="license">
            {t('about.gatewayLicence')}
          </a>
        </li>
      </ul>
      <p>
        {t('about.gatewayPrefix')} <a href={gateway.prefixSource}>{t('about.gatewayPrefixLink')}</a>
      </p>
      <h2>{t('about.neutronHeading')}</h2>
      <p>{t('about.neutronSource')}</p>
      <ul>
        {neutronSources.map((s) => (
          <li key={s.id}>
            {t('about.neutronRevision', {
              repository: s.repository,
              revision: short(s.revision),
              date: s.date,
              license: s.license,
            })}
          </li>
        ))}
      </ul>

      <h2>{t('about.licenceHeading')}</h2>
      <p>{t('about.licence')}</p>
      <p>
        <a href={withBase(`/${UPSTREAM_LICENSE_FILE}`)} rel="license">
          {t('about.licenceLink')}
        </a>{' '}
        (<a href={LICENCE_URL}>apache.org</a>)
      </p>

      <h2>{t('about.updateHeading')}</h2>
      <p>{t('about.update')}</p>

      <h2>{t('about.exportsHeading')}</h2>
      <p>{t('about.exports')}</p>
      <ul>
        {EXPORTS.map((file) => (
          <li key={file}>
            <a href={withBase(file)}>
              <code>{file}</code>
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}

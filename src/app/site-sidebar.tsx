import { Link, useSearch } from 'wouter';
import { errorAreas } from '@/features/error-codes';
import { statusCodes, statusLine, classOf } from '@/features/status-codes';
import type { Lang } from '@/lib/languages';
import { paths } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';
import type { AppRoute } from './route-table';

const CLASSES = ['2xx', '4xx', '5xx'] as const;

/** Marks the link of the page being shown, and of the group the page belongs to. */
const current = (yes: boolean, kind: 'page' | 'true' = 'page') => (yes ? kind : undefined);

/** Every status code by class, the error codes by area, and the other pages: the site at a glance. */
export function SiteSidebar({ route, lang }: { route: AppRoute; lang: Lang }) {
  const t = useUiText();
  const area = new URLSearchParams(useSearch()).get('area');
  const code = route.kind === 'code' ? route.params.code : null;
  const catalogue = route.kind === 'errors-index';
  return (
    <div className="sidebar__content">
      <h2 className="sidebar__heading">
        <Link href={paths.index(lang)} aria-current={current(route.kind === 'index')}>
          {t('site.home')}
        </Link>
      </h2>
      {CLASSES.map((statusClass) => (
        <div key={statusClass} className="sidebar__group">
          <h3>{t(`detail.classLabel.${statusClass}`)}</h3>
          <ul>
            {statusCodes
              .filter((e) => classOf(e.code) === statusClass)
              .map((e) => (
                <li key={e.code}>
                  <Link href={paths.codeDetail(lang, e.code)} aria-current={current(code === e.code)}>
                    {statusLine(e)}
                  </Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <h2 className="sidebar__heading">
        <Link href={paths.errorsIndex(lang)} aria-current={current(catalogue && area === null)}>
          {t('errors.nav')}
        </Link>
      </h2>
      <div className="sidebar__group">
        <h3>{t('errors.areaFilter')}</h3>
        <ul>
          {errorAreas.map((a) => (
            <li key={a.id}>
              <Link href={`${paths.errorsIndex(lang)}?area=${a.id}`} aria-current={current(catalogue && area === a.id)}>
                {a.label[lang]}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <h2 className="sidebar__heading">
        <Link href={paths.gatewayIndex(lang)} aria-current={current(route.kind === 'gateway-index')}>
          {t('gateway.nav')}
        </Link>
      </h2>
      <h2 className="sidebar__heading">
        <Link href={paths.neutronIndex(lang)} aria-current={current(route.kind === 'neutron-index')}>
          {t('neutron.nav')}
        </Link>
      </h2>
      <h2 className="sidebar__heading">
        <Link href={paths.embedding(lang)} aria-current={current(route.kind === 'embedding')}>
          {t('embedding.nav')}
        </Link>
      </h2>
      <h2 className="sidebar__heading">
        <Link href={paths.about(lang)} aria-current={current(route.kind === 'about')}>
          {t('footer.sources')}
        </Link>
      </h2>
    </div>
  );
}

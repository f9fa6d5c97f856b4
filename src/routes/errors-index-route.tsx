import { Link } from 'wouter';
import { type ErrorIndex, LazyErrorCatalogue } from '@/features/error-codes';
import { errorTableSearch } from '@/features/search';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';

export function ErrorsIndexRoute({ data }: { data: ErrorIndex }) {
  const t = useUiText();
  const lang = useLang();
  return (
    <>
      <h1>{t('errors.indexTitle')}</h1>
      <p className="lead">{t('errors.intro')}</p>
      <LazyErrorCatalogue index={data} search={errorTableSearch} />
      <p className="note">
        <Link href={paths.neutronIndex(lang)}>{t('neutron.catalogueLink')}</Link>
      </p>
    </>
  );
}

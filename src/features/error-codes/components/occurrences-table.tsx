import { useUiText } from '@/locales/use-ui-text';
import type { ErrorDetails, ErrorIndex } from '../data/split';
import { StatusLinks } from './status-links';

/** Every operation that returns the code, with its status and the message as the API sends it. */
export function OccurrencesTable({ details, index }: { details: ErrorDetails; index: ErrorIndex }) {
  const t = useUiText();
  const withEarlier = details.occurrences.some((o) => o.earlierMessage);
  return (
    <div className="table-scroll">
      <table className="occurrences">
        <caption>{t('errors.occurrencesCaption', { code: details.code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('errors.operation')}</th>
            <th scope="col">{t('errors.status')}</th>
            <th scope="col">{t('errors.message')}</th>
            {withEarlier && <th scope="col">{t('errors.earlierMessage')}</th>}
          </tr>
        </thead>
        <tbody>
          {details.occurrences.map((o, i) => (
            <tr key={i}>
              <th scope="row">{index.operations[o.operation]}</th>
              <td data-label={t('errors.fieldLabel', { label: t('errors.status') })}>
                <StatusLinks statuses={o.statuses} />
              </td>
              <td data-label={t('errors.fieldLabel', { label: t('errors.message') })}>
                <code className="api-message" lang="en">
                  {o.message}
                </code>
              </td>
              {withEarlier && (
                <td
                  data-label={
                    o.earlierMessage ? t('errors.fieldLabel', { label: t('errors.earlierMessage') }) : undefined
                  }
                >
                  {o.earlierMessage && (
                    <code className="api-message" lang="en">
                      {o.earlierMessage}
                    </code>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

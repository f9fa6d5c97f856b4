import { useEffect, useRef, type FormEvent } from 'react';
import { useUiText } from '@/locales/use-ui-text';
import { CLASS_FILTERS, type ClassFilter } from '../search/class-filter';

interface Props {
  query: string;
  classFilter: ClassFilter;
  count: number;
  total: number;
  /** Matches the class filter hides, said beside the count with a way to search every class. */
  hidden: number;
  onSearchAll: () => void;
  /** The query is an error the site search answered (shown below the bar): said instead of "0 of 17 codes". */
  answered: boolean;
  onChange: (next: { query?: string; classFilter?: ClassFilter }) => void;
  /** Focus anywhere in the form: a hint that search is about to be used. */
  onFocus: () => unknown;
  /** Enter in the box: the caller opens the single match, if there is exactly one. */
  onSubmit: () => void;
}

export function SearchBar({
  query,
  classFilter,
  count,
  total,
  hidden,
  onSearchAll,
  answered,
  onChange,
  onFocus,
  onSubmit,
}: Props) {
  const t = useUiText();
  const input = useRef<HTMLInputElement>(null);

  // Text typed into the prerendered box before the app started is taken over, not lost.
  const typedEarly = useRef(true);
  useEffect(() => {
    if (!typedEarly.current) return;
    typedEarly.current = false;
    const typed = input.current?.value ?? '';
    if (typed && typed !== query) onChange({ query: typed });
  }, [query, onChange]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  // Without scripts the form could only reload the page with an empty box: the stylesheet hides it there.
  return (
    <form role="search" className="search needs-script" onSubmit={submit} onFocus={onFocus}>
      <div className="search__row">
        <div className="search__field">
          <label htmlFor="code-search">{t('search.label')}</label>
          <input
            ref={input}
            id="code-search"
            name="q"
            type="search"
            value={query}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-hint"
            onChange={(event) => onChange({ query: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query) {
                event.preventDefault();
                onChange({ query: '' });
              }
            }}
          />
        </div>
        <fieldset className="class-filter">
          <legend>{t('search.classLegend')}</legend>
          {CLASS_FILTERS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="class"
                value={value}
                checked={classFilter === value}
                onChange={() => onChange({ classFilter: value })}
              />
              <span>{value === 'all' ? t('search.classAll') : value}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <p id="search-hint" className="note search__hint">
        {t('search.hint')}
      </p>
      <p className="search__count" role="status">
        {answered && count === 0 ? t('search.pasteAnswered') : t('search.count', { count, total })}
        {hidden > 0 && count > 0 && (
          <>
            {' '}
            {t('search.hiddenByClass', { count: hidden })}{' '}
            <button type="button" className="link-button" onClick={onSearchAll}>
              {t('search.searchAll')}
            </button>
          </>
        )}
      </p>
    </form>
  );
}

import { useUiText } from '@/locales/use-ui-text';

export interface PageSection {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

/** "On this page": links to a page's sections, beside the content on wide screens. */
export function OnThisPage({ sections }: { sections: readonly PageSection[] }) {
  const t = useUiText();
  if (sections.length < 2) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc__heading">
        {t('site.onThisPage')}
      </h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

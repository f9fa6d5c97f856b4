import { useEffect, useState } from 'react';
import { useUiText } from '@/locales/use-ui-text';

export interface PageSection {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

/** How far below the top of the viewport a heading counts as the start of what is being read. */
const READING_LINE = 0.25;

/**
 * The section being read: the last one whose heading has scrolled above the reading line, or the
 * first before any has. None in the prerendered page (it knows no scroll position).
 */
function useSectionInView(ids: readonly string[]) {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join(' ');
  useEffect(() => {
    const list = key.split(' ');
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * READING_LINE;
      let inView = list[0] ?? null;
      for (const id of list) {
        const heading = document.getElementById(id);
        if (heading && heading.getBoundingClientRect().top <= line) inView = id;
      }
      // At the very bottom the last sections may never reach the line: the last one is read.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) inView = list.at(-1)!;
      setCurrent(inView);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [key]);
  return current;
}

/** "On this page": links to a page's sections, beside the content on wide screens; the one being read is marked. */
export function OnThisPage({ sections }: { sections: readonly PageSection[] }) {
  const t = useUiText();
  const current = useSectionInView(sections.map((section) => section.id));
  if (sections.length < 2) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc__heading">
        {t('site.onThisPage')}
      </h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} aria-current={section.id === current ? 'location' : undefined}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

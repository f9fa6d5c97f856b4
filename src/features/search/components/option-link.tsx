import type { MouseEvent, ReactNode } from 'react';
import { withBase } from '@/lib/paths';

/** A click the browser should handle itself: a new tab or window, a download. */
const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * One result of the search: an option of the listbox (the box keeps focus and points at it with
 * aria-activedescendant) that is also a real link, so middle-click, Ctrl+click and "copy link"
 * work. A plain click opens it in the app; the box's arrow keys and Enter do the same by keyboard.
 */
export function OptionLink({
  id,
  href,
  selected,
  className = 'search-result',
  onOpen,
  children,
}: {
  id: string;
  /** Base-relative, like every in-app path; the written href carries the base. */
  href: string;
  selected: boolean;
  className?: string;
  onOpen: (href: string) => void;
  children: ReactNode;
}) {
  return (
    <a
      id={id}
      role="option"
      aria-selected={selected}
      href={withBase(href)}
      tabIndex={-1}
      className={className}
      onClick={(event) => {
        if (opensElsewhere(event)) return;
        event.preventDefault();
        onOpen(href);
      }}
    >
      {children}
    </a>
  );
}

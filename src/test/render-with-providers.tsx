import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Lang } from '@/lib/languages';
import { LangContext } from '@/lib/lang-context';

/** Renders a component as the app would at `path`, in `lang`, with an in-memory location. */
export function renderWithProviders(
  ui: ReactNode,
  { lang = 'en', path = `/${lang}/` }: { lang?: Lang; path?: string } = {},
) {
  const location = memoryLocation({ path, record: true });
  const result = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <LangContext.Provider value={lang}>{ui}</LangContext.Provider>
    </Router>,
  );
  return { ...result, location };
}

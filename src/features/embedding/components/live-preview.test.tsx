import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_ATTRIBUTE } from '@/lib/embed-protocol';
import { LivePreview } from './live-preview';

const loaderScripts = () => document.querySelectorAll('script[src$="/embed.js"]');

/** An IntersectionObserver the test drives: `reach()` reports the watched element near the viewport. */
function fakeObserver() {
  let report: IntersectionObserverCallback = () => undefined;
  const margins: string[] = [];
  class Observer {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      report = callback;
      margins.push(options?.rootMargin ?? '');
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  const reach = () =>
    act(() => report([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver));
  return { reach, margins };
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const script of loaderScripts()) script.remove();
});

describe('LivePreview', () => {
  it('shows a placeholder for each snippet and loads the loader only once the reader nears it', () => {
    const { reach, margins } = fakeObserver();
    const { container } = render(<LivePreview />);
    expect(container.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`)).toHaveLength(2);
    expect(loaderScripts(), 'no loader before the preview comes near').toHaveLength(0);
    expect(margins, 'watched with a margin').toEqual(['50% 0px']);
    reach();
    expect(loaderScripts(), 'the loader once near').toHaveLength(1);
  });

  it('loads the loader at once where the browser cannot tell what is in view', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<LivePreview />);
    expect(loaderScripts()).toHaveLength(1);
  });
});

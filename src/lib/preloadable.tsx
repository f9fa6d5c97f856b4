import { lazy, type ComponentType, type ReactNode } from 'react';
import { cachedLoad } from './tracked-promise';

/** A component in its own chunk, loaded ahead of rendering (see `preloadable`). */
export interface Preloadable<P extends object> {
  /** A plain function of its props, so a page kind may hand a component more props than it reads. */
  Component: (props: P) => ReactNode;
  preload: () => Promise<unknown>;
}

/**
 * A component in its own chunk that can be loaded ahead of rendering. Once loaded it renders
 * synchronously, so a page whose chunk was fetched before hydration hydrates in one pass; when
 * it is not loaded yet (client-side navigation), it suspends like React.lazy.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let Loaded: ComponentType<P> | undefined;
  const preload = cachedLoad(async () => (Loaded = await load()));
  // React.lazy keeps a failure for good: a failed one is replaced, so a retry renders a fresh one.
  const fresh = () =>
    lazy(async () => {
      try {
        return { default: await preload() };
      } catch (error) {
        Lazy = fresh();
        throw error;
      }
    });
  let Lazy = fresh();
  function Preloadable(props: P) {
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component: Preloadable, preload };
}

import { lazy, type ComponentType } from 'react';

/**
 * A component in its own chunk that can be loaded ahead of rendering. Once loaded it renders
 * synchronously, so a page whose chunk was fetched before hydration hydrates in one pass; when
 * it is not loaded yet (client-side navigation), it suspends like React.lazy.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  // A failed load (offline, or a chunk gone after a deploy) is forgotten: the next attempt fetches again.
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        Loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloadable(props: P) {
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component: Preloadable, preload };
}

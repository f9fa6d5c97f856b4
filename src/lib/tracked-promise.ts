/**
 * Marks a promise the way React's `use` expects once it settles, so `use` returns its value
 * synchronously when it has already resolved (and throws its reason when it failed) instead of
 * suspending for a tick.
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  // Handlers that return nothing: returning the (rejected) promise itself would reject this chain.
  void promise.then(
    (value) => {
      Object.assign(promise, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(promise, { status: 'rejected', reason });
    },
  );
  return promise;
}

/**
 * A loader that starts once and then always returns the same tracked promise. A failed load (a lost
 * connection, a chunk gone after a deploy) is forgotten, so the next call tries again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (promise) return promise;
    const started = tracked(load());
    promise = started;
    started.catch(() => {
      if (promise === started) promise = undefined;
    });
    return started;
  };
}

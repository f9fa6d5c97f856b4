/**
 * Marks a promise the way React's `use` expects once it settles, so `use` returns its value
 * synchronously when it has already resolved instead of suspending for a tick.
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  void promise.then((value) => Object.assign(promise, { status: 'fulfilled', value }));
  return promise;
}

/** A loader that starts once and then always returns the same tracked promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= tracked(load()));
}

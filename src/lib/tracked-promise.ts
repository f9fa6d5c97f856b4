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

/** Whether a promise made by `tracked` (or `cachedLoad`) has resolved: its value can be read without waiting. */
export const isFulfilled = (promise: Promise<unknown>) => (promise as { status?: string }).status === 'fulfilled';

/** Counts the reader's new attempts: a failed load is kept until the next one. */
let attempt = 0;

/**
 * A new attempt at whatever failed to load: a click on a link, "Try again", the browser coming back
 * online. Until then a failed load stays failed, so rendering (React retries a render whose `use`
 * rejected) shows the failure instead of fetching again and again in a loop.
 */
export const retryFailedLoads = () => {
  attempt += 1;
};

/**
 * The one cache of loads in the app: every call with the same key (by default, the arguments the
 * loader declares, joined: `langs.map(load)` passes an index and the array too) returns the same
 * tracked promise, so React's `use` reads a finished load at once. A failed load (a lost
 * connection, a chunk gone after a deploy) is forgotten at the reader's next attempt
 * (`retryFailedLoads`), which then fetches again.
 */
export function cachedLoad<A extends unknown[], T>(
  load: (...args: A) => Promise<T>,
  keyOf: (...args: A) => string = (...args) => args.slice(0, load.length).map(String).join(':'),
): (...args: A) => Promise<T> {
  const loads = new Map<string, { promise: Promise<T>; failedIn?: number }>();
  return (...args) => {
    const key = keyOf(...args);
    const known = loads.get(key);
    if (known && (known.failedIn === undefined || known.failedIn === attempt)) return known.promise;
    // A loader that throws before returning a promise fails like one that rejects.
    const entry: { promise: Promise<T>; failedIn?: number } = { promise: tracked((async () => load(...args))()) };
    loads.set(key, entry);
    entry.promise.catch(() => {
      entry.failedIn = attempt;
    });
    return entry.promise;
  };
}

/** `cachedLoad` for a loader without arguments. */
export const once = <T>(load: () => Promise<T>): (() => Promise<T>) => cachedLoad(load);

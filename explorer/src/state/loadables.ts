// Data loaded on first use and kept for the session (the explorer only reads), one signal per key: a component
// that shows the gap table re-renders when that table arrives, not when another one does. A failed load is not
// kept for the session: it carries what went wrong in the reader's words (api/explain-error.ts) and a retry, and
// a load that failed for a passing reason (network, database away, too many requests) is tried again by itself as
// soon as another load of this page succeeds, so the error goes once the connection is back.
import { batch, signal, type Signal } from '@preact/signals';
import { errorText, explainError, transientKinds } from '../api/explain-error';
import type { Loadable } from './app-context';

export interface Loader {
  /** The value under `key`, fetched on the first call; reading it subscribes to its arrival. */
  load: <T>(key: string, fetch: () => Promise<T>) => Loadable<T>;
  /** Replaces the value under `key` (after a write: the new value replaces the old once it is there). */
  put: <T>(key: string, value: Loadable<T>) => void;
}

interface Entry {
  value: Signal<Loadable<unknown>>;
  fetch?: () => Promise<unknown>;
}

/** The error state of a failed load: the explanation (German first, as the explorer) and the way to try again. */
export function failedLoadable(error: unknown, retry: () => void): Loadable<never> {
  const explained = explainError(error);
  return { status: 'error', message: errorText(explained, 'de'), error: explained, retry };
}

export function createLoader(): Loader {
  const cache = new Map<string, Entry>();

  const run = (entry: Entry) => {
    const fetch = entry.fetch!;
    entry.value.value = { status: 'loading' };
    fetch().then(
      (value) => {
        entry.value.value = { status: 'ready', value };
        retryPassingFailures();
      },
      (error: unknown) => (entry.value.value = failedLoadable(error, () => run(entry))),
    );
  };

  /** A load got through: the ones that failed because the way was blocked for a while are tried again. */
  const retryPassingFailures = () =>
    batch(() => {
      for (const entry of cache.values()) {
        const current = entry.value.peek();
        if (entry.fetch && current.status === 'error' && transientKinds.has(current.error.kind)) run(entry);
      }
    });

  return {
    load<T>(key: string, fetch: () => Promise<T>): Loadable<T> {
      let entry = cache.get(key);
      if (!entry) {
        entry = { value: signal<Loadable<unknown>>({ status: 'loading' }), fetch };
        cache.set(key, entry);
        run(entry);
      }
      return entry.value.value as Loadable<T>;
    },
    put(key, value) {
      const entry = cache.get(key);
      if (entry) entry.value.value = value;
      else cache.set(key, { value: signal(value) });
      if (value.status === 'ready') retryPassingFailures();
    },
  };
}

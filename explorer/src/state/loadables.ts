// Data loaded on first use and kept for the session (the explorer only reads), one signal per key: a component
// that shows the gap table re-renders when that table arrives, not when another one does.
import { signal, type Signal } from '@preact/signals';
import type { Loadable } from './app-context';

export interface Loader {
  /** The value under `key`, fetched on the first call; reading it subscribes to its arrival. */
  load: <T>(key: string, fetch: () => Promise<T>) => Loadable<T>;
  /** Replaces the value under `key` (after a write: the new value replaces the old once it is there). */
  put: <T>(key: string, value: Loadable<T>) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createLoader(): Loader {
  const cache = new Map<string, Signal<Loadable<unknown>>>();
  return {
    load<T>(key: string, fetch: () => Promise<T>): Loadable<T> {
      let entry = cache.get(key);
      if (!entry) {
        const created = signal<Loadable<unknown>>({ status: 'loading' });
        cache.set(key, created);
        fetch().then(
          (value) => (created.value = { status: 'ready', value }),
          (error: unknown) => (created.value = { status: 'error', message: messageOf(error) }),
        );
        entry = created;
      }
      return entry.value as Loadable<T>;
    },
    put(key, value) {
      const entry = cache.get(key);
      if (entry) entry.value = value;
      else cache.set(key, signal(value));
    },
  };
}

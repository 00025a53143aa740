// The view state as signals, one per field (@preact/signals): a component or effect that reads state.radius
// re-runs when the radius changes and for nothing else. `snapshot` is the whole state at once, for the URL.
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ViewState } from './view-state';

export interface ViewStore {
  /** The view state; each field read here (in a component's render or an effect) subscribes to that field alone. */
  readonly state: ViewState;
  /** The whole state: changes with any field. */
  readonly snapshot: ReadonlySignal<ViewState>;
  /** Changes the fields named, all at once (one update of what depends on them). */
  set: (patch: Partial<ViewState>) => void;
  /** The state now, without subscribing: for event handlers. */
  peek: () => ViewState;
}

type Fields = { [K in keyof ViewState]: Signal<ViewState[K]> };

export function createViewStore(initial: ViewState): ViewStore {
  const keys = Object.keys(initial) as (keyof ViewState)[];
  const fields = Object.fromEntries(keys.map((key) => [key, signal(initial[key])])) as unknown as Fields;
  const state = Object.defineProperties(
    {},
    Object.fromEntries(keys.map((key) => [key, { enumerable: true, get: () => fields[key].value }])),
  ) as ViewState;
  const snapshot = computed(() => ({ ...state }));
  return {
    state,
    snapshot,
    set(patch) {
      batch(() => {
        for (const key of Object.keys(patch) as (keyof ViewState)[])
          if (Object.hasOwn(fields, key)) (fields[key] as Signal<unknown>).value = patch[key];
      });
    },
    peek: () => Object.fromEntries(keys.map((key) => [key, fields[key].peek()])) as unknown as ViewState,
  };
}

/**
 * The state with only `fields` read through `state` (and so subscribed to), the rest peeked: for a component that
 * hands the whole state to code that uses a known part of it (the canvases), so that typing a search or sorting a
 * table does not draw the graph again.
 */
export function readFields(state: ViewState, peek: () => ViewState, fields: readonly (keyof ViewState)[]): ViewState {
  const read: Partial<Record<keyof ViewState, unknown>> = {};
  for (const field of fields) read[field] = state[field];
  return { ...peek(), ...read } as ViewState;
}

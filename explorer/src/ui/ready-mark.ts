// data-ready on <html> names the view shown once its data are drawn: the browser tests and the benchmark wait for it.
import { useLayoutEffect } from 'preact/hooks';
import type { ViewName } from '../state/view-state';

export function markReady(view: ViewName, ready: boolean): void {
  if (ready) document.documentElement.dataset['ready'] = view;
  else delete document.documentElement.dataset['ready'];
}

/** Marks the view after each drawing of the component that shows it (its DOM is then in place). */
export function useReadyMark(view: ViewName, ready: boolean): void {
  useLayoutEffect(() => markReady(view, ready));
}

// The side panels (filters, details) on a narrow screen: at 200 % zoom of a laptop (640 CSS px) or on a phone the
// three columns leave the view no room, so below compactWidthPx the panels become drawers that a button opens over
// the view. Opening moves the focus into the drawer, Escape or "Schließen" closes it and gives the focus back to
// what opened it (the button, or the network canvas for Enter on an actor). Wide screens keep the columns; there
// "open the details" only moves the focus into the details column.
import { signal, type ReadonlySignal } from '@preact/signals';

export type DrawerName = 'filters' | 'details';

/** Below this width (CSS px) the panels are drawers; styles.css uses the same figure in its media query. */
export const compactWidthPx = 960;

export interface Drawers {
  /** Whether the screen is narrow enough for drawers (follows the window's width). */
  readonly compact: ReadonlySignal<boolean>;
  /** The drawer open now, or '' for none (always '' on a wide screen). */
  readonly open: ReadonlySignal<DrawerName | ''>;
  /** Opens a drawer (on a wide screen: focuses the column), remembering where the focus was. */
  show: (name: DrawerName, opener?: HTMLElement | null) => void;
  /** Closes the open drawer and gives the focus back to its opener; false when there was nothing to close. */
  close: () => boolean;
  /** Closes the open drawer where the focus is elsewhere already (Tab out of it): nothing hides the focus then. */
  dismiss: () => void;
}

/** The element that receives the focus when a panel opens: the panel itself (each has tabindex -1). */
export const drawerPanelId: Record<DrawerName, string> = { filters: 'filters', details: 'details' };

export function createDrawers(): Drawers {
  const query = window.matchMedia(`(max-width: ${compactWidthPx - 0.02}px)`);
  const compact = signal(query.matches);
  const open = signal<DrawerName | ''>('');
  let opener: HTMLElement | null = null;
  query.addEventListener('change', (event) => {
    compact.value = event.matches;
    if (!event.matches) open.value = ''; // the columns are back: nothing lies over the view
  });
  // The drawer is drawn by the next render: the focus moves once it is there.
  const focusPanel = (name: DrawerName) =>
    requestAnimationFrame(() => document.getElementById(drawerPanelId[name])?.focus());
  return {
    compact,
    open,
    show(name, from) {
      opener = from ?? (document.activeElement as HTMLElement | null);
      if (compact.peek()) open.value = name;
      focusPanel(name);
    },
    close() {
      // On a wide screen nothing is open, but the focus still goes back to where "open" came from (the canvas).
      const back = opener;
      if (!open.peek() && !back) return false;
      open.value = '';
      opener = null;
      requestAnimationFrame(() => back?.isConnected && back.focus());
      return true;
    },
    dismiss() {
      open.value = '';
      opener = null;
    },
  };
}

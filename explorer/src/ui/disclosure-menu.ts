// A button that opens a short list of actions under it, over the page (the disclosure pattern: the button says
// whether the list is open, the entries are ordinary buttons in the tab order). Escape, a click elsewhere or a
// chosen entry closes it, and the focus goes back to the button. The export menu (export/export-menu.ts) and the
// coordinator's "Verwaltung" (app/admin-menu.ts) are made of it; "Neu …" (editing/edit-controls.ts), which holds a
// choice list too, closes the same way (useDismiss).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { h, type Child } from './dom';

export interface MenuEntry {
  id: string; // the entry's element id, e.g. "import-open"
  label: string;
  /** "dialog" where the entry opens one (said to screen readers): the menu closes before it opens. */
  opens?: 'dialog';
  /** What the entry does; the menu closes once it is done, and stays open where it fails (the caller says why). */
  run: () => void | Promise<void>;
}

/**
 * How an open menu behaves: its list (the element marked `data-menu-list`) is placed inside the window as it opens
 * (keepInView), and it closes on Escape (the focus back on its button) or a click anywhere outside it (the focus
 * stays where the click put it). `root` goes on the element around button and list, `toggle` on the button.
 */
export function useDismiss(open: boolean, setOpen: (open: boolean) => void) {
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) toggle.current?.focus();
  };
  // Listening from the drawing that opened it (a layout effect), so that a click right after counts; the list is
  // placed in view there too, before it is painted.
  useLayoutEffect(() => {
    if (!open) return undefined;
    const list = root.current?.querySelector<HTMLElement>('[data-menu-list]');
    if (root.current && list) keepInView(root.current, list);
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  return { root, toggle, close, onKeyDown };
}

/**
 * The list under its button, inside the window: right-aligned with the button where that fits (the header's menus
 * sit at its right), else moved to stay 8 px from the window's edges (on a phone the buttons wrap to the left).
 */
function keepInView(root: HTMLElement, list: HTMLElement): void {
  const margin = 8;
  const windowWidth = document.documentElement.clientWidth;
  const button = root.getBoundingClientRect();
  list.style.maxWidth = `${windowWidth - 2 * margin}px`;
  const width = list.getBoundingClientRect().width;
  const left = Math.max(margin, Math.min(button.right - width, windowWidth - margin - width));
  list.style.left = `${left - button.left}px`;
  list.style.right = 'auto';
}

export function DisclosureMenu({
  id,
  label,
  ariaLabel,
  entries,
  className,
  children,
}: {
  id: string; // the button's id; the list is `${id}-list`
  label: string;
  ariaLabel?: string;
  entries: MenuEntry[];
  className?: string;
  children?: Child; // shown under the list (a failure message)
}): Child {
  const [open, setOpen] = useState(false);
  const { root, toggle, close, onKeyDown } = useDismiss(open, setOpen);
  if (entries.length === 0) return null;
  return h(
    'div',
    { ref: root, className: `menu${className ? ` ${className}` : ''}`, onkeydown: onKeyDown },
    h(
      'button',
      {
        type: 'button',
        id,
        ref: toggle,
        className: 'primary',
        'aria-expanded': String(open),
        'aria-controls': `${id}-list`,
        'aria-label': ariaLabel,
        onclick: () => setOpen(!open),
      },
      `${label} ▾`,
    ),
    h(
      'ul',
      { id: `${id}-list`, className: 'menu-list', hidden: !open, 'data-menu-list': '' },
      entries.map((entry) =>
        h(
          'li',
          { key: entry.id },
          h(
            'button',
            {
              type: 'button',
              id: entry.id,
              'data-testid': entry.id,
              'aria-haspopup': entry.opens,
              onclick: async () => {
                // A dialog opens from the menu's button (it gives the focus back there when it closes).
                if (entry.opens === 'dialog') {
                  close(true);
                  return entry.run();
                }
                try {
                  await entry.run();
                } catch {
                  return; // it stays open to try again; the caller says what failed
                }
                close(true);
              },
            },
            entry.label,
          ),
        ),
      ),
    ),
    children,
  );
}

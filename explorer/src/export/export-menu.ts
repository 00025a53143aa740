// The export menu of a view: a disclosure button ("Exportieren") that opens the formats the view offers (CSV for
// Excel, an Excel workbook, a picture). Each entry is a button; Escape closes the menu and gives the focus back.
// The entries are the view's (app/view-exports.ts); the menu is the same component in every view.
import { useRef, useState } from 'preact/hooks';
import type { Language } from '../i18n/enum-labels';
import { h, type Child } from '../ui/dom';

export interface ExportItem {
  id: string; // the entry's element id, e.g. "export-xlsx"
  label: string;
  run: () => void | Promise<void>;
}

const words = {
  export: ['Exportieren', 'Export'],
  failed: ['Export fehlgeschlagen. Bitte erneut versuchen.', 'Export failed. Please try again.'],
} as const;

export function ExportMenu({
  id,
  lang,
  items,
  label,
}: {
  id: string;
  lang: Language;
  items: ExportItem[];
  label?: string; // what is exported, for the button's name ("Exportieren: Versorgungslücken")
}): Child {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const i = lang === 'de' ? 0 : 1;
  if (items.length === 0) return null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return h(
    'div',
    {
      className: 'export-menu',
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Escape' && open) close();
      },
    },
    h(
      'button',
      {
        type: 'button',
        id,
        ref: toggle,
        className: 'primary',
        'aria-haspopup': 'true',
        'aria-expanded': String(open),
        'aria-controls': `${id}-list`,
        'aria-label': label ? `${words.export[i]}: ${label}` : undefined,
        onclick: () => setOpen(!open),
      },
      `⤓ ${words.export[i]} ▾`,
    ),
    h(
      'ul',
      { id: `${id}-list`, className: 'export-list', hidden: !open },
      items.map((item) =>
        h(
          'li',
          { key: item.id },
          h(
            'button',
            {
              type: 'button',
              id: item.id,
              'data-testid': item.id,
              onclick: async () => {
                setFailed(false);
                try {
                  await item.run();
                  close();
                } catch (error) {
                  console.error(error);
                  setFailed(true);
                }
              },
            },
            item.label,
          ),
        ),
      ),
    ),
    failed && h('p', { className: 'export-failed', role: 'alert' }, words.failed[i]),
  );
}

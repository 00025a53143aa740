// The export menu of a view: "Exportieren" opens the formats the view offers (CSV for Excel, an Excel workbook, a
// picture), a menu like every other of the explorer (ui/disclosure-menu.ts). The entries are the view's
// (app/view-exports.ts); a failed export says so under the menu, which stays open to try again.
import { useState } from 'preact/hooks';
import type { Language } from '../i18n/enum-labels';
import { DisclosureMenu, type MenuEntry } from '../ui/disclosure-menu';
import { h, type Child } from '../ui/dom';

export type ExportItem = Omit<MenuEntry, 'opens'>;

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
  const [failed, setFailed] = useState(false);
  const i = lang === 'de' ? 0 : 1;
  const entries = items.map((item) => ({
    ...item,
    run: async () => {
      setFailed(false);
      try {
        await item.run();
      } catch (error) {
        console.error(error);
        setFailed(true);
        throw error;
      }
    },
  }));
  return h(DisclosureMenu, {
    id,
    label: `⤓ ${words.export[i]}`,
    ariaLabel: label ? `${words.export[i]}: ${label}` : undefined,
    entries,
    className: 'export-menu',
    children: failed ? h('p', { className: 'export-failed', role: 'alert' }, words.failed[i]) : null,
  });
}

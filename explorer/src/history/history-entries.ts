// The coordinator's ways to the Papierkorb and the partner conflicts: entries of the header's "Verwaltung" menu
// (app/admin-menu.ts).
import type { AppContext } from '../state/app-context';
import type { MenuEntry } from '../ui/disclosure-menu';
import { h } from '../ui/dom';
import { openHistoryDialog } from './history-dialog';
import { say } from './history-messages';
import { PapierkorbList } from './papierkorb-list';
import { PartnerConflicts } from './partner-conflicts';

export function historyEntries(ctx: AppContext): MenuEntry[] {
  const lang = ctx.lang;
  return [
    {
      id: 'papierkorb-open',
      label: say('trash', lang),
      opens: 'dialog',
      run: () => openHistoryDialog('papierkorb-dialog', 'trash', lang, (props) => h(PapierkorbList, { ...props, ctx })),
    },
    {
      id: 'conflicts-open',
      label: say('conflicts', lang),
      opens: 'dialog',
      run: () =>
        openHistoryDialog('conflicts-dialog', 'conflicts', lang, (props) => h(PartnerConflicts, { ...props, ctx })),
    },
  ];
}

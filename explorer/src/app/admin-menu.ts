// The coordinator's "Verwaltung" in the header: the spreadsheet import, the Papierkorb and the conflicts with
// partner systems, which she opens now and then, in one menu, so that the header keeps to two rows on a laptop and
// the network keeps its height. Offered to the coordinator only (the server checks every write again).
import { openImportDialog } from '../ui/import-dialog';
import { historyEntries } from '../history/history-entries';
import type { AppContext } from '../state/app-context';
import { DisclosureMenu } from '../ui/disclosure-menu';
import { h, type Child } from '../ui/dom';

export function AdminMenu({ ctx }: { ctx: AppContext }): Child {
  return h(DisclosureMenu, {
    id: 'admin-open',
    label: ctx.t('adminMenu'),
    className: 'admin-menu',
    entries: [
      {
        id: 'import-open',
        label: `⤒ ${ctx.t('importOpen')}`,
        opens: 'dialog',
        run: () => {
          openImportDialog(ctx.peek().lang, () => window.location.reload());
        },
      },
      ...historyEntries(ctx),
    ],
  });
}

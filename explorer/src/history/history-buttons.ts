// The coordinator's entries to the Papierkorb and the partner conflicts, in the top bar.
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { openHistoryDialog } from './history-dialog';
import { say } from './history-messages';
import { PapierkorbList } from './papierkorb-list';
import { PartnerConflicts } from './partner-conflicts';

export function HistoryButtons({ ctx }: { ctx: AppContext }): Child {
  const lang = ctx.lang;
  return [
    h(
      'button',
      {
        type: 'button',
        id: 'papierkorb-open',
        className: 'primary',
        'aria-haspopup': 'dialog',
        onclick: () =>
          openHistoryDialog('papierkorb-dialog', 'trash', lang, (props) => h(PapierkorbList, { ...props, ctx })),
      },
      say('trash', lang),
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'conflicts-open',
        className: 'primary',
        'aria-haspopup': 'dialog',
        onclick: () =>
          openHistoryDialog('conflicts-dialog', 'conflicts', lang, (props) => h(PartnerConflicts, { ...props, ctx })),
      },
      say('conflicts', lang),
    ),
  ];
}

// A modal dialog for the Papierkorb and the partner conflicts: a Preact component rendered into a <dialog> on the
// page (Escape and the close button close it). What was restored or taken over changes the district's data: the
// view is loaded again when the dialog closes after such a change.
import { render, type ComponentType } from 'preact';
import type { Language } from '../i18n/enum-labels';
import { h } from '../ui/dom';
import { say, type HistoryWord } from './history-messages';

export interface DialogProps {
  /** Tells the dialog that the district's data changed (reloaded on close). */
  changed: () => void;
}

export function openHistoryDialog(
  id: string,
  title: HistoryWord,
  lang: Language,
  content: ComponentType<DialogProps>,
): void {
  document.getElementById(id)?.remove();
  const dialog = document.createElement('dialog');
  dialog.id = id;
  dialog.className = 'history-dialog';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  document.body.appendChild(dialog);
  let dirty = false;
  const close = () => dialog.close();
  dialog.addEventListener('close', () => {
    render(null, dialog);
    dialog.remove();
    if (dirty) window.location.reload();
  });
  render(
    h(
      'div',
      { className: 'history-dialog-body' },
      h(
        'div',
        { className: 'panel-head' },
        h('h2', { id: `${id}-title` }, say(title, lang)),
        h(
          'button',
          {
            type: 'button',
            className: 'icon',
            'aria-label': say('close', lang),
            title: say('close', lang),
            onclick: close,
          },
          '×',
        ),
      ),
      h(content, { changed: () => (dirty = true) }),
    ),
    dialog,
  );
  dialog.showModal();
}

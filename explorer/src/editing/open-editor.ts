// Opens a form in its dialog, outside the explorer's component tree (its own Preact root on document.body, as the
// import dialog lives there). After a write the page loads the district again with the entity selected: the
// network, the map and the analyses are all computed from the data, so they are read anew rather than patched.
import { render } from 'preact';
import type { AppContext } from '../state/app-context.js';
import { h } from '../ui/dom.js';
import { FormDialog, type DialogMode } from './form-dialog.js';
import type { FormDefinition } from './form-definition.js';

export function openEditor(ctx: AppContext, definition: FormDefinition, mode: DialogMode): void {
  document.getElementById('edit-dialog-root')?.remove();
  const root = document.createElement('div');
  root.id = 'edit-dialog-root';
  document.body.append(root);
  const opener = document.activeElement as HTMLElement | null;
  const onClose = (written?: { selection?: string }) => {
    render(null, root);
    root.remove();
    if (!written) return opener?.focus();
    if (written.selection !== undefined) {
      ctx.set({ selected: written.selection });
      // The URL follows the state in an effect that runs after this handler, too late for the reload below: the
      // selection goes into the URL here, so that the page comes back with the entity just written selected.
      const url = new URL(window.location.href);
      if (written.selection) url.searchParams.set('sel', written.selection);
      else url.searchParams.delete('sel');
      history.replaceState(null, '', url);
    }
    window.location.reload();
  };
  render(h(FormDialog, { ctx, definition, mode, onClose }), root);
}

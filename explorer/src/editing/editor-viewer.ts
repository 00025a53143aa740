// Who may use the forms, for showing their controls only (the API checks every write again): the coordinator
// edits everything; a partner person only the offers of its own organisation (its Actor, carried by its session,
// server/auth/partner-source.ts); an analyst and anyone else nothing.
import { signal } from '@preact/signals';
import { fetchCurrentViewer, type CurrentViewer } from '../api/current-viewer.js';

const viewer = signal<CurrentViewer | undefined>(undefined);
let asked = false;

/** Asked on first use, not on import: the app takes a #token= link into the tab before it asks who is logged in. */
function current(): CurrentViewer | undefined {
  if (!asked) {
    asked = true;
    void fetchCurrentViewer().then((found) => (viewer.value = found));
  }
  return viewer.value;
}

export function canEditAll(): boolean {
  return current()?.role === 'coordinator';
}

/** The coordinator, or the partner whose Actor provides the offer. */
export function canEditOffer(providerId: string | undefined): boolean {
  const found = current();
  if (found?.role === 'coordinator') return true;
  return found?.role === 'partner' && Boolean(found.actorId) && found.actorId === providerId;
}

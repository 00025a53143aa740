// Who may use the forms, for showing their controls only (the API checks every write again): the coordinator
// edits everything; a partner person only the offers of its own organisation (its Actor, carried by its session,
// server/auth/partner-source.ts); an analyst and anyone else nothing.
import { signal } from '@preact/signals';
import { fetchCurrentViewer, type CurrentViewer } from '../api/current-viewer.js';

const viewer = signal<CurrentViewer | undefined>(undefined);
void fetchCurrentViewer().then((found) => (viewer.value = found));

export function canEditAll(): boolean {
  return viewer.value?.role === 'coordinator';
}

/** The coordinator, or the partner whose Actor provides the offer. */
export function canEditOffer(providerId: string | undefined): boolean {
  const current = viewer.value;
  if (current?.role === 'coordinator') return true;
  return current?.role === 'partner' && Boolean(current.actorId) && current.actorId === providerId;
}

// Who may use the forms, for showing their controls only (the API checks every write again): the coordinator
// edits everything; a partner person only the offers of its own organisation (its Actor, carried by its session,
// server/auth/partner-source.ts); an analyst and anyone else nothing.
import { signal } from '@preact/signals';
import { fetchCurrentViewer, type CurrentViewer } from '../api/current-viewer.js';

const viewer = signal<CurrentViewer | undefined>(undefined);
let asked = false;

/**
 * The viewer the app has already asked for (app/start-app.ts, before its first drawing): the editing controls are
 * then there in that first drawing. Asked later, the "Neu …" button came one render after the network was drawn,
 * the header grew by a line, and the canvas shrank under the first view just fitted (refitted, and 5,000 actors
 * drawn twice more without Cytoscape's cache, 1.6 s; npm run bench:explorer).
 */
export function knowViewer(found: CurrentViewer): void {
  asked = true;
  viewer.value = found;
}

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

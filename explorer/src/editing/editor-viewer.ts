// Who may use the forms, for showing their controls only (the API checks every write again): the coordinator
// edits everything; a partner person only the offers of its own organisation (its Actor, carried by its session,
// server/auth/partner-source.ts); an analyst and anyone else nothing. Read from the app's Access (state/access.ts),
// made from the viewer the app asked for before its first drawing, so that the controls are there in that drawing
// (asked again here, the "Neu …" button came one render late and the header grew by a line under a network just
// fitted: npm run bench:explorer, BENCHMARKS.md).
import type { Access } from '../state/access.js';

export function canEditAll(access: Access): boolean {
  return access.edit;
}

/** The coordinator, or the partner whose Actor provides the offer. */
export function canEditOffer(access: Access, providerId: string | undefined): boolean {
  if (access.edit) return true;
  return access.role === 'partner' && Boolean(access.ownActorId) && access.ownActorId === providerId;
}

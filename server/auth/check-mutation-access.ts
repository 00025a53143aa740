// Who may call which generated mutation, checked before anything is written. The schema's rules
// (@authentication / @authorization in schema/*.graphql) decide row by row; this refuses early and plainly, and
// keeps partners to flat offer writes: nested writes would reach other types through an offer's relationships.
import { ForbiddenError, quote } from '../errors.js';
import { coordinatorOnly, requireRole } from './roles.js';
import type { Viewer } from './viewer.js';

const offerMutations = new Set(['createOffers', 'updateOffers', 'deleteOffers']);
const offerRelationships = new Set(['provider', 'venue', 'funders']);
const linkOperations = new Set(['connect', 'disconnect']);

function refuseNested(path: string, what: string): never {
  throw new ForbiddenError(
    `A partner may only connect or disconnect an offer's provider and venue by key; ${what} at ${path} is the coordinator's`,
    { path },
  );
}

/** The value under an offer relationship: only { connect: [{ where }] } / { disconnect: [{ where }] }. */
function checkLinkInput(value: unknown, path: string): void {
  for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
    if (item === null || typeof item !== 'object') continue;
    for (const [operation, entries] of Object.entries(item)) {
      const at = `${path}${Array.isArray(value) ? `[${index}]` : ''}.${operation}`;
      if (!linkOperations.has(operation)) refuseNested(at, `${quote(operation)}`);
      for (const [position, entry] of (Array.isArray(entries) ? entries : [entries]).entries()) {
        const extra = Object.keys((entry ?? {}) as object).find((key) => key !== 'where' && key !== 'overwrite');
        if (extra) refuseNested(`${at}[${position}].${extra}`, `a nested ${quote(extra)}`);
      }
    }
  }
}

function checkPartnerInput(value: unknown, path: string): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkPartnerInput(item, `${path}[${index}]`));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (offerRelationships.has(key)) checkLinkInput(child, `${path}.${key}`);
    else checkPartnerInput(child, `${path}.${key}`);
  }
}

export function checkMutationAccess(viewer: Viewer | undefined, mutation: string, args: Record<string, unknown>): void {
  const isOfferMutation = offerMutations.has(mutation);
  requireRole(viewer, isOfferMutation ? ['coordinator', 'partner'] : coordinatorOnly, mutation);
  if (viewer!.role !== 'partner') return;
  if (mutation === 'deleteOffers' && args.delete) refuseNested('delete', 'deleting related records');
  for (const [name, value] of Object.entries(args)) if (name !== 'where') checkPartnerInput(value, name);
}

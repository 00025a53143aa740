// Who may call which generated mutation, checked before anything is written. The schema's rules
// (@authentication / @authorization in schema/*.graphql) decide row by row; this refuses early and plainly, and
// keeps partners to flat offer writes: nested writes would reach other types through an offer's relationships. A
// partner names only itself as provider and writes only under its own source (partner-source.ts).
import { ForbiddenError, quote } from '../errors.js';
import { checkPartnerSource } from './partner-source.js';
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

/** A partner connects as provider only its own Actor, named by id: never another Actor, nor one picked by a filter. */
function checkProviderConnect(viewer: Viewer, entry: unknown, path: string): void {
  const node = ((entry ?? {}) as { where?: { node?: Record<string, unknown> } }).where?.node ?? {};
  const id = node.id as { eq?: unknown } | undefined;
  const onlyOwnId =
    Object.keys(node).length === 1 && id !== undefined && Object.keys(id).length === 1 && id.eq === viewer.actorId;
  if (!onlyOwnId)
    throw new ForbiddenError(
      `A partner connects only its own Actor ${quote(viewer.actorId)} as an offer's provider, by { where: { node: { id: { eq: ${quote(viewer.actorId)} } } } }; ${quote(node)} at ${path} is not that`,
      { reason: 'FOREIGN_PROVIDER', path },
    );
}

/** The value under an offer relationship: only { connect: [{ where }] } / { disconnect: [{ where }] }. */
function checkLinkInput(viewer: Viewer, relationship: string, value: unknown, path: string): void {
  for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
    if (item === null || typeof item !== 'object') continue;
    for (const [operation, entries] of Object.entries(item as Record<string, unknown>)) {
      const at = `${path}${Array.isArray(value) ? `[${index}]` : ''}.${operation}`;
      if (!linkOperations.has(operation)) refuseNested(at, `${quote(operation)}`);
      for (const [position, entry] of (Array.isArray(entries) ? entries : [entries]).entries()) {
        const extra = Object.keys((entry ?? {}) as object).find((key) => key !== 'where' && key !== 'overwrite');
        if (extra) refuseNested(`${at}[${position}].${extra}`, `a nested ${quote(extra)}`);
        if (relationship === 'provider' && operation === 'connect')
          checkProviderConnect(viewer, entry, `${at}[${position}]`);
      }
    }
  }
}

function checkPartnerInput(viewer: Viewer, value: unknown, path: string): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkPartnerInput(viewer, item, `${path}[${index}]`));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (offerRelationships.has(key)) checkLinkInput(viewer, key, child, `${path}.${key}`);
    else checkPartnerInput(viewer, child, `${path}.${key}`);
  }
}

/** The source an offer input sets: input[i].source on create, update.source.set on update. */
function checkSources(viewer: Viewer, mutation: string, args: Record<string, unknown>): void {
  if (mutation === 'createOffers' && Array.isArray(args.input))
    args.input.forEach((item, index) =>
      checkPartnerSource(viewer, (item as { source?: unknown } | null)?.source, `input[${index}].source`),
    );
  if (mutation === 'updateOffers') {
    const source = (args.update as { source?: { set?: unknown } } | null | undefined)?.source;
    checkPartnerSource(viewer, source?.set, 'update.source');
  }
}

export function checkMutationAccess(viewer: Viewer | undefined, mutation: string, args: Record<string, unknown>): void {
  const isOfferMutation = offerMutations.has(mutation);
  requireRole(viewer, isOfferMutation ? ['coordinator', 'partner'] : coordinatorOnly, mutation);
  if (viewer!.role !== 'partner') return;
  if (mutation === 'deleteOffers' && args.delete) refuseNested('delete', 'deleting related records');
  for (const [name, value] of Object.entries(args)) if (name !== 'where') checkPartnerInput(viewer!, value, name);
  checkSources(viewer!, mutation, args);
}

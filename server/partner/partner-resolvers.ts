// The partner API in GraphQL (schema/partner-upsert.graphql): upsertOffers for partners and the coordinator, the
// conflicts for coordinator and analyst, their resolution for the coordinator.
import type { Driver } from 'neo4j-driver';
import { coordinatorOnly, requireRole, staff } from '../auth/roles.js';
import type { Viewer } from '../auth/viewer.js';
import { listOfferConflicts, resolveOfferConflicts, type ConflictFilter } from './offer-conflicts.js';
import { upsertOffers, type OfferUpsertInput } from './upsert-offers.js';

export interface PartnerDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
}

interface Ctx {
  viewer?: Viewer;
}

function requireDriver(deps: PartnerDeps): Driver {
  if (!deps.driver) throw new Error('the partner API needs a database driver');
  return deps.driver;
}

export function createPartnerResolvers(deps: PartnerDeps) {
  return {
    Query: {
      offerConflicts: (_source: unknown, args: ConflictFilter, context: Ctx) => {
        requireRole(context.viewer, staff, 'offerConflicts');
        return listOfferConflicts({ driver: requireDriver(deps), database: deps.database }, args);
      },
    },
    Mutation: {
      upsertOffers: (_source: unknown, args: { source: string; offers: OfferUpsertInput[] }, context: Ctx) => {
        const viewer = requireRole(context.viewer, ['coordinator', 'partner'], 'upsertOffers');
        return upsertOffers({ driver: requireDriver(deps), database: deps.database }, viewer, args.source, args.offers);
      },
      resolveOfferConflicts: (
        _source: unknown,
        args: { ids: string[]; resolution: 'ACCEPT_PARTNER_VALUE' | 'KEEP_COORDINATOR_VALUE' },
        context: Ctx,
      ) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'resolveOfferConflicts');
        return resolveOfferConflicts(
          { driver: requireDriver(deps), database: deps.database },
          viewer,
          args.ids,
          args.resolution,
        );
      },
    },
  };
}

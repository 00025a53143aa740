// The partner API in GraphQL (schema/partner-upsert.graphql): upsertOffers for partners and the coordinator, the
// conflicts for coordinator and analyst, their resolution for the coordinator. The role checked, then the partner
// service (server/partner/).
import type { Driver } from 'neo4j-driver';
import { coordinatorOnly, requireRole, staff } from '../auth/roles.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { listOfferConflicts, resolveOfferConflicts } from '../partner/offer-conflicts.js';
import { upsertOffers } from '../partner/upsert-offers.js';
import type { ResolverContext } from './resolver-context.js';

export interface PartnerDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
}

function requireDriver(deps: PartnerDeps): Driver {
  if (!deps.driver) throw new Error('the partner API needs a database driver');
  return deps.driver;
}

export function createPartnerResolvers(deps: PartnerDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'offerConflicts'>;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'upsertOffers' | 'resolveOfferConflicts'>;
} {
  const service = () => ({ driver: requireDriver(deps), database: deps.database });
  return {
    Query: {
      offerConflicts: (_source, args, context) => {
        requireRole(context.viewer, staff, 'offerConflicts');
        return listOfferConflicts(service(), args);
      },
    },
    Mutation: {
      upsertOffers: (_source, args, context) => {
        const viewer = requireRole(context.viewer, ['coordinator', 'partner'], 'upsertOffers');
        return upsertOffers(service(), viewer, args.source, args.offers);
      },
      resolveOfferConflicts: (_source, args, context) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'resolveOfferConflicts');
        return resolveOfferConflicts(service(), viewer, args.ids, args.resolution);
      },
    },
  };
}

// The hot reads answered by hand-written Cypher (server/lean-reads/): public like the offers, actors and cooperation
// links they read, so everyone may ask; the selection decides what the query projects. They take a slot of the
// request's session gate (the context's `sessions`) and read as auto-commit transactions on the server's driver
// (server/lean-reads/run-read.ts), without the per-request copy of the other custom resolvers
// (server/schema/route-request-sessions.ts), which was the larger part of their fixed cost.
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { requireDriver, type AnalysisDeps } from '../analysis/analysis-deps.js';
import { everyone, requireRole } from '../auth/roles.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import type { RequestSessions } from '../http/gate-sessions.js';
import { countOffersByCategory } from '../lean-reads/count-offers-by-category.js';
import { projectOffer } from '../lean-reads/offer-projection.js';
import { clampHops, cooperationLinkColumns, readEgoNetwork } from '../lean-reads/read-ego-network.js';
import { readMunicipalityOffers } from '../lean-reads/read-municipality-offers.js';
import { collectSubFields } from '../lean-reads/selected-fields.js';
import type { ResolverContext } from './resolver-context.js';

type LeanContext = ResolverContext & { sessions?: RequestSessions };

/**
 * What a selection makes of the query, once per field node: Apollo hands every request of a query text the same
 * parsed document, so its field nodes key the work of reading the selection.
 */
function perFieldNode<T>(make: (nodes: readonly FieldNode[], info: GraphQLResolveInfo) => T) {
  const made = new WeakMap<FieldNode, T>();
  return (info: GraphQLResolveInfo): T => {
    const key = info.fieldNodes[0]!;
    let value = made.get(key);
    if (value === undefined) {
      value = make(info.fieldNodes, info);
      made.set(key, value);
    }
    return value;
  };
}

const offerProjection = perFieldNode((nodes, info) =>
  projectOffer(
    nodes,
    info,
    'municipalityOffers',
    'municipalities(where: { ags: { eq: … } }) { offers(where: { category: { eq: … } }) { … } }',
  ),
);

/** Whether a counts request asks for the places (capacity, freePlaces), which cost a sum over every offer. */
const countsWithPlaces = perFieldNode((nodes, info) => {
  const selected = collectSubFields(nodes, info);
  return selected.has('capacity') || selected.has('freePlaces');
});

const linkColumns = perFieldNode((nodes, info) =>
  // Every field of CooperationLink is a column; the schema allows no other.
  [...collectSubFields(nodes, info).keys()].filter((name) => name in cooperationLinkColumns),
);

export function createLeanReadResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<LeanContext>, 'municipalityOffers' | 'egoNetwork' | 'offerCountsByCategory'>;
} {
  const driver = () => requireDriver(deps);
  return {
    Query: {
      municipalityOffers: (_source, args, context, info) => {
        requireRole(context.viewer, everyone, 'municipalityOffers');
        // Offer objects as the library's field resolvers read them (by field name); the schema types them.
        return readMunicipalityOffers(
          driver(),
          deps.database,
          context.sessions?.gate,
          offerProjection(info),
          args.ags,
          args.category,
        );
      },
      egoNetwork: (_source, args, context, info) => {
        requireRole(context.viewer, everyone, 'egoNetwork');
        return readEgoNetwork(
          driver(),
          deps.database,
          context.sessions?.gate,
          linkColumns(info),
          args.actorId,
          clampHops(args.hops),
        );
      },
      offerCountsByCategory: (_source, args, context, info) => {
        requireRole(context.viewer, everyone, 'offerCountsByCategory');
        return countOffersByCategory(
          driver(),
          deps.database,
          context.sessions?.gate,
          args,
          countsWithPlaces(info),
        ) as never;
      },
    },
  };
}

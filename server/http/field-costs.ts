// What a field costs, for the query cost limit (server/http/limit-queries.ts). One unit is about one value of one
// row the database reads and the server sends: a plain field costs 1, a list multiplies its selection by the items
// it may return. The custom resolvers run whole analyses; their weights say how many units one call is worth, from
// what each reads and computes (in a district of the demo county's size; all of Germany is about 10 times that).
import { Kind, parse, type GraphQLNamedType } from 'graphql';
import { loadTypeDefs } from '../sdl/load-type-defs.js';
import { uniqueKeys } from '../validation/field-rules.js';
import type { ArgumentReader, CostModel } from './measure-operation.js';

// A weight may read a string argument for its presence only, never its content: the figures are remembered per
// document and the shape of its variables (server/http/measure-cache.ts), where one id stands for any other.
type Weight = number | ((args: ArgumentReader) => number);

/** Without districtAgs or samtgemeindeAgs an analysis runs over all of Germany: about ten times a district. */
const byArea =
  (district: number): Weight =>
  (args) =>
    args('districtAgs') !== undefined || args('samtgemeindeAgs') !== undefined || args('municipalityAgs') !== undefined
      ? district
      : district * 10;

/** Custom resolvers and @cypher fields ("Type.field"): the cost of one call, its selection aside. */
export const fieldWeights: Readonly<Record<string, Weight>> = {
  // Reads the courses of the area (hundreds of rows of some twenty values) with their providers and group sizes.
  'Query.courseCalendar': byArea(5_000),
  // Matches every open need of the category in the country against every suitable course within reach (the
  // matching is country-wide by definition, whatever the area), greedy, in memory.
  'Query.waitingTimes': 20_000,
  // The waiting-time matching plus pooling by type and level and the providers in reach of each group.
  'Query.courseSuggestions': 30_000,
  // Needs and offers of one category in and around the area, every distance between them (2SFCA).
  'Query.coverageGaps': byArea(10_000),
  // The same for one municipality and the offers in its reach: per municipality of the list it is asked on.
  'Municipality.coverageGap': 2_000,
  // Loads the cooperation graph of the district and computes betweenness (all pairs), components and Louvain.
  'Query.networkAnalysis': byArea(20_000),
  // Gap tables of every category (up to 15), the network analysis, the course suggestions and stale offers.
  'Query.recommendations': byArea(100_000),
  // Snapshot rows of the area: dates of a year times categories times municipalities.
  'Query.monitoringSeries': byArea(5_000),
  // The distinct dates over the snapshots of an area.
  'Query.snapshotDates': byArea(1_000),
  // An index lookup in the change records; the list costs what its limit asks for on top.
  'Query.changes': 100,
  // A few conflict records by status; the list costs what its limit asks for on top.
  'Query.offerConflicts': 100,
  // A handful of settings rows.
  'Query.courseTypeSettings': 10,
  // One full scan of the offers (or a district's) with a grouping (server/lean-reads/count-offers-by-category.ts).
  'Query.offerCountsByCategory': byArea(1_000),
  // The offers of one municipality and category by the index on the municipality's key, with their links' fields.
  'Query.municipalityOffers': 10,
  // apoc.path.subgraphAll up to three links away from one actor, as Actor.egoNetwork.
  'Query.egoNetwork': 1_000,
  // @cypher: the offers in a box around the district's seats, each against every seat (schema/border-offers.graphql).
  'Query.offersAcrossBorder': 1_000,
  // Fulltext index lookups; each hit is then checked against the where filter.
  'Query.searchActors': 500,
  'Query.searchOffers': 500,
  'Query.searchMunicipalities': 500,
  // apoc.path.subgraphAll up to three links away from each actor it is asked on.
  'Actor.egoNetwork': 1_000,
  // @cypher: the actor's links in both directions.
  'Actor.partners': 10,
  // The partner API writes up to 1,000 offers with their references in one transaction.
  'Mutation.upsertOffers': 10_000,
  'Mutation.resolveOfferConflicts': 100,
  'Mutation.setCourseTypeSettings': 10,
  // One node of a district's network layout: up to 1,000 positions read or written at once.
  'Query.networkLayout': 100,
  'Mutation.saveNetworkLayout': 1_000,
  'Mutation.resetNetworkLayout': 10,
  // Indicators: outcomes and snapshots of the area, and for the current month the gap table and the waiting-time
  // matching of each category asked for (schema/outcomes.graphql).
  'Query.indicators': 40_000,
  // One district's live state per category (as indicators of the district) and the outcomes and snapshots of each area;
  // without districtAgs every district of the graph: the country-wide gap table, the places of every municipality and
  // the outcomes and snapshots of all districts (the matching is country-wide either way).
  'Query.indicatorRanking': byArea(40_000),
  'Query.indicatorTargets': 10,
  // Per decision the indicator over two windows of months (the current month live only when inside one).
  'Query.decisionEffects': 20_000,
  'Query.offerOutcomes': 500,
  // Up to 1,000 outcomes with their offers in one transaction.
  'Mutation.reportOutcomes': 10_000,
};

/** A count or an aggregate over a connection reads every matching node, not only one page. */
const aggregateWeight = 100;

/**
 * Relationships that hold at most one node (DESIGN.md's domain model; the schema keeps them lists because
 * @neo4j/graphql connects only list relationships): a list of one, not of the @limit default.
 */
export const singleRelationships: ReadonlySet<string> = new Set([
  'Actor.municipality',
  'Municipality.district',
  'Municipality.memberOf',
  'Snapshot.municipality',
  'Need.municipality',
  'Need.reportedBy',
  'Network.coordinator',
  'Meeting.network',
  'Decision.meeting',
  'Decision.responsible',
  'Offer.provider',
  'Offer.venue',
]);

export interface ListLimit {
  default: number; // items when the query gives no limit
  max: number; // @neo4j/graphql never returns more, whatever limit is asked for
}

/** The @limit(default, max) of each type of the SDL (schema/*.graphql). */
export function readListLimits(typeDefs: string = loadTypeDefs()): Map<string, ListLimit> {
  const limits = new Map<string, ListLimit>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const directive = definition.directives?.find((candidate) => candidate.name.value === 'limit');
    if (!directive) continue;
    const number = (name: string) => {
      const argument = directive.arguments?.find((candidate) => candidate.name.value === name);
      return argument?.value.kind === Kind.INT ? Number(argument.value.value) : undefined;
    };
    const max = number('max') ?? Number.POSITIVE_INFINITY;
    limits.set(definition.name.value, { default: number('default') ?? max, max });
  }
  return limits;
}

/**
 * Items a `where` filter lets through at most when it names the type's unique key (`{ id: { eq: "x" } }`: one,
 * `{ id: { in: [...] } }`: that many); undefined for any other filter. The fields of a where object all have to
 * hold, so one of them on the key is enough.
 */
export function keyMatches(typeName: string, where: unknown): number | undefined {
  if (typeof where !== 'object' || where === null) return undefined;
  let fewest: number | undefined;
  for (const key of uniqueKeys[typeName] ?? []) {
    const condition = (where as Record<string, unknown>)[key];
    if (typeof condition !== 'object' || condition === null) continue;
    const { eq, in: among } = condition as { eq?: unknown; in?: unknown };
    const matches = eq !== undefined && eq !== null ? 1 : Array.isArray(among) ? among.length : undefined;
    if (matches !== undefined) fewest = Math.min(fewest ?? matches, matches);
  }
  return fewest;
}

/** The cost model of the project's schema. */
export function createCostModel(limits: Map<string, ListLimit> = readListLimits()): CostModel {
  return {
    weightOf(field, args) {
      const weight = fieldWeights[field];
      if (weight !== undefined) return typeof weight === 'number' ? weight : weight(args);
      const [type, name] = field.split('.');
      if (type!.endsWith('Connection') && (name === 'aggregate' || name === 'totalCount')) return aggregateWeight;
      return 1;
    },
    listSizeOf(field, elementType: GraphQLNamedType, args) {
      const limit = limits.get(elementType.name);
      const asked = args('limit') ?? args('first');
      const most = Math.min(
        typeof asked === 'number' && Number.isFinite(asked)
          ? Math.min(Math.max(0, Math.ceil(asked)), limit ? limit.max : Number.POSITIVE_INFINITY)
          : singleRelationships.has(field.replace(/Connection$/, ''))
            ? 1
            : // Lists of node types hold what @limit lets through; the other lists (results of the analyses,
              // scalars) are built in memory by a resolver whose weight already counts them.
              limit
              ? limit.default
              : 1,
        // A connection's where filters its edges' node: { node: { id: { eq } } }
        keyMatches(elementType.name, args('where')) ??
          keyMatches(elementType.name, (args('where') as { node?: unknown } | undefined)?.node) ??
          Number.POSITIVE_INFINITY,
      );
      return most;
    },
  };
}

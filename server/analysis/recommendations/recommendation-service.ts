// The recommendations of an area: the gap tables of every category asked for, the network analysis of the district,
// and the networks its actors could be invited to, turned into ranked recommendations.
import neo4j from 'neo4j-driver';
import { BadUserInputError, NotFoundError, quote } from '../../errors.js';
import { requireDriver, type AnalysisDeps } from '../analysis-deps.js';
import { courseSuggestionsFor } from '../courses/course-suggestions-service.js';
import { coverageGapTable } from '../gaps/gap-service.js';
import { categoryLabels } from '../labels.js';
import { analyseNetwork } from '../network/analyse-network.js';
import { loadCooperationGraph } from '../network/load-cooperation-graph.js';
import { todayInGermany } from '../../../shared/calendar.js';
import { deriveRecommendations, type NetworkMembership, type Recommendation } from './derive-recommendations.js';

export interface RecommendationsArgs {
  districtAgs?: string | null;
  samtgemeindeAgs?: string | null;
  categories?: string[] | null;
  codes?: string[] | null;
  radiusKm?: number | null;
  limit?: number | null;
}

export const maxRecommendations = 1000;

async function districtOf(
  deps: AnalysisDeps,
  samtgemeindeAgs: string,
): Promise<{ districtAgs: string; members: Set<string> }> {
  const { records } = await requireDriver(deps).executeQuery(
    `MATCH (sg:Municipality {ags: $ags, kind: 'COLLECTIVE'})-[:IN_DISTRICT]->(d:District)
     RETURN d.ags AS districtAgs, [sg.ags] + COLLECT { MATCH (m:Municipality)-[:MEMBER_OF]->(sg) RETURN m.ags } AS members`,
    { ags: samtgemeindeAgs },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  const record = records[0];
  if (!record)
    throw new NotFoundError(
      `There is no Samtgemeinde (a municipality of kind COLLECTIVE) with ags ${quote(samtgemeindeAgs)}`,
      { value: samtgemeindeAgs },
    );
  return { districtAgs: record.get('districtAgs') as string, members: new Set(record.get('members') as string[]) };
}

/** Networks with at least one member located in the district, with all their members. */
async function networksOf(deps: AnalysisDeps, districtAgs: string): Promise<NetworkMembership[]> {
  const { records } = await requireDriver(deps).executeQuery(
    `MATCH (n:Network)<-[:MEMBER_OF_NETWORK]-(:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $districtAgs})
     WITH DISTINCT n
     RETURN n.id AS id, n.name AS name, n.kind AS kind, COLLECT { MATCH (n)<-[:MEMBER_OF_NETWORK]-(a:Actor) RETURN a.id } AS memberIds
     ORDER BY n.name`,
    { districtAgs },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  return records.map((record) => record.toObject() as NetworkMembership);
}

export async function recommendationsFor(deps: AnalysisDeps, args: RecommendationsArgs): Promise<Recommendation[]> {
  const { districtAgs, samtgemeindeAgs } = args;
  if (!districtAgs && !samtgemeindeAgs)
    throw new BadUserInputError(
      'Give districtAgs or samtgemeindeAgs: recommendations are made for one district or Samtgemeinde',
    );
  const limit = args.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxRecommendations) {
    throw new BadUserInputError(`limit must be a whole number from 1 to ${maxRecommendations}, got ${quote(limit)}`, {
      field: 'limit',
      value: limit,
    });
  }
  const categories = args.categories?.length ? args.categories : Object.keys(categoryLabels);
  // The gap tables check the area and the radius, and say what is wrong with them.
  const tables = await Promise.all(
    categories.map((category) =>
      coverageGapTable(deps, { category, districtAgs, samtgemeindeAgs, radiusKm: args.radiusKm }),
    ),
  );
  const scope = samtgemeindeAgs
    ? await districtOf(deps, samtgemeindeAgs)
    : { districtAgs: districtAgs!, members: undefined };
  const graph = await loadCooperationGraph(requireDriver(deps), {
    districtAgs: scope.districtAgs,
    database: deps.database,
  });
  const network = graph ? analyseNetwork(graph) : undefined;
  const actors = (network?.actors ?? []).filter(
    (actor) => !scope.members || (actor.municipalityAgs !== null && scope.members.has(actor.municipalityAgs)),
  );
  const radiusKm = tables[0]?.radiusKm ?? 25;
  const today = todayInGermany();
  const courseRecommendations = await courseSuggestionsFor(deps, {
    districtAgs,
    samtgemeindeAgs,
    radiusKm,
    asOf: today,
    categories,
  });
  const recommendations = deriveRecommendations({
    today,
    radiusKm,
    tables,
    actors,
    networks: await networksOf(deps, scope.districtAgs),
    extra: courseRecommendations,
  });
  const codes = args.codes?.length ? new Set(args.codes) : undefined;
  return recommendations.filter((recommendation) => !codes || codes.has(recommendation.code)).slice(0, limit);
}

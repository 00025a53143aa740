// What the needs analysis of a district (Bedarfsanalyse mit Handlungsempfehlungen) needs, all from the same
// functions the API answers with: the county in figures, the gap table of every category, the ranked
// recommendations with the names behind their evidence, the cooperation network and the monitoring trends.
import neo4j from 'neo4j-driver';
import type { AnalysisDeps } from '../../analysis/analysis-deps.js';
import { coverageGapTable } from '../../analysis/gaps/gap-service.js';
import type { GapTable } from '../../analysis/gaps/build-gap-table.js';
import { analyseNetwork, type NetworkAnalysisResult } from '../../analysis/network/analyse-network.js';
import { loadCooperationGraph } from '../../analysis/network/load-cooperation-graph.js';
import type { Recommendation } from '../../analysis/recommendations/derive-recommendations.js';
import { recommendationsFor } from '../../analysis/recommendations/recommendation-service.js';
import { todayInGermany } from '../../../shared/calendar.js';
import { BadUserInputError, NotFoundError, quote } from '../../errors.js';
import { loadMonitoringSeries, type MonitoringSeries } from '../../monitoring/load-monitoring-series.js';
import { monthsBefore } from '../../../shared/calendar.js';
import { snapshotCategories } from '../../monitoring/snapshot-row.js';
import { decisionEffects } from '../../monitoring/decision-effects-service.js';
import { loadIndicators } from '../../monitoring/indicator-service.js';
import type { Effectiveness } from './render-effectiveness-html.js';
import { loadSurveyReport, type SurveyReportRound } from '../../surveys/survey-report.js';

export interface CountySummary {
  municipalities: number; // without the Samtgemeinden as wholes
  samtgemeinden: number;
  population: number;
  newcomers: number; // estimated
  actors: number; // located in the district
  offers: number; // held in the district, PLANNED, OPEN, FULL or RUNNING
  openNeeds: number;
  personsInNeed: number; // persons of the open needs
}

export interface MapPoint {
  ags: string;
  name: string;
  kind: string;
  latitude: number;
  longitude: number;
}

export interface NeedsAnalysis {
  today: string;
  districtAgs: string;
  districtName: string;
  radiusKm: number;
  summary: CountySummary;
  tables: GapTable[]; // every category, in the order of DESIGN.md
  points: MapPoint[]; // the district's located municipalities, for the maps
  recommendations: Recommendation[]; // the most urgent first
  recommendationCount: number; // all there are, of which `recommendations` is the head
  names: Map<string, string>; // offer and actor ids of the evidence -> title or name
  acrossBorder: BorderOfferInReach[]; // offers of other districts that the gap tables count in reach, by title
  network: NetworkAnalysisResult;
  trends: MonitoringSeries[]; // the district's monitoring, every category, the last 12 months
  effectiveness: Effectiveness; // the indicators of this month and the decisions' effects (Query.indicators, decisionEffects)
  surveys: SurveyReportRound[]; // the Bedarfsabfrage rounds asking the district's areas, newest first (Query.surveyRounds)
}

/** An offer of a neighbouring district that a gap table counts in reach of the district's municipalities. */
export interface BorderOfferInReach {
  id: string;
  title: string;
  category: string;
  provider: string | null;
  venue: string | null;
  district: string | null; // the venue's district, else the provider's
}

export interface NeedsAnalysisOptions {
  districtAgs: string; // 5-digit district key
  radiusKm?: number; // catchment radius; default 25
  recommendations?: number; // how many recommendations the report lists; default 25
}

export async function loadNeedsAnalysis(deps: AnalysisDeps, options: NeedsAnalysisOptions): Promise<NeedsAnalysis> {
  const { districtAgs } = options;
  if (!/^\d{5}$/.test(districtAgs))
    throw new BadUserInputError(`district must be a 5-digit district key, got ${quote(districtAgs)}`, {
      field: 'district',
      value: districtAgs,
    });
  const driver = deps.driver!;
  const read = async (query: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(query, params, { database: deps.database, routing: neo4j.routing.READ })).records.map(
      (record) => record.toObject(),
    );
  const [district] = await read('MATCH (d:District {ags: $ags}) RETURN d.name AS name', { ags: districtAgs });
  if (!district) throw new NotFoundError(`There is no district with ags ${quote(districtAgs)}`, { value: districtAgs });
  const today = todayInGermany();

  const [summaryRow] = await read(
    `MATCH (d:District {ags: $ags})<-[:IN_DISTRICT]-(m:Municipality)
     WITH collect(m) AS all
     RETURN size([m IN all WHERE m.kind <> 'COLLECTIVE']) AS municipalities, size([m IN all WHERE m.kind = 'COLLECTIVE']) AS samtgemeinden,
       reduce(x = 0, m IN [m IN all WHERE m.kind <> 'COLLECTIVE'] | x + coalesce(m.population, 0)) AS population,
       reduce(x = 0, m IN [m IN all WHERE m.kind <> 'COLLECTIVE'] | x + coalesce(m.newcomers, 0)) AS newcomers,
       COUNT { MATCH (a:Actor)-[:LOCATED_IN]->(m) WHERE m IN all } AS actors,
       COUNT { MATCH (o:Offer)-[:TAKES_PLACE_IN]->(m) WHERE m IN all AND o.status IN ['PLANNED', 'OPEN', 'FULL', 'RUNNING'] } AS offers,
       COUNT { MATCH (n:Need {status: 'OPEN'})-[:NEEDED_IN]->(m) WHERE m IN all } AS openNeeds,
       COLLECT { MATCH (n:Need {status: 'OPEN'})-[:NEEDED_IN]->(m) WHERE m IN all RETURN n.persons } AS persons`,
    { ags: districtAgs },
  );
  const toNumber = (value: unknown) => (neo4j.isInt(value) ? neo4j.integer.toNumber(value) : Number(value ?? 0));
  const summary: CountySummary = {
    municipalities: toNumber(summaryRow!.municipalities),
    samtgemeinden: toNumber(summaryRow!.samtgemeinden),
    population: toNumber(summaryRow!.population),
    newcomers: toNumber(summaryRow!.newcomers),
    actors: toNumber(summaryRow!.actors),
    offers: toNumber(summaryRow!.offers),
    openNeeds: toNumber(summaryRow!.openNeeds),
    personsInNeed: (summaryRow!.persons as unknown[]).reduce<number>((sum, persons) => sum + toNumber(persons), 0),
  };

  const radiusKm = options.radiusKm ?? 25;
  const [tables, allRecommendations, graph, trends] = await Promise.all([
    Promise.all(snapshotCategories.map((category) => coverageGapTable(deps, { category, districtAgs, radiusKm }))),
    recommendationsFor(deps, { districtAgs, radiusKm, limit: 1000 }),
    loadCooperationGraph(driver, { districtAgs, database: deps.database }),
    loadMonitoringSeries(deps, { districtAgs, from: monthsBefore(today, 12), to: today }),
  ]);
  // After the tables, not beside them: the live month repeats gap tables and the waiting-time matching, and a
  // report should not hold more of the connection pool at once than it did.
  const indicators = await loadIndicators(deps, { districtAgs });
  const effects = await decisionEffects(deps, { districtAgs });
  const surveys = await loadSurveyReport({ driver, database: deps.database }, districtAgs);
  const recommendations = allRecommendations.slice(0, options.recommendations ?? 25);
  const evidenceIds = [...new Set(recommendations.flatMap((r) => [...r.offerIds, ...r.actorIds]))];
  const names = new Map(
    (
      await read(
        'MATCH (n) WHERE (n:Offer OR n:Actor) AND n.id IN $ids RETURN n.id AS id, coalesce(n.title, n.name) AS name',
        { ids: evidenceIds },
      )
    ).map((row) => [row.id as string, row.name as string]),
  );
  // The courses across the border the tables count in reach: named in the report, as the explorer's map shows them.
  const inReach = [...new Set(tables.flatMap((table) => table.municipalities.flatMap((row) => row.offerIdsInReach)))];
  const acrossBorder = (
    await read(
      `MATCH (o:Offer) WHERE o.id IN $ids
         AND NOT EXISTS { (o)-[:TAKES_PLACE_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $ags}) }
         AND NOT EXISTS { (o)<-[:PROVIDES]-(:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $ags}) }
       OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
       OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
       OPTIONAL MATCH (p)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(pd:District)
       OPTIONAL MATCH (v)-[:IN_DISTRICT]->(vd:District)
       RETURN o.id AS id, o.title AS title, o.category AS category, p.name AS provider, v.name AS venue,
         coalesce(vd.name, pd.name) AS district
       ORDER BY o.title, o.id`,
      { ids: inReach, ags: districtAgs },
    )
  ).map((row) => row as unknown as BorderOfferInReach);
  const points = tables[0]!.municipalities
    .filter((row) => row.latitude !== null && row.longitude !== null)
    .map((row) => ({
      ags: row.ags,
      name: row.name,
      kind: row.kind,
      latitude: row.latitude!,
      longitude: row.longitude!,
    }));

  return {
    today,
    districtAgs,
    districtName: district.name as string,
    radiusKm,
    summary,
    tables,
    points,
    recommendations,
    recommendationCount: allRecommendations.length,
    names,
    acrossBorder,
    network: analyseNetwork(graph!),
    trends,
    effectiveness: { indicators, effects },
    surveys,
  };
}

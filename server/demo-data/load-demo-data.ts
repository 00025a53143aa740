// Writes the demo data set into Neo4j in one write transaction: all of it or nothing.
// Idempotent: nodes are merged on their keys, relationships merged, and relationships of the demo records that the
// data no longer names are removed, so loading again (or with another seed) leaves exactly the data's graph.
// Labels, property names and relationship types follow schema/*.graphql, which @neo4j/graphql reads.
import neo4j, { type Driver, type Integer, type ManagedTransaction } from 'neo4j-driver';
import { systemViewer, type Viewer } from '../auth/viewer.js';
import { diffSnapshots, type Change } from '../changes/diff-snapshots.js';
import { entityModel } from '../changes/entity-model.js';
import { recordChanges } from '../changes/record-changes.js';
import { advanceDataVersion } from '../database/data-version.js';
import { snapshotEntities, type EntitySnapshot } from '../changes/snapshot-entities.js';
import type { DemoData } from './generate-demo-data.js';
import { demoSnapshotIdPrefix, generateDemoHistory } from './generate-demo-history.js';
import { generateDemoOutcomes } from './generate-demo-outcomes.js';
import { writeDemoOutcomes } from './load-demo-outcomes.js';
import { generateDemoSurveys } from './generate-demo-surveys.js';
import { writeDemoSurveys } from './load-demo-surveys.js';
import { upsertSnapshots } from '../monitoring/write-snapshots.js';
import { loadDemoOutlines } from './load-demo-outlines.js';

export interface LoadDemoDataOptions {
  database?: string; // Neo4j database name; undefined uses the server's default
  onProgress?: (step: string, done: number, total: number) => void; // called after each step
  history?: boolean; // also write the year of monthly monitoring snapshots (generate-demo-history.ts); default true
  viewer?: Viewer; // who loads, for the change history; default the script "seed"
}

export class DemoDataLoadError extends Error {}

interface NodeStep {
  name: string;
  cypher: string;
  rows: object[];
}

// One relationship type, seen from the node that owns it in the data (e.g. an offer owns its venue and provider).
interface RelationStep {
  type: string;
  owner: { label: string; key: string };
  other: { label: string; key: string };
  outgoing: boolean; // true: (owner)-[:type]->(other); false: (owner)<-[:type]-(other)
  links: { id: string; keep: string[] }[];
}

const created = 'ON CREATE SET n.createdAt = datetime()';

/** The county's records and, beside them, the neighbouring district's border area (plans/border-plans.ts). */
function withBorderArea(data: DemoData) {
  const border = data.borderArea;
  return {
    districts: [data.district, border.district],
    // The neighbour's municipalities have no population figures in the reference data: they stay empty.
    municipalities: [
      ...data.municipalities,
      ...border.municipalities.map((m) => ({
        ...m,
        memberOfAgs: null,
        population: null,
        populationEstimated: null,
        newcomers: null,
      })),
    ],
    actors: [...data.actors, ...border.actors],
    offers: [...data.offers, ...border.offers],
  };
}

function nodeSteps(data: DemoData): NodeStep[] {
  const all = withBorderArea(data);
  return [
    {
      name: 'districts',
      rows: all.districts,
      cypher: `UNWIND $rows AS row
        MERGE (n:District {ags: row.ags}) ${created}
        SET n.name = row.name, n.state = row.state, n.updatedAt = datetime()`,
    },
    {
      name: 'municipalities',
      rows: all.municipalities,
      cypher: `UNWIND $rows AS row
        MERGE (n:Municipality {ags: row.ags}) ${created}
        SET n.name = row.name, n.kind = row.kind, n.population = toInteger(row.population),
            n.populationEstimated = row.populationEstimated, n.newcomers = toInteger(row.newcomers),
            n.location = point({latitude: row.lat, longitude: row.lon}), n.updatedAt = datetime()`,
    },
    {
      name: 'actors',
      rows: all.actors,
      cypher: `UNWIND $rows AS row
        MERGE (n:Actor {id: row.id}) ${created}
        SET n.name = row.name, n.kind = row.kind, n.description = row.description, n.address = row.address,
            n.postcode = row.postcode, n.city = row.city, n.location = point({latitude: row.lat, longitude: row.lon}),
            n.phone = row.phone, n.email = row.email, n.website = row.website, n.languages = row.languages,
            n.source = row.source, n.externalId = row.externalId, n.updatedAt = datetime()`,
    },
    {
      name: 'offers',
      rows: all.offers,
      // A stale offer keeps its old updatedAt so that the STALE_OFFER rule has something to report.
      cypher: `UNWIND $rows AS row
        MERGE (n:Offer {id: row.id})
        ON CREATE SET n.createdAt = coalesce(datetime(row.updatedAt), datetime())
        SET n.title = row.title, n.description = row.description, n.category = row.category,
            n.courseType = row.courseType, n.languageLevelFrom = row.languageLevelFrom,
            n.languageLevelTo = row.languageLevelTo, n.targetGroups = row.targetGroups,
            n.capacity = toInteger(row.capacity), n.booked = toInteger(row.booked), n.waitlist = toInteger(row.waitlist),
            n.minGroupSize = toInteger(row.minGroupSize), n.startDate = date(row.startDate), n.endDate = date(row.endDate),
            n.registrationDeadline = date(row.registrationDeadline), n.schedule = row.schedule,
            n.hoursTotal = toInteger(row.hoursTotal), n.format = row.format, n.childcare = row.childcare,
            n.costFree = row.costFree, n.cost = toFloat(row.cost), n.languages = row.languages,
            n.accessible = row.accessible, n.status = row.status,
            n.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END,
            n.source = row.source, n.externalId = row.externalId,
            n.updatedAt = coalesce(datetime(row.updatedAt), datetime())`,
    },
    {
      name: 'needs',
      rows: data.needs,
      cypher: `UNWIND $rows AS row
        MERGE (n:Need {id: row.id}) ${created}
        SET n.category = row.category, n.targetGroup = row.targetGroup, n.languageLevel = row.languageLevel,
            n.persons = toInteger(row.persons), n.reportedAt = date(row.reportedAt), n.source = row.source,
            n.status = row.status, n.note = row.note, n.updatedAt = datetime()`,
    },
    {
      name: 'networks',
      rows: data.networks,
      cypher: `UNWIND $rows AS row
        MERGE (n:Network {id: row.id}) ${created}
        SET n.name = row.name, n.kind = row.kind, n.cadence = row.cadence, n.description = row.description,
            n.updatedAt = datetime()`,
    },
    {
      name: 'meetings',
      rows: data.meetings,
      cypher: `UNWIND $rows AS row
        MERGE (n:Meeting {id: row.id}) ${created}
        SET n.date = date(row.date), n.topic = row.topic, n.place = row.place, n.updatedAt = datetime()`,
    },
    {
      name: 'decisions',
      rows: data.decisions,
      cypher: `UNWIND $rows AS row
        MERGE (n:Decision {id: row.id}) ${created}
        SET n.text = row.text, n.status = row.status, n.dueDate = date(row.dueDate), n.updatedAt = datetime()`,
    },
  ];
}

const one = (value: string | null): string[] => (value === null ? [] : [value]);

function relationSteps(data: DemoData): RelationStep[] {
  const all = withBorderArea(data);
  const municipality = { label: 'Municipality', key: 'ags' };
  const actor = { label: 'Actor', key: 'id' };
  return [
    {
      type: 'IN_DISTRICT',
      owner: municipality,
      other: { label: 'District', key: 'ags' },
      outgoing: true,
      links: all.municipalities.map((m) => ({ id: m.ags, keep: [m.districtAgs] })),
    },
    {
      type: 'MEMBER_OF',
      owner: municipality,
      other: municipality,
      outgoing: true,
      links: all.municipalities.map((m) => ({ id: m.ags, keep: one(m.memberOfAgs) })),
    },
    {
      type: 'LOCATED_IN',
      owner: actor,
      other: municipality,
      outgoing: true,
      links: all.actors.map((a) => ({ id: a.id, keep: [a.municipalityAgs] })),
    },
    {
      type: 'SERVES',
      owner: actor,
      other: municipality,
      outgoing: true,
      links: all.actors.map((a) => ({ id: a.id, keep: a.servesAgs })),
    },
    {
      type: 'PROVIDES',
      owner: { label: 'Offer', key: 'id' },
      other: actor,
      outgoing: false,
      links: all.offers.map((o) => ({ id: o.id, keep: [o.providerId] })),
    },
    {
      type: 'FUNDS',
      owner: { label: 'Offer', key: 'id' },
      other: actor,
      outgoing: false,
      links: all.offers.map((o) => ({ id: o.id, keep: o.funderIds })),
    },
    {
      type: 'TAKES_PLACE_IN',
      owner: { label: 'Offer', key: 'id' },
      other: municipality,
      outgoing: true,
      links: all.offers.map((o) => ({ id: o.id, keep: [o.venueAgs] })),
    },
    {
      type: 'NEEDED_IN',
      owner: { label: 'Need', key: 'id' },
      other: municipality,
      outgoing: true,
      links: data.needs.map((n) => ({ id: n.id, keep: [n.municipalityAgs] })),
    },
    {
      type: 'REPORTED_BY',
      owner: { label: 'Need', key: 'id' },
      other: actor,
      outgoing: true,
      links: data.needs.map((n) => ({ id: n.id, keep: one(n.reportedById) })),
    },
    {
      type: 'COORDINATES',
      owner: { label: 'Network', key: 'id' },
      other: actor,
      outgoing: false,
      links: data.networks.map((n) => ({ id: n.id, keep: [n.coordinatorId] })),
    },
    {
      type: 'MEMBER_OF_NETWORK',
      owner: { label: 'Network', key: 'id' },
      other: actor,
      outgoing: false,
      links: data.networks.map((n) => ({ id: n.id, keep: n.memberIds })),
    },
    {
      type: 'MEETING_OF',
      owner: { label: 'Meeting', key: 'id' },
      other: { label: 'Network', key: 'id' },
      outgoing: true,
      links: data.meetings.map((m) => ({ id: m.id, keep: [m.networkId] })),
    },
    {
      type: 'ATTENDED',
      owner: { label: 'Meeting', key: 'id' },
      other: actor,
      outgoing: false,
      links: data.meetings.map((m) => ({ id: m.id, keep: m.attendeeIds })),
    },
    {
      type: 'DECIDED_AT',
      owner: { label: 'Decision', key: 'id' },
      other: { label: 'Meeting', key: 'id' },
      outgoing: true,
      links: data.decisions.map((d) => ({ id: d.id, keep: [d.meetingId] })),
    },
    {
      type: 'RESPONSIBLE_FOR',
      owner: { label: 'Decision', key: 'id' },
      other: actor,
      outgoing: false,
      links: data.decisions.map((d) => ({ id: d.id, keep: one(d.responsibleId) })),
    },
  ];
}

function arrows(outgoing: boolean): [string, string] {
  return outgoing ? ['-', '->'] : ['<-', '-'];
}

async function runCount(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<number> {
  const result = await tx.run<{ n: Integer }>(`${cypher}\nRETURN count(*) AS n`, params);
  return neo4j.integer.toNumber(result.records[0]?.get('n') ?? 0);
}

async function writeRelation(tx: ManagedTransaction, step: RelationStep): Promise<number> {
  const [left, right] = arrows(step.outgoing);
  const { owner, other, type } = step;
  const ownerNode = `(o:${owner.label} {${owner.key}: link.id})`;
  await tx.run(
    `UNWIND $links AS link
     MATCH ${ownerNode}${left}[r:${type}]${right}(x:${other.label})
     WHERE NOT x.${other.key} IN link.keep
     DELETE r`,
    { links: step.links },
  );
  const expected = step.links.reduce((sum, link) => sum + link.keep.length, 0);
  const written = await runCount(
    tx,
    `UNWIND $links AS link
     MATCH ${ownerNode}
     UNWIND link.keep AS otherKey
     MATCH (x:${other.label} {${other.key}: otherKey})
     MERGE (o)${left}[:${type}]${right}(x)`,
    { links: step.links },
  );
  if (written !== expected) {
    throw new DemoDataLoadError(
      `${type}: ${expected - written} of ${expected} links name a ${owner.label} or ${other.label} that is not in the data`,
    );
  }
  return written;
}

async function writeCooperations(tx: ManagedTransaction, data: DemoData): Promise<number> {
  const ids = data.actors.map((a) => a.id);
  const keys = data.cooperations.map((c) => `${c.fromId}>${c.toId}`);
  // Links between demo actors that the data does not name (any more) go; links to other actors stay.
  await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})-[c:COOPERATES_WITH]->(b:Actor)
     WHERE b.id IN $ids AND NOT (a.id + '>' + b.id) IN $keys
     DELETE c`,
    { ids, keys },
  );
  const written = await runCount(
    tx,
    `UNWIND $rows AS row
     MATCH (a:Actor {id: row.fromId})
     MATCH (b:Actor {id: row.toId})
     MERGE (a)-[c:COOPERATES_WITH]->(b)
     SET c.kind = row.kind, c.since = date(row.since), c.until = date(row.until),
         c.strength = toInteger(row.strength), c.note = row.note`,
    { rows: data.cooperations },
  );
  if (written !== data.cooperations.length) {
    throw new DemoDataLoadError(
      `COOPERATES_WITH: ${data.cooperations.length - written} of ${data.cooperations.length} links name an actor that is not in the data`,
    );
  }
  return written;
}

/** The demo records by label, with the relationship fields the load writes from their side. */
function trackedEntities(
  data: DemoData,
  relations: RelationStep[],
): { label: string; keys: string[]; fields: string[] }[] {
  const all = withBorderArea(data);
  const keys: Record<string, string[]> = {
    District: all.districts.map((d) => d.ags),
    Municipality: all.municipalities.map((m) => m.ags),
    Actor: all.actors.map((a) => a.id),
    Offer: all.offers.map((o) => o.id),
    Need: data.needs.map((n) => n.id),
    Network: data.networks.map((n) => n.id),
    Meeting: data.meetings.map((m) => m.id),
    Decision: data.decisions.map((d) => d.id),
  };
  return Object.entries(keys).map(([label, labelKeys]) => {
    const fields = entityModel(label)
      .relationships.filter((relationship) =>
        relations.some(
          (step) =>
            step.owner.label === label && step.type === relationship.type && step.outgoing === relationship.outgoing,
        ),
      )
      .map((relationship) => relationship.field);
    return { label, keys: labelKeys, fields: label === 'Actor' ? [...fields, 'cooperatesWith'] : fields };
  });
}

async function snapshotAll(
  tx: ManagedTransaction,
  tracked: ReturnType<typeof trackedEntities>,
): Promise<Map<string, EntitySnapshot>[]> {
  const snapshots: Map<string, EntitySnapshot>[] = [];
  for (const { label, keys, fields } of tracked) snapshots.push(await snapshotEntities(tx, label, keys, fields));
  return snapshots;
}

/** Loads the data set in one write transaction and returns how many of each kind were written. */
export async function loadDemoData(
  driver: Driver,
  data: DemoData,
  options: LoadDemoDataOptions = {},
): Promise<Record<string, number>> {
  const nodes = nodeSteps(data);
  const relations = relationSteps(data);
  const history = options.history === false ? undefined : generateDemoHistory(data);
  const outcomes = generateDemoOutcomes(data);
  const surveys = generateDemoSurveys(data);
  const total = nodes.length + relations.length + 3 + (history ? 1 : 0);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const counts = await session.executeWrite(async (tx) => {
      const counts: Record<string, number> = {};
      const tracked = trackedEntities(data, relations);
      const before = await snapshotAll(tx, tracked);
      let done = 0;
      const report = (step: string) => options.onProgress?.(step, ++done, total);
      for (const step of nodes) {
        counts[step.name] = await runCount(tx, step.cypher, { rows: step.rows });
        report(step.name);
      }
      for (const step of relations) {
        counts[step.type] = await writeRelation(tx, step);
        report(step.type);
      }
      counts.cooperations = await writeCooperations(tx, data);
      report('cooperations');
      if (history) {
        counts.snapshots = await upsertSnapshots(tx, history, demoSnapshotIdPrefix);
        report('snapshots');
      }
      // Two years of outcomes and the decisions that name what they address (issue 19): appended, not tracked in
      // the change history (a load's history covers the demo county's own records).
      Object.assign(counts, await writeDemoOutcomes(tx, outcomes));
      report('outcomes');
      // Two Bedarfsabfrage rounds, one finished and one running (issue 18): before the data version advances.
      Object.assign(counts, await writeDemoSurveys(tx, surveys));
      report('surveys');
      const after = await snapshotAll(tx, tracked);
      const changes: Change[] = tracked.flatMap(({ label }, index) =>
        diffSnapshots(label, before[index]!, after[index]!),
      );
      await recordChanges(tx, options.viewer ?? systemViewer('seed'), changes, 'seed');
      await advanceDataVersion(tx);
      counts.changes = changes.length;
      return counts;
    });
    // The outlines for the map, after the areas they belong to are written (their own transaction, replaced whole).
    counts.outlines = await loadDemoOutlines(driver, data.district.ags, options.database);
    return counts;
  } finally {
    await session.close();
  }
}

// Writes the synthetic Germany into any Neo4j in batches: one write transaction per batch (executeWrite retries
// transient errors), nodes first, then relationships found through the unique keys the migration creates.
// Labels, property names and relationship types follow schema/*.graphql, as the demo data's loader does.
//
// fresh: CREATE everything, the fastest way into an empty database (refused when the database holds nodes).
// Otherwise MERGE on the keys: loading equal options again leaves the same graph, and a record's single-valued
// relationships (district, Samtgemeinde, location, provider, venue, municipality) are set to what the data says.
import neo4j, { type Driver, type EagerResult, type Integer, type Session } from 'neo4j-driver';
import { advanceDataVersion } from '../database/data-version.js';
import { migrate } from '../database/migrate.js';
import { generateGermany, type GenerateGermanyOptions, type SyntheticGermany } from './generate-germany.js';

export interface LoadSyntheticDataOptions {
  database?: string; // Neo4j database name; undefined uses the server's default
  batchSize?: number; // rows per transaction; default 10,000
  fresh?: boolean; // CREATE into an empty database (refused otherwise); default false: MERGE
  onProgress?: (progress: LoadProgress) => void; // called when a step starts and after every batch
}

export interface LoadProgress {
  step: string; // e.g. "offers", "PROVIDES + TAKES_PLACE_IN"
  done: number; // rows of this step written so far
  total: number; // rows of this step
  stepIndex: number; // 0-based
  steps: number; // how many steps there are
}

export interface LoadStepResult {
  step: string;
  rows: number;
  ms: number;
}

export interface LoadSyntheticDataResult {
  mode: 'create' | 'merge';
  steps: LoadStepResult[];
  counts: Record<string, number>; // rows written per step
  totalMs: number; // migration and all steps
}

export class SyntheticDataLoadError extends Error {}

interface Step {
  name: string;
  total: number;
  rows: () => Iterable<Record<string, unknown>>;
  create: string; // Cypher over $rows, returning n: the rows written
  merge: string;
}

function* mapRows<T, R>(items: Iterable<T>, map: (item: T) => R | null): Generator<R> {
  for (const item of items) {
    const row = map(item);
    if (row !== null) yield row;
  }
}

/** Splits any iterable into arrays of at most size items, lazily. */
export function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const point = (prefix = 'row') =>
  `CASE WHEN ${prefix}.lat IS NULL THEN null ELSE point({latitude: ${prefix}.lat, longitude: ${prefix}.lon}) END`;

/** The same properties for CREATE and MERGE; integers through toInteger, as the driver sends JS numbers as floats. */
const nodeProperties = {
  District: `{name: row.name, state: row.state}`,
  Municipality: `{name: row.name, kind: row.kind, population: toInteger(row.population), populationEstimated: row.populationEstimated,
    newcomers: toInteger(row.newcomers), location: ${point()}}`,
  Actor: `{name: row.name, kind: row.kind, description: row.description, address: row.address, postcode: row.postcode, city: row.city,
    location: ${point()}, phone: row.phone, email: row.email, website: row.website, languages: row.languages,
    source: row.source, externalId: row.externalId}`,
  Offer: `{title: row.title, description: row.description, category: row.category, courseType: row.courseType,
    languageLevelFrom: row.languageLevelFrom, languageLevelTo: row.languageLevelTo, targetGroups: row.targetGroups,
    capacity: toInteger(row.capacity), booked: toInteger(row.booked), waitlist: toInteger(row.waitlist),
    minGroupSize: toInteger(row.minGroupSize), startDate: date(row.startDate), endDate: date(row.endDate),
    registrationDeadline: date(row.registrationDeadline), schedule: row.schedule, hoursTotal: toInteger(row.hoursTotal),
    format: row.format, childcare: row.childcare, costFree: row.costFree, cost: toFloat(row.cost), languages: row.languages,
    accessible: row.accessible, status: row.status, location: ${point()}, source: row.source, externalId: row.externalId}`,
  Outcome: `{periodStart: date(row.periodStart), periodEnd: date(row.periodEnd), started: toInteger(row.started),
    finished: toInteger(row.finished), droppedOut: toInteger(row.droppedOut), dtzB1: toInteger(row.dtzB1),
    dtzA2: toInteger(row.dtzA2), dtzBelowA2: toInteger(row.dtzBelowA2), orientationPassed: toInteger(row.orientationPassed),
    orientationFailed: toInteger(row.orientationFailed), certificates: toInteger(row.certificates),
    reportedAt: datetime(row.periodEnd + 'T12:00:00Z'), reportedBy: 'synthetic', reportedById: 'synthetic',
    reportedByRole: 'coordinator'}`,
  Need: `{category: row.category, targetGroup: row.targetGroup, languageLevel: row.languageLevel, persons: toInteger(row.persons),
    reportedAt: date(row.reportedAt), source: row.source, status: row.status, note: row.note}`,
};

function nodeStep(
  name: string,
  label: keyof typeof nodeProperties,
  key: 'id' | 'ags',
  total: number,
  rows: () => Iterable<object>,
  stale = false,
): Step {
  // A stale offer keeps its old updatedAt (the STALE_OFFER rule looks at it); everything else is stamped now.
  const updatedAt = stale ? 'coalesce(datetime(row.updatedAt), datetime())' : 'datetime()';
  const props = nodeProperties[label];
  return {
    name,
    total,
    rows: rows as () => Iterable<Record<string, unknown>>,
    create: `UNWIND $rows AS row
      CREATE (n:${label} {${key}: row.${key}})
      SET n += ${props}, n.createdAt = ${updatedAt}, n.updatedAt = ${updatedAt}
      RETURN count(*) AS n`,
    merge: `UNWIND $rows AS row
      MERGE (n:${label} {${key}: row.${key}})
      ON CREATE SET n.createdAt = ${updatedAt}
      SET n += ${props}, n.updatedAt = ${updatedAt}
      RETURN count(*) AS n`,
  };
}

interface Link {
  label: string;
  key: string;
  field: string; // the row's field holding the key
}

/** (from)-[type]->(to); `single` names the side that has only one such relationship, so MERGE replaces others. */
function linkStep(
  name: string,
  type: string,
  from: Link,
  to: Link,
  single: 'from' | 'to',
  total: number,
  rows: () => Iterable<object>,
): Step {
  const match = `UNWIND $rows AS row
      MATCH (a:${from.label} {${from.key}: row.${from.field}})
      MATCH (b:${to.label} {${to.key}: row.${to.field}})`;
  const others =
    single === 'from'
      ? `(a)-[old:${type}]->(x:${to.label}) WHERE x <> b`
      : `(x:${from.label})-[old:${type}]->(b) WHERE x <> a`;
  return {
    name,
    total,
    rows: rows as () => Iterable<Record<string, unknown>>,
    create: `${match}
      CREATE (a)-[:${type}]->(b)
      RETURN count(*) AS n`,
    merge: `${match}
      MERGE (a)-[:${type}]->(b)
      WITH a, b
      CALL (a, b) { MATCH ${others} DELETE old }
      RETURN count(*) AS n`,
  };
}

function steps(data: SyntheticGermany): Step[] {
  const { counts } = data;
  const municipality = (field: string): Link => ({ label: 'Municipality', key: 'ags', field });
  const members = data.municipalities.filter((m) => m.memberOfAgs !== null);
  let outcomes = 0;
  for (const stream = data.outcomes(); !stream.next().done;) outcomes += 1;
  return [
    nodeStep('districts', 'District', 'ags', data.districts.length, () => data.districts),
    nodeStep('municipalities', 'Municipality', 'ags', data.municipalities.length, () => data.municipalities),
    nodeStep('actors', 'Actor', 'id', counts.actors, () => data.actors()),
    nodeStep('offers', 'Offer', 'id', counts.offers, () => data.offers(), true),
    nodeStep('needs', 'Need', 'id', counts.needs, () => data.needs()),
    // The outcomes are not among the counts (pinned by the fingerprint test): counted from their stream.
    nodeStep('outcomes', 'Outcome', 'id', outcomes, () => data.outcomes()),
    linkStep(
      'IN_DISTRICT',
      'IN_DISTRICT',
      municipality('ags'),
      { label: 'District', key: 'ags', field: 'districtAgs' },
      'from',
      data.municipalities.length,
      () => data.municipalities,
    ),
    linkStep(
      'MEMBER_OF',
      'MEMBER_OF',
      municipality('ags'),
      municipality('memberOfAgs'),
      'from',
      members.length,
      () => members,
    ),
    linkStep(
      'LOCATED_IN',
      'LOCATED_IN',
      { label: 'Actor', key: 'id', field: 'id' },
      municipality('municipalityAgs'),
      'from',
      counts.actors,
      () => mapRows(data.actors(), (a) => ({ id: a.id, municipalityAgs: a.municipalityAgs })),
    ),
    {
      // Both of an offer's relationships in one pass: the offer is looked up once for the two.
      name: 'PROVIDES + TAKES_PLACE_IN',
      total: counts.offers,
      rows: () => mapRows(data.offers(), (o) => ({ id: o.id, providerId: o.providerId, venueAgs: o.venueAgs })),
      create: `UNWIND $rows AS row
        MATCH (o:Offer {id: row.id})
        MATCH (p:Actor {id: row.providerId})
        MATCH (m:Municipality {ags: row.venueAgs})
        CREATE (p)-[:PROVIDES]->(o), (o)-[:TAKES_PLACE_IN]->(m)
        RETURN count(*) AS n`,
      merge: `UNWIND $rows AS row
        MATCH (o:Offer {id: row.id})
        MATCH (p:Actor {id: row.providerId})
        MATCH (m:Municipality {ags: row.venueAgs})
        MERGE (p)-[:PROVIDES]->(o)
        MERGE (o)-[:TAKES_PLACE_IN]->(m)
        WITH o, p, m
        CALL (o, p) { MATCH (x:Actor)-[old:PROVIDES]->(o) WHERE x <> p DELETE old }
        CALL (o, m) { MATCH (o)-[gone:TAKES_PLACE_IN]->(y:Municipality) WHERE y <> m DELETE gone }
        RETURN count(*) AS n`,
    },
    linkStep(
      'NEEDED_IN',
      'NEEDED_IN',
      { label: 'Need', key: 'id', field: 'id' },
      municipality('municipalityAgs'),
      'from',
      counts.needs,
      () => mapRows(data.needs(), (n) => ({ id: n.id, municipalityAgs: n.municipalityAgs })),
    ),
    linkStep(
      'OUTCOME_OF',
      'OUTCOME_OF',
      { label: 'Outcome', key: 'id', field: 'id' },
      { label: 'Offer', key: 'id', field: 'offerId' },
      'from',
      outcomes,
      () => mapRows(data.outcomes(), (x) => ({ id: x.id, offerId: x.offerId })),
    ),
    {
      name: 'COOPERATES_WITH',
      total: counts.cooperations,
      rows: () => data.cooperations() as Iterable<unknown> as Iterable<Record<string, unknown>>,
      create: `UNWIND $rows AS row
        MATCH (a:Actor {id: row.fromId})
        MATCH (b:Actor {id: row.toId})
        CREATE (a)-[:COOPERATES_WITH {kind: row.kind, since: date(row.since), until: date(row.until), strength: toInteger(row.strength), note: row.note}]->(b)
        RETURN count(*) AS n`,
      merge: `UNWIND $rows AS row
        MATCH (a:Actor {id: row.fromId})
        MATCH (b:Actor {id: row.toId})
        MERGE (a)-[c:COOPERATES_WITH]->(b)
        SET c.kind = row.kind, c.since = date(row.since), c.until = date(row.until), c.strength = toInteger(row.strength), c.note = row.note
        RETURN count(*) AS n`,
    },
  ];
}

async function writeBatch(session: Session, cypher: string, rows: unknown[]): Promise<number> {
  const result = await session.executeWrite(async (tx) => {
    const written = await tx.run<{ n: Integer }>(cypher, { rows });
    // A server running meanwhile sees each batch: its cached analyses of the data before are not served again.
    await advanceDataVersion(tx);
    return written;
  });
  return neo4j.integer.toNumber(result.records[0]?.get('n') ?? 0);
}

/** Counts the nodes of the database (from the count store: instant at any size). */
export async function countNodes(driver: Driver, database?: string): Promise<number> {
  const result = await driver.executeQuery<EagerResult<{ n: Integer }>>(
    'MATCH (n) RETURN count(n) AS n',
    {},
    { database },
  );
  return neo4j.integer.toNumber(result.records[0]?.get('n') ?? 0);
}

/** Generates (unless given a generated data set) and writes the synthetic data; returns rows and time per step. */
export async function loadSyntheticData(
  driver: Driver,
  input: GenerateGermanyOptions | SyntheticGermany,
  options: LoadSyntheticDataOptions = {},
): Promise<LoadSyntheticDataResult> {
  const { database, batchSize = 10_000, fresh = false, onProgress } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a whole number of 1 or more, got ${batchSize}`);
  const started = performance.now();
  const data = 'counts' in input ? input : generateGermany(input);
  if (fresh) {
    const nodes = await countNodes(driver, database);
    if (nodes > 0) {
      throw new SyntheticDataLoadError(
        `fresh mode writes only into an empty database, but ${database ? `database "${database}"` : 'the database'} holds ${nodes} nodes; wipe it first or load without fresh (MERGE)`,
      );
    }
  }
  await migrate(driver, database);

  const plan = steps(data);
  const results: LoadStepResult[] = [];
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const [stepIndex, step] of plan.entries()) {
      const stepStarted = performance.now();
      const cypher = fresh ? step.create : step.merge;
      let done = 0;
      onProgress?.({ step: step.name, done, total: step.total, stepIndex, steps: plan.length });
      for (const batch of inBatches(step.rows(), batchSize)) {
        const written = await writeBatch(session, cypher, batch);
        if (written !== batch.length) {
          throw new SyntheticDataLoadError(
            `${step.name}: ${batch.length - written} of ${batch.length} rows of a batch name a node that is not in the database`,
          );
        }
        done += written;
        onProgress?.({ step: step.name, done, total: step.total, stepIndex, steps: plan.length });
      }
      if (done !== step.total)
        throw new SyntheticDataLoadError(`${step.name}: wrote ${done} rows, expected ${step.total}`);
      results.push({ step: step.name, rows: done, ms: Math.round(performance.now() - stepStarted) });
    }
  } finally {
    await session.close();
  }
  return {
    mode: fresh ? 'create' : 'merge',
    steps: results,
    counts: Object.fromEntries(results.map((r) => [r.step, r.rows])),
    totalMs: Math.round(performance.now() - started),
  };
}

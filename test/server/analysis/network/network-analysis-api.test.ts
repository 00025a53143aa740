// Query.networkAnalysis against the real Neo4j, through the server's schema: a small district of five actors, one outside partner and one ended link.
import type { Viewer } from '../../../../server/auth/viewer.js';
import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorCentrality, NetworkAnalysis } from '../../../../server/generated/graphql.js';
import { createSchema } from '../../../../server/schema/create-schema.js';
import { testDistrictAgs, testDriver, uniquePrefix } from '../../../support/test-server.js';

let driver: Driver;
let database: string | undefined;
let schema: GraphQLSchema;
let districtAgs: string;
let prefix: string;
let ids: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'x', string>;
let town: string;
let village: string;
let samtgemeinde: string;

async function cypher(statement: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(statement, params, { database });
  return result.records.map((record) => record.toObject());
}

async function freeDistrictAgs(): Promise<string> {
  for (;;) {
    const ags = testDistrictAgs();
    const taken = await cypher('MATCH (d:District {ags: $ags}) RETURN count(d) AS n', { ags });
    if (taken[0]!.n === 0) return ags;
  }
}

/** The schema run in-process, as an analyst would ask (server/auth/viewer.ts). */
const analyst: Viewer = { role: 'analyst', id: 'network-test', name: 'network-test', via: 'system' };

interface Result<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** T: what the query's data holds, as far as a test reads it. */
async function query<T = unknown>(source: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
  const result = await graphql({ schema, source, variableValues: variables, contextValue: { viewer: analyst } });
  return { data: result.data as T | null | undefined, errors: result.errors };
}

/** The generated types, as far as analysisQuery asks for them. */
type Analysis = { networkAnalysis: NetworkAnalysis };

const analysisQuery = `query($d: String) { networkAnalysis(districtAgs: $d) {
  districtAgs districtName actorCount linkCount density componentCount largestComponentSize largestComponentShare
  isolatedCount brokerCount communityCount modularity betweennessComplete betweennessSkippedActors
  actors { id name kind municipalityAgs municipalityName samtgemeindeAgs degree degreeCentrality weightedDegree
           betweenness componentId componentSize communityId isolated broker linksOutsideScope }
  communities { id size internalLinks mainMunicipalityAgs mainMunicipalityName mainMunicipalityActors }
  municipalities { ags name kind samtgemeindeAgs actorCount internalLinks density linksToOtherMunicipalities linksOutsideScope linksElsewhere }
} }`;

beforeAll(async () => {
  ({ driver, database } = testDriver());
  schema = await createSchema({ driver, database });
  districtAgs = await freeDistrictAgs();
  prefix = uniquePrefix('network');
  ids = { a: `${prefix}-a`, b: `${prefix}-b`, c: `${prefix}-c`, d: `${prefix}-d`, e: `${prefix}-e`, x: `${prefix}-x` };
  town = `${districtAgs}001`;
  village = `${districtAgs}002`;
  samtgemeinde = `${districtAgs}0401`;
  // Town: A (job centre), B, C. Village (in a Samtgemeinde): D, and E whose only link has ended.
  // X sits in no municipality: outside the district. Links: A-B twice (both ways), A-C, C-D, D-X, E-A (ended).
  await cypher(
    `CREATE (d:District {ags: $districtAgs, name: 'Testkreis Netzwerk', state: 'Niedersachsen', createdAt: datetime(), updatedAt: datetime()})
     CREATE (t:Municipality {ags: $town, name: 'Netzstadt', kind: 'CITY', createdAt: datetime(), updatedAt: datetime()})-[:IN_DISTRICT]->(d)
     CREATE (v:Municipality {ags: $village, name: 'Netzdorf', kind: 'MUNICIPALITY', createdAt: datetime(), updatedAt: datetime()})-[:IN_DISTRICT]->(d)
     CREATE (sg:Municipality {ags: $samtgemeinde, name: 'SG Netz', kind: 'COLLECTIVE', createdAt: datetime(), updatedAt: datetime()})-[:IN_DISTRICT]->(d)
     CREATE (v)-[:MEMBER_OF]->(sg)
     CREATE (a:Actor {id: $ids.a, name: 'Jobcenter Netz (fiktiv)', kind: 'JOBCENTER', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     CREATE (b:Actor {id: $ids.b, name: 'Sprachschule Netz (fiktiv)', kind: 'COURSE_PROVIDER', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     CREATE (c:Actor {id: $ids.c, name: 'VHS Netz (fiktiv)', kind: 'ADULT_EDUCATION_CENTRE', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     CREATE (dd:Actor {id: $ids.d, name: 'Schule Netzdorf (fiktiv)', kind: 'SCHOOL', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(v)
     CREATE (e:Actor {id: $ids.e, name: 'Sprachcafé Netzdorf (fiktiv)', kind: 'VOLUNTEER_INITIATIVE', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(v)
     CREATE (x:Actor {id: $ids.x, name: 'Stiftung anderswo (fiktiv)', kind: 'FOUNDATION', createdAt: datetime(), updatedAt: datetime()})
     CREATE (a)-[:COOPERATES_WITH {kind: 'AGREEMENT', strength: 3}]->(b)
     CREATE (b)-[:COOPERATES_WITH {kind: 'EXCHANGE', strength: 1}]->(a)
     CREATE (a)-[:COOPERATES_WITH {kind: 'REFERRAL'}]->(c)
     CREATE (c)-[:COOPERATES_WITH {kind: 'JOINT_OFFER', strength: 2}]->(dd)
     CREATE (x)-[:COOPERATES_WITH {kind: 'FUNDING', strength: 2}]->(dd)
     CREATE (e)-[:COOPERATES_WITH {kind: 'INFORMAL', strength: 1, since: date('1999-01-01'), until: date('2000-12-31')}]->(a)`,
    { districtAgs, town, village, samtgemeinde, ids },
  );
});

afterAll(async () => {
  if (ids) await cypher('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', { ids: Object.values(ids) });
  if (districtAgs) {
    await cypher('MATCH (m:Municipality) WHERE m.ags IN $ags DETACH DELETE m', { ags: [town, village, samtgemeinde] });
    await cypher('MATCH (d:District {ags: $districtAgs}) DETACH DELETE d', { districtAgs });
  }
  await driver?.close();
});

describe('networkAnalysis of a district', () => {
  let analysis: NetworkAnalysis;
  let actors: Record<string, ActorCentrality>;

  beforeAll(async () => {
    const result = await query<Analysis>(analysisQuery, { d: districtAgs });
    expect(result.errors).toBeUndefined();
    analysis = result.data!.networkAnalysis;
    actors = Object.fromEntries(analysis.actors.map((a) => [a.id, a]));
  });

  it('covers the actors located in the district and the links among them, each pair once', () => {
    expect(analysis).toMatchObject({ districtAgs, districtName: 'Testkreis Netzwerk', actorCount: 5, linkCount: 3 });
    expect(Object.keys(actors).sort()).toEqual([ids.a, ids.b, ids.c, ids.d, ids.e].sort());
    expect(analysis.density).toBeCloseTo((2 * 3) / (5 * 4), 12);
  });

  it('counts degrees, strengths and partners outside the district', () => {
    expect(actors[ids.a]).toMatchObject({
      degree: 2,
      weightedDegree: 4,
      linksOutsideScope: 0,
      kind: 'JOBCENTER',
      municipalityAgs: town,
      municipalityName: 'Netzstadt',
    });
    expect(actors[ids.d]).toMatchObject({
      degree: 1,
      weightedDegree: 2,
      linksOutsideScope: 1,
      samtgemeindeAgs: samtgemeinde,
    });
    expect(actors[ids.b]!.degree).toBe(1);
  });

  it('finds the brokers by betweenness on the chain B-A-C-D', () => {
    // A lies between B-C and B-D, C between A-D and B-D: 2 of the (5-1)(5-2)/2 = 6 pairs each.
    expect(actors[ids.a]!.betweenness).toBeCloseTo(1 / 3, 12);
    expect(actors[ids.c]!.betweenness).toBeCloseTo(1 / 3, 12);
    expect(actors[ids.b]!.betweenness).toBe(0);
    expect(actors[ids.d]!.betweenness).toBe(0);
    expect(
      analysis.actors
        .filter((a) => a.broker)
        .map((a) => a.id)
        .sort(),
    ).toEqual([ids.a, ids.c].sort());
    expect(analysis.betweennessComplete).toBe(true);
  });

  it('sees an actor whose only link has ended as isolated, in a component of its own', () => {
    expect(actors[ids.e]).toMatchObject({
      isolated: true,
      degree: 0,
      componentSize: 1,
      componentId: 2,
      communityId: null,
    });
    expect(actors[ids.a]).toMatchObject({ isolated: false, componentId: 1, componentSize: 4 });
    expect(analysis).toMatchObject({
      componentCount: 2,
      largestComponentSize: 4,
      largestComponentShare: 0.8,
      isolatedCount: 1,
    });
  });

  it('reports cooperation per municipality, with density 2E/(n(n-1))', () => {
    expect(analysis.municipalities).toEqual([
      {
        ags: town,
        name: 'Netzstadt',
        kind: 'CITY',
        samtgemeindeAgs: null,
        actorCount: 3,
        internalLinks: 2,
        density: 2 / 3,
        linksToOtherMunicipalities: 1,
        linksOutsideScope: 0,
        linksElsewhere: 1,
      },
      {
        ags: village,
        name: 'Netzdorf',
        kind: 'MUNICIPALITY',
        samtgemeindeAgs: samtgemeinde,
        actorCount: 2,
        internalLinks: 0,
        density: 0,
        linksToOtherMunicipalities: 1,
        linksOutsideScope: 1,
        linksElsewhere: 2,
      },
      {
        ags: samtgemeinde,
        name: 'SG Netz',
        kind: 'COLLECTIVE',
        samtgemeindeAgs: null,
        actorCount: 0,
        internalLinks: 0,
        density: null,
        linksToOtherMunicipalities: 0,
        linksOutsideScope: 0,
        linksElsewhere: 0,
      },
    ]);
  });

  it('groups the connected actors into communities', () => {
    const members = analysis.communities.reduce((sum, c) => sum + c.size, 0);
    expect(members).toBe(4);
    expect(analysis.communityCount).toBe(analysis.communities.length);
    expect(typeof analysis.modularity).toBe('number');
    expect(analysis.communities[0]?.mainMunicipalityAgs).toBe(town);
  });
});

describe('narrowing the actor list', () => {
  it('gives only brokers, only isolated actors, or the first few', async () => {
    type Ids = { id: string }[];
    const result = await query<{ networkAnalysis: { brokers: Ids; isolated: Ids; top: Ids; all: Ids } }>(
      `query($d: String) { networkAnalysis(districtAgs: $d) {
        brokers: actors(brokersOnly: true) { id } isolated: actors(isolatedOnly: true) { id } top: actors(limit: 2) { id } all: actors { id } } }`,
      { d: districtAgs },
    );
    expect(result.errors).toBeUndefined();
    const { brokers, isolated, top, all } = result.data!.networkAnalysis;
    expect(isolated).toEqual([{ id: ids.e }]);
    expect(brokers.length).toBeGreaterThan(0);
    expect(brokers.every((b) => [ids.a, ids.c].includes(b.id))).toBe(true);
    expect(top).toEqual(all.slice(0, 2));
  });

  it('refuses a negative limit', async () => {
    const result = await query(`query($d: String) { networkAnalysis(districtAgs: $d) { actors(limit: -1) { id } } }`, {
      d: districtAgs,
    });
    expect(result.errors?.[0]?.message).toMatch(/limit must be a whole number of 0 or more, got "-1"/);
  });
});

describe('networkAnalysis of all actors', () => {
  it('includes the partner outside any district, so its link counts', async () => {
    const result = await query<Analysis>(
      `{ networkAnalysis { districtAgs actorCount actors { id degree linksOutsideScope componentSize } } }`,
    );
    expect(result.errors).toBeUndefined();
    const analysis = result.data!.networkAnalysis;
    expect(analysis.districtAgs).toBeNull();
    const actors = Object.fromEntries(analysis.actors.map((a) => [a.id, a]));
    expect(actors[ids.x]).toMatchObject({ degree: 1, linksOutsideScope: 0, componentSize: 5 });
    expect(actors[ids.d]).toMatchObject({ degree: 2, linksOutsideScope: 0 });
  });
});

describe('bad districtAgs', () => {
  it('refuses a key that is not 5 digits, quoting it', async () => {
    const result = await query(analysisQuery, { d: '3256' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('"3256"');
  });

  it('answers NOT_FOUND for a district that does not exist, quoting it', async () => {
    const result = await query(analysisQuery, { d: '00000' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toContain('"00000"');
  });
});

// The permission matrix of ../shared/DESIGN.md ("Who may do what"), through HTTP against the real Neo4j: every
// role (coordinator, analyst, a partner for the offer's own Actor, a partner for another Actor, anonymous) times
// every node type of the schema, the cooperation links and the custom queries and mutations, times read, create,
// update and delete. Each cell asserts what happens: the data, or UNAUTHENTICATED (anonymous) / FORBIDDEN (others)
// and, for a refused write, that nothing changed.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSurveyToken } from '../../../server/surveys/survey-tokens.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import {
  startTestServer,
  uniquePrefix,
  type Caller,
  type GraphQLResponse,
  type TestServer,
} from '../../support/test-server.js';

type Role = 'coordinator' | 'analyst' | 'partnerOwn' | 'partnerOther' | 'anonymous';
const roles: Role[] = ['coordinator', 'analyst', 'partnerOwn', 'partnerOther', 'anonymous'];
type Operation = 'read' | 'create' | 'update' | 'delete';

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('matrix');
const ids = {} as Record<
  'actor' | 'offer' | 'searchOffer' | 'need' | 'network' | 'meeting' | 'decision' | 'snapshot',
  string
>;

function callerOf(role: Role): Caller {
  // Both push under the matrix's source (their tokens' source claim), so that the other partner is refused for the
  // offer's provider, not for its source (that rule is tested in test/server/partner/partner-isolation.test.ts).
  if (role === 'partnerOwn') return { role: 'partner', actorId: place.providerId, sub: 'partner-own', source: prefix };
  if (role === 'partnerOther')
    return { role: 'partner', actorId: place.partnerId, sub: 'partner-other', source: prefix };
  return role;
}

/** An answer's data is typed by the cell that reads it; a refused nested field leaves null where the type says not. */
type Data = Record<string, unknown>;
const gql = <T = Data>(role: Role, query: string, variables: Record<string, unknown> = {}) =>
  server.gql<T>(query, variables, { as: callerOf(role) });
const exists = async (statement: string, params: Record<string, unknown>) =>
  (await server.cypher(statement, params)).length > 0;

/** One cell: what the role attempts, and whether the graph (or the answer) shows that it happened. */
interface Cell {
  allowed: readonly Role[];
  attempt(role: Role, marker: string): Promise<{ response: GraphQLResponse<unknown>; happened: boolean }>;
}

const all = roles;
const staff: Role[] = ['coordinator', 'analyst'];
const coordinator: Role[] = ['coordinator'];
const offerWriters: Role[] = ['coordinator', 'partnerOwn'];

function read<T = Data>(
  allowed: readonly Role[],
  query: string,
  variables: () => Record<string, unknown>,
  found: (data: T) => boolean,
): Cell {
  return {
    allowed,
    async attempt(role) {
      const response = await gql<T>(role, query, variables());
      // A refused nested field leaves null in partial data: that reads as not found.
      let happened: boolean;
      try {
        happened = response.data ? found(response.data) : false;
      } catch {
        happened = false;
      }
      return { response, happened };
    },
  };
}

/** A write: an optional victim made first, the mutation, and the check of its effect in the database. */
function write(
  allowed: readonly Role[],
  spec: {
    prepare?: (marker: string) => Promise<void>;
    query: string;
    variables: (marker: string) => Record<string, unknown>;
    effect: (marker: string) => Promise<boolean>;
  },
): Cell {
  return {
    allowed,
    async attempt(role, marker) {
      await spec.prepare?.(marker);
      const response = await gql(role, spec.query, spec.variables(marker));
      return { response, happened: await spec.effect(marker) };
    },
  };
}

const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const connect = (key: string, value: string) => `{ connect: [{ where: { node: { ${key}: { eq: "${value}" } } } }] }`;

function nodeType(
  label: string,
  key: string,
  plural: string,
  spec: {
    allowed: Record<Operation, readonly Role[]>;
    readWhere: () => string;
    createInput: (marker: string) => string;
    updateField: string;
    victim: (marker: string) => string;
  },
): Record<Operation, Cell> {
  const byMarker = `MATCH (n:${label}) WHERE n.${spec.updateField} = $marker RETURN n`;
  return {
    read: read(
      spec.allowed.read,
      `{ ${plural}(where: ${spec.readWhere()}) { ${key} } }`,
      () => ({}),
      (data: Record<string, unknown[]>) => data[plural]?.length === 1,
    ),
    create: {
      allowed: spec.allowed.create,
      async attempt(role, marker) {
        const response = await gql(
          role,
          `mutation($marker: String!) { create${capital(plural)}(input: [${spec.createInput(marker)}]) { info { nodesCreated } } }`,
          { marker },
        );
        return { response, happened: await exists(byMarker, { marker }) };
      },
    },
    update: write(spec.allowed.update, {
      query: `mutation($marker: String!) { update${capital(plural)}(where: ${spec.readWhere()}, update: { ${spec.updateField}: { set: $marker } }) { info { nodesCreated } } }`,
      variables: (marker) => ({ marker }),
      effect: (marker) => exists(byMarker, { marker }),
    }),
    delete: write(spec.allowed.delete, {
      prepare: (marker) =>
        server.cypher(spec.victim(marker), { marker, prefix, ...place, ...ids }).then(() => undefined),
      query: `mutation($marker: String!) { delete${capital(plural)}(where: { ${spec.updateField}: { eq: $marker } }) { nodesDeleted } }`,
      variables: (marker) => ({ marker }),
      effect: async (marker) => !(await exists(byMarker, { marker })),
    }),
  };
}

const readWrite = (read: readonly Role[], write: readonly Role[]) => ({
  read,
  create: write,
  update: write,
  delete: write,
});

function subjects(): Record<string, Partial<Record<Operation, Cell>>> {
  const district = nodeType('District', 'ags', 'districts', {
    allowed: readWrite(all, coordinator),
    readWhere: () => `{ ags: { eq: "${place.districtAgs}" } }`,
    createInput: () =>
      `{ ags: "98${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}", name: $marker, state: "Test" }`,
    updateField: 'name',
    // The first free key of 97000-97999 (random keys collided now and then with earlier victims of this run).
    victim:
      () => `CALL () { UNWIND range(0, 999) AS i WITH '97' + right(toString(1000 + i), 3) AS ags WHERE NOT EXISTS { MATCH (:District {ags: ags}) } RETURN ags LIMIT 1 }
                   CREATE (:District {ags: ags, name: $marker, state: 'Test', createdAt: datetime(), updatedAt: datetime()})`,
  });
  const municipality = nodeType('Municipality', 'ags', 'municipalities', {
    allowed: readWrite(all, coordinator),
    readWhere: () => `{ ags: { eq: "${place.villageAgs}" } }`,
    createInput: () =>
      `{ ags: "${place.districtAgs}${String(100 + Math.floor(Math.random() * 800))}", name: $marker, kind: MUNICIPALITY, district: ${connect('ags', place.districtAgs)} }`,
    updateField: 'name',
    // The first free key of 900-999 in the place's district (creates use 100-899).
    victim: () => `MATCH (d:District {ags: $districtAgs})
                   CALL () { UNWIND range(900, 999) AS i WITH $districtAgs + toString(i) AS ags WHERE NOT EXISTS { MATCH (:Municipality {ags: ags}) } RETURN ags LIMIT 1 }
                   CREATE (:Municipality {ags: ags, name: $marker, kind: 'MUNICIPALITY', createdAt: datetime(), updatedAt: datetime()})-[:IN_DISTRICT]->(d)`,
  });
  const actor = nodeType('Actor', 'id', 'actors', {
    allowed: readWrite(all, coordinator),
    readWhere: () => `{ id: { eq: "${ids.actor}" } }`,
    createInput: () => '{ name: $marker, kind: OTHER }',
    updateField: 'name',
    victim: () =>
      `CREATE (:Actor {id: randomUUID(), name: $marker, kind: 'OTHER', createdAt: datetime(), updatedAt: datetime()})`,
  });
  const offer = nodeType('Offer', 'id', 'offers', {
    allowed: { read: all, create: offerWriters, update: offerWriters, delete: offerWriters },
    readWhere: () => `{ id: { eq: "${ids.offer}" } }`,
    createInput: () =>
      `{ title: $marker, category: OTHER, format: IN_PERSON, status: OPEN, provider: ${connect('id', place.providerId)}, venue: ${connect('ags', place.townAgs)} }`,
    updateField: 'title',
    victim: () =>
      `MATCH (p:Actor {id: $providerId}) CREATE (p)-[:PROVIDES]->(:Offer {id: randomUUID(), title: $marker, category: 'OTHER', format: 'IN_PERSON', status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})`,
  });
  const need = nodeType('Need', 'id', 'needs', {
    allowed: readWrite(staff, coordinator),
    readWhere: () => `{ id: { eq: "${ids.need}" } }`,
    createInput: () =>
      `{ note: $marker, category: OTHER, persons: 3, reportedAt: "2026-10-01", source: SURVEY, status: OPEN, municipality: ${connect('ags', place.townAgs)} }`,
    updateField: 'note',
    victim: () =>
      `MATCH (m:Municipality {ags: $townAgs}) CREATE (:Need {id: randomUUID(), note: $marker, category: 'OTHER', persons: 2, reportedAt: date('2026-10-01'), source: 'SURVEY', status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:NEEDED_IN]->(m)`,
  });
  const network = nodeType('Network', 'id', 'networks', {
    allowed: readWrite(staff, coordinator),
    readWhere: () => `{ id: { eq: "${ids.network}" } }`,
    createInput: () => '{ name: $marker, kind: WORKING_GROUP }',
    updateField: 'name',
    victim: () =>
      `CREATE (:Network {id: randomUUID(), name: $marker, kind: 'OTHER', createdAt: datetime(), updatedAt: datetime()})`,
  });
  const meeting = nodeType('Meeting', 'id', 'meetings', {
    allowed: readWrite(staff, coordinator),
    readWhere: () => `{ id: { eq: "${ids.meeting}" } }`,
    createInput: () => `{ topic: $marker, date: "2027-02-01", network: ${connect('id', ids.network)} }`,
    updateField: 'topic',
    victim: () =>
      `MATCH (w:Network {id: $network}) CREATE (:Meeting {id: randomUUID(), topic: $marker, date: date('2027-01-15'), createdAt: datetime(), updatedAt: datetime()})-[:MEETING_OF]->(w)`,
  });
  const decision = nodeType('Decision', 'id', 'decisions', {
    allowed: readWrite(staff, coordinator),
    readWhere: () => `{ id: { eq: "${ids.decision}" } }`,
    createInput: () => `{ text: $marker, status: OPEN, meeting: ${connect('id', ids.meeting)} }`,
    updateField: 'text',
    victim: () =>
      `MATCH (m:Meeting {id: $meeting}) CREATE (:Decision {id: randomUUID(), text: $marker, status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:DECIDED_AT]->(m)`,
  });
  const result: Record<string, Partial<Record<Operation, Cell>>> = {
    District: district,
    Municipality: municipality,
    Actor: actor,
    Offer: offer,
    Need: need,
    Network: network,
    Meeting: meeting,
    Decision: decision,
  };

  // Monitoring snapshots are written by the snapshot job only: the API has no mutation for them, for anyone.
  const snapshotWrite = (operation: string): Cell => ({
    allowed: [],
    async attempt(role) {
      const response = await gql(role, `mutation { ${operation}Snapshots(input: []) { info { nodesCreated } } }`);
      return { response, happened: false };
    },
  });
  result.Snapshot = {
    read: read(
      staff,
      `{ snapshots(where: { id: { eq: "${ids.snapshot}" } }) { id demand unmet } }`,
      () => ({}),
      (data: { snapshots: unknown[] }) => data.snapshots.length === 1,
    ),
    create: snapshotWrite('create'),
    update: snapshotWrite('update'),
    delete: snapshotWrite('delete'),
  };

  // Cooperation links: kind and strength are part of the public directory, their notes are internal.
  const cooperation = (marker: string) =>
    exists('MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]->(:Actor {id: $b}) WHERE r.note = $marker RETURN r', {
      a: ids.actor,
      b: place.partnerId,
      marker,
    });
  result['Cooperation (kind)'] = {
    read: read(
      all,
      `{ actors(where: { id: { eq: "${place.providerId}" } }) { cooperatesWithConnection { edges { properties { kind strength } } } } }`,
      () => ({}),
      (data: { actors: { cooperatesWithConnection: { edges: unknown[] } }[] }) =>
        data.actors[0]!.cooperatesWithConnection.edges.length === 1,
    ),
  };
  result.Cooperation = {
    read: read(
      staff,
      `{ actors(where: { id: { eq: "${place.providerId}" } }) { cooperatesWithConnection { edges { properties { kind note } } } } }`,
      () => ({}),
      (data: { actors: { cooperatesWithConnection: { edges: { properties: { note: string | null } }[] } }[] }) =>
        data.actors[0]!.cooperatesWithConnection.edges[0]?.properties.note === 'Vertraulich',
    ),
    create: write(coordinator, {
      query: `mutation($a: ID!, $b: ID!, $marker: String!) { updateActors(where: { id: { eq: $a } }, update: { cooperatesWith: [{ connect: [{ where: { node: { id: { eq: $b } } }, edge: { kind: REFERRAL, note: $marker } }] }] }) { info { relationshipsCreated } } }`,
      variables: (marker) => ({ a: ids.actor, b: place.partnerId, marker }),
      effect: cooperation,
    }),
    update: write(coordinator, {
      prepare: (marker) =>
        server
          .cypher(
            'MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) MERGE (a)-[r:COOPERATES_WITH]->(b) SET r.kind = "EXCHANGE", r.note = $old',
            { a: ids.actor, b: place.partnerId, old: `${marker}-old` },
          )
          .then(() => undefined),
      query: `mutation($a: ID!, $b: ID!, $marker: String!) { updateActors(where: { id: { eq: $a } }, update: { cooperatesWith: [{ update: { where: { node: { id: { eq: $b } } }, edge: { note: { set: $marker } } } }] }) { info { relationshipsCreated } } }`,
      variables: (marker) => ({ a: ids.actor, b: place.partnerId, marker }),
      effect: cooperation,
    }),
    delete: write(coordinator, {
      prepare: (marker) =>
        server
          .cypher(
            'MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) MERGE (a)-[r:COOPERATES_WITH]->(b) SET r.kind = "EXCHANGE", r.note = $marker',
            { a: ids.actor, b: place.partnerId, marker },
          )
          .then(() => undefined),
      query: `mutation($a: ID!, $b: ID!) { updateActors(where: { id: { eq: $a } }, update: { cooperatesWith: [{ disconnect: [{ where: { node: { id: { eq: $b } } } }] }] }) { info { relationshipsDeleted } } }`,
      variables: (marker) => ({ a: ids.actor, b: place.partnerId, marker }),
      effect: async (marker) => !(await cooperation(marker)),
    }),
  };

  // Needs and networks reached through the public directory's relationships are as internal as read directly.
  result['Actor.reportedNeeds'] = {
    read: read(
      staff,
      `{ actors(where: { id: { eq: "${place.providerId}" } }) { memberships { id } reportedNeeds { id } } }`,
      () => ({}),
      (data: { actors: { memberships: { id: string }[] }[] }) =>
        data.actors[0]!.memberships.some((n) => n.id === ids.network),
    ),
  };
  result['Municipality.needs'] = {
    read: read(
      staff,
      `{ municipalities(where: { ags: { eq: "${place.townAgs}" } }) { needsConnection { aggregate { count { nodes } } } snapshots { id } } }`,
      () => ({}),
      (data: {
        municipalities: { needsConnection: { aggregate: { count: { nodes: number } } }; snapshots: unknown[] }[];
      }) =>
        data.municipalities[0]!.needsConnection.aggregate.count.nodes >= 1 &&
        data.municipalities[0]!.snapshots.length === 1,
    ),
  };

  // The custom queries (analyses and more) and the custom mutations.
  const d = place.districtAgs;
  const query = <T = Data>(allowed: readonly Role[], text: string, found: (data: T) => boolean) =>
    read<T>(allowed, text, () => ({}), found);
  result['Query.coverageGaps'] = {
    read: query(
      staff,
      `{ coverageGaps(category: OTHER, districtAgs: "${d}") { area { demand } } }`,
      (data: { coverageGaps: { area: { demand: number } } }) => data.coverageGaps.area.demand >= 2,
    ),
  };
  result['Municipality.coverageGap'] = {
    read: query(
      staff,
      `{ municipalities(where: { ags: { eq: "${place.townAgs}" } }) { coverageGap(category: OTHER) { demand } } }`,
      (data: { municipalities: { coverageGap: { demand: number } | null }[] }) =>
        (data.municipalities[0]?.coverageGap?.demand ?? 0) >= 2,
    ),
  };
  result['Query.networkAnalysis'] = {
    read: query(
      staff,
      `{ networkAnalysis(districtAgs: "${d}") { actorCount } }`,
      (data: { networkAnalysis: { actorCount: number } }) => data.networkAnalysis.actorCount >= 2,
    ),
  };
  result['Query.recommendations'] = {
    read: query(staff, `{ recommendations(districtAgs: "${d}", categories: [OTHER]) { code } }`, (data) =>
      Array.isArray(data.recommendations),
    ),
  };
  result['Query.waitingTimes'] = {
    read: query(
      staff,
      `{ waitingTimes(districtAgs: "${d}") { area { waiting } } }`,
      (data: { waitingTimes: { area: { waiting: unknown } } }) => typeof data.waitingTimes.area.waiting === 'number',
    ),
  };
  result['Query.courseSuggestions'] = {
    read: query(staff, `{ courseSuggestions(districtAgs: "${d}") { code } }`, (data) =>
      Array.isArray(data.courseSuggestions),
    ),
  };
  result['Query.offerConflicts'] = {
    read: query(staff, `{ offerConflicts(source: "${prefix}") { id } }`, (data) => Array.isArray(data.offerConflicts)),
  };
  result['Query.indicators'] = {
    read: query(staff, `{ indicators(districtAgs: "${d}", categories: [OTHER]) { category } }`, (data) =>
      Array.isArray(data.indicators),
    ),
  };
  result['Query.indicatorRanking'] = {
    read: query(
      staff,
      `{ indicatorRanking(districtAgs: "${d}", category: OTHER, indicator: COVERAGE) { areaAgs } }`,
      (data) => Array.isArray(data.indicatorRanking),
    ),
  };
  result['Query.indicatorTargets'] = {
    read: query(
      staff,
      `{ indicatorTargets { indicator } }`,
      (data: { indicatorTargets: unknown[] }) => data.indicatorTargets.length === 8,
    ),
  };
  result['Query.decisionEffects'] = {
    read: query(staff, `{ decisionEffects(districtAgs: "${d}") { effect } }`, (data) =>
      Array.isArray(data.decisionEffects),
    ),
  };
  result['Query.offerOutcomes'] = {
    read: query(staff, `{ offerOutcomes(districtAgs: "${d}") { id } }`, (data) => Array.isArray(data.offerOutcomes)),
  };
  result['Query.monitoringSeries'] = {
    read: query(staff, `{ monitoringSeries(districtAgs: "${d}", categories: [OTHER]) { category } }`, (data) =>
      Array.isArray(data.monitoringSeries),
    ),
  };
  result['Query.snapshotDates'] = {
    read: query(staff, `{ snapshotDates(districtAgs: "${d}") }`, (data) => Array.isArray(data.snapshotDates)),
  };
  result['Query.changes'] = {
    read: query(staff, `{ changes(limit: 1) { entity } }`, (data) => Array.isArray(data.changes)),
  };
  result['Query.courseCalendar'] = {
    read: query(
      all,
      `{ courseCalendar(districtAgs: "${d}", from: "2027-01-01", categories: [OTHER]) { id } }`,
      (data) => Array.isArray(data.courseCalendar),
    ),
  };
  result['Query.courseTypeSettings'] = {
    read: query(
      all,
      '{ courseTypeSettings { courseType } }',
      (data: { courseTypeSettings: unknown[] }) => data.courseTypeSettings.length === 13,
    ),
  };
  result['Query.offerCountsByCategory'] = {
    read: query(
      all,
      `{ offerCountsByCategory(districtAgs: "${d}") { category offers } }`,
      (data: { offerCountsByCategory: { category: string }[] }) =>
        data.offerCountsByCategory.some((row) => row.category === 'OTHER'),
    ),
  };
  result['Query.searchOffers'] = {
    read: query(
      all,
      `{ searchOffers(phrase: "${prefix}") { edges { node { id } } } }`,
      (data: { searchOffers: { edges: { node: { id: string } }[] } }) =>
        data.searchOffers.edges.some((edge) => edge.node.id === ids.searchOffer),
    ),
  };

  const remedial = () =>
    server.cypher(
      "MATCH (s:CourseTypeSetting {courseType: 'REMEDIAL'}) RETURN s.minGroupSize AS min, s.maxGroupSize AS max, s.basis AS basis",
    );
  result['Mutation.setCourseTypeSettings'] = {
    update: {
      allowed: coordinator,
      async attempt(role) {
        // The figures course-api.test.ts sets too, so that files running at the same time see the same settings.
        const response = await gql<{ setCourseTypeSettings: { source: string }[] | null }>(
          role,
          'mutation { setCourseTypeSettings(settings: [{ courseType: REMEDIAL, minGroupSize: 6, maxGroupSize: 14, basis: "Trägerrunde Juni" }]) { courseType source } }',
        );
        const rows = await remedial();
        return {
          response,
          happened: response.data?.setCourseTypeSettings?.[0]?.source === 'COUNTY' && rows.length === 1,
        };
      },
    },
  };
  // The map's outlines (schema/outlines.graphql) and the forgiving search (schema/search.graphql) are public;
  // only the coordinator imports outlines and sets the county's search aliases.
  result['Query.areaOutlines'] = {
    read: query(
      all,
      `{ areaOutlines(districtAgs: "${d}") { districtAgs features { ags } } }`,
      (data: { areaOutlines: { features: unknown } }) => Array.isArray(data.areaOutlines.features),
    ),
  };
  result['Query.findInDistrict'] = {
    read: query(
      all,
      `{ findInDistrict(districtAgs: "${d}", text: "Teststadt") { id } }`,
      (data: { findInDistrict: { id: string }[] }) => data.findInDistrict.some((hit) => hit.id === place.townAgs),
    ),
  };
  result['Query.offersAcrossBorder'] = {
    read: query(all, `{ offersAcrossBorder(districtAgs: "${d}", radiusKm: 25) { id } }`, (data) =>
      Array.isArray(data.offersAcrossBorder),
    ),
  };
  // The hot reads by hand-written Cypher (schema/lean-reads.graphql): public as the offers and links they read.
  result['Query.municipalityOffers'] = {
    read: query(
      all,
      `{ municipalityOffers(ags: "${place.townAgs}", category: OTHER) { id freePlaces provider { id } } }`,
      (data: { municipalityOffers: { id: string; freePlaces: number; provider: { id: string }[] }[] }) =>
        data.municipalityOffers.some(
          (offer) => offer.id === ids.offer && offer.freePlaces === 8 && offer.provider[0]?.id === place.providerId,
        ),
    ),
  };
  result['Query.egoNetwork'] = {
    read: query(
      all,
      `{ egoNetwork(actorId: "${place.providerId}", hops: 1) { fromId toId kind } }`,
      (data: { egoNetwork: { fromId: string; toId: string; kind: string }[] }) =>
        data.egoNetwork.some(
          // The link's kind is changed by the Cooperation cells; that it is there and has one is the point here.
          (link) => link.fromId === place.providerId && link.toId === place.partnerId && link.kind.length > 0,
        ),
    ),
  };
  result['Query.searchAliases'] = {
    read: query(
      all,
      `{ searchAliases(districtAgs: "${d}") { alias } }`,
      (data: { searchAliases: unknown[] }) => data.searchAliases.length > 0,
    ),
  };
  result['Mutation.setSearchAliases'] = {
    update: {
      allowed: coordinator,
      async attempt(role) {
        const expansion = `Abkürzung ${role}`;
        const response = await gql(
          role,
          'mutation($d: String!, $a: [SearchAliasInput!]!) { setSearchAliases(districtAgs: $d, aliases: $a) { alias } }',
          { d, a: [{ alias: 'TST', expansion }] },
        );
        const rows = await server.cypher<{ n: number }>(
          'MATCH (a:SearchAlias {districtAgs: $d, expansion: $expansion}) RETURN count(a) AS n',
          { d, expansion },
        );
        await server.cypher('MATCH (a:SearchAlias {districtAgs: $d}) DELETE a', { d });
        return { response, happened: Number(rows[0]!.n) === 1 };
      },
    },
  };
  result['Mutation.importOutlines'] = {
    create: {
      allowed: coordinator,
      async attempt(role) {
        const { latitude: y, longitude: x } = place.town;
        const square = [
          [x - 0.1, y - 0.1],
          [x + 0.1, y - 0.1],
          [x + 0.1, y + 0.1],
          [x - 0.1, y + 0.1],
          [x - 0.1, y - 0.1],
        ];
        const geojson = JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { level: 'district', code: d, name: 'Testkreis' },
              geometry: { type: 'Polygon', coordinates: [square] },
            },
          ],
        });
        const response = await gql(
          role,
          'mutation($g: String!, $a: String) { importOutlines(geojson: $g, attribution: $a) { features } }',
          { g: geojson, a: `Test ${role}` },
        );
        const rows = await server.cypher<{ n: number }>(
          'MATCH (o:AreaOutline {districtAgs: $d, attribution: $a}) RETURN count(o) AS n',
          { d, a: `Test ${role}` },
        );
        await server.cypher('MATCH (o:AreaOutline {districtAgs: $d}) DETACH DELETE o', { d });
        return { response, happened: Number(rows[0]!.n) === 1 };
      },
    },
  };
  // Outcomes (schema/outcomes.graphql): the coordinator, and a partner for its own offers only.
  result['Mutation.reportOutcomes'] = {
    create: {
      allowed: offerWriters,
      async attempt(role) {
        const started = 10 + roles.indexOf(role);
        const response = await gql(
          role,
          `mutation($o: [OutcomeInput!]!) { reportOutcomes(outcomes: $o) { created updated } }`,
          {
            o: [
              {
                offerId: ids.offer,
                periodStart: '2026-01-01',
                periodEnd: '2026-06-30',
                started,
                finished: 5,
                droppedOut: 1,
              },
            ],
          },
        );
        const rows = await server.cypher<{ n: number }>(
          'MATCH (x:Outcome {started: $started})-[:OUTCOME_OF]->(:Offer {id: $offer}) RETURN count(x) AS n',
          { started, offer: ids.offer },
        );
        await server.cypher('MATCH (x:Outcome)-[:OUTCOME_OF]->(:Offer {id: $offer}) DETACH DELETE x', {
          offer: ids.offer,
        });
        return { response, happened: Number(rows[0]!.n) === 1 };
      },
    },
  };
  // The network view's arrangement (schema/network-layout.graphql): staff read it, only the coordinator writes it.
  const layoutOf = async () =>
    (
      await server.cypher('MATCH (l:NetworkLayout {districtAgs: $d}) RETURN l.actorIds AS ids, l.xs AS xs', { d })
    )[0] as { ids: string[]; xs: number[] } | undefined;
  result['Query.networkLayout'] = {
    read: query(
      staff,
      `{ networkLayout(districtAgs: "${d}") { districtAgs positions { actorId } } }`,
      (data: { networkLayout: { districtAgs: string; positions: unknown } }) =>
        data.networkLayout.districtAgs === d && Array.isArray(data.networkLayout.positions),
    ),
  };
  result['Mutation.saveNetworkLayout'] = {
    update: {
      allowed: coordinator,
      async attempt(role) {
        // An x of the role's own: a refused role's save would show as its x in the stored arrangement.
        const x = 100 + roles.indexOf(role);
        const response = await gql(
          role,
          'mutation($d: String!, $p: [ActorPositionInput!]!) { saveNetworkLayout(districtAgs: $d, positions: $p) { positions { x } } }',
          { d, p: [{ actorId: place.providerId, x, y: -5 }] },
        );
        const stored = await layoutOf();
        return { response, happened: stored?.ids[0] === place.providerId && stored.xs[0] === x };
      },
    },
  };
  result['Mutation.resetNetworkLayout'] = {
    update: {
      allowed: coordinator,
      async attempt(role) {
        await server.cypher(
          'MERGE (l:NetworkLayout {districtAgs: $d}) SET l.actorIds = [$id], l.xs = [1.0], l.ys = [2.0], l.updatedAt = datetime()',
          { d, id: place.providerId },
        );
        const response = await gql(role, `mutation { resetNetworkLayout(districtAgs: "${d}") { districtAgs } }`);
        const happened = (await layoutOf()) === undefined;
        await server.cypher('MATCH (l:NetworkLayout {districtAgs: $d}) DELETE l', { d });
        return { response, happened };
      },
    },
  };
  const upserted = (marker: string) =>
    exists('MATCH (o:Offer {source: $source, externalId: $marker}) RETURN o', { source: prefix, marker });
  result['Mutation.upsertOffers'] = {
    create: write(offerWriters, {
      query: `mutation($s: String!, $marker: String!, $p: ID!) { upsertOffers(source: $s, offers: [{ externalId: $marker, providerId: $p, title: "Matrixkurs", category: OTHER, format: IN_PERSON, status: OPEN }]) { created } }`,
      variables: (marker) => ({ s: prefix, marker, p: place.providerId }),
      effect: upserted,
    }),
    update: write(offerWriters, {
      prepare: (marker) =>
        server
          .cypher(
            'MATCH (p:Actor {id: $p}) CREATE (p)-[:PROVIDES]->(:Offer {id: randomUUID(), source: $s, externalId: $marker, title: "alt", category: "OTHER", format: "IN_PERSON", status: "OPEN", createdAt: datetime(), updatedAt: datetime()})',
            { p: place.providerId, s: prefix, marker },
          )
          .then(() => undefined),
      query: `mutation($s: String!, $marker: String!) { upsertOffers(source: $s, offers: [{ externalId: $marker, title: $marker, category: OTHER, format: IN_PERSON, status: OPEN }]) { updated } }`,
      variables: (marker) => ({ s: prefix, marker }),
      effect: (marker) =>
        exists('MATCH (o:Offer {source: $s, externalId: $marker, title: $marker}) RETURN o', { s: prefix, marker }),
    }),
  };
  result['Mutation.resolveOfferConflicts'] = {
    update: {
      allowed: coordinator,
      async attempt(role, marker) {
        // An unknown conflict: NOT_FOUND shows the role got past the check; the others are refused before the lookup.
        const response = await gql(
          role,
          'mutation($ids: [ID!]!) { resolveOfferConflicts(ids: $ids, resolution: KEEP_COORDINATOR_VALUE) { id } }',
          { ids: [marker] },
        );
        return {
          response,
          happened:
            response.errors?.[0]?.extensions?.code === 'NOT_FOUND' && response.errors[0].message.includes(marker),
        };
      },
    },
  };

  // History and undo (server/history/): an unknown change or Papierkorb entry; NOT_FOUND naming it shows the role
  // got past the check, the others are refused before the lookup.
  const unknownTarget = (mutation: 'undoChange' | 'restoreDeleted'): Cell => ({
    allowed: coordinator,
    async attempt(role, marker) {
      const response = await gql(role, `mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id: marker });
      return {
        response,
        happened: response.errors?.[0]?.extensions?.code === 'NOT_FOUND' && response.errors[0].message.includes(marker),
      };
    },
  });
  result['Mutation.undoChange'] = { update: unknownTarget('undoChange') };
  result['Mutation.restoreDeleted'] = { create: unknownTarget('restoreDeleted') };
  result['Query.deletedEntities'] = {
    read: read(
      staff,
      '{ deletedEntities(limit: 1) { id } }',
      () => ({}),
      (data) => Array.isArray(data.deletedEntities),
    ),
  };

  // The Bedarfsabfrage: each attempt on a round of its own (made by Cypher), so that no attempt changes another's.
  // A link's token is its only permission: whoever holds it reads its form and writes its answer, whatever the role.
  const surveyRound = async (marker: string, answerStatus?: string): Promise<string> => {
    const token = `bna_${createHash('sha256').update(marker).digest('base64url').slice(0, 32)}`;
    await server.cypher(
      `MATCH (m:Municipality {ags: $ags})
       CREATE (r:SurveyRound {id: $marker, title: $marker, deadline: date() + duration('P14D'), graceDays: 3, categories: ['OTHER'],
         contactName: 'Matrix', state: 'OPEN', createdAt: datetime()})-[:ASKS]->(m)
       CREATE (l:SurveyLink {id: $marker + '-l', tokenHash: $hash, roundId: $marker, areaAgs: $ags, createdAt: datetime(),
         expiresAt: datetime() + duration('P20D')})-[:LINK_OF]->(r), (l)-[:LINK_FOR]->(m)
       FOREACH (status IN CASE WHEN $status IS NULL THEN [] ELSE [$status] END |
         CREATE (a:SurveyAnswer {id: $marker + '-a', roundId: $marker, areaAgs: $ags, status: status, needs: '[]', offers: '[]',
           updatedAt: datetime()})-[:ANSWER_OF]->(r), (a)-[:ANSWER_FOR]->(m))`,
      { ags: place.townAgs, marker, hash: hashSurveyToken(token), status: answerStatus ?? null },
    );
    return token;
  };
  const roundState = (marker: string, where: string) =>
    exists(
      `MATCH (r:SurveyRound {id: $marker}) OPTIONAL MATCH (a:SurveyAnswer {roundId: $marker}) WITH r, a WHERE ${where} RETURN r`,
      {
        marker,
      },
    );
  const surveyCell = <T>(
    allowed: readonly Role[],
    answerStatus: string | undefined,
    query: string,
    happened: (marker: string, response: GraphQLResponse<T>) => Promise<boolean> | boolean,
  ): Cell => ({
    allowed,
    async attempt(role, marker) {
      const token = await surveyRound(marker, answerStatus);
      const response = await gql<T>(role, query, { marker, token, answer: `${marker}-a`, ags: place.townAgs });
      return { response, happened: !response.errors && (await happened(marker, response)) };
    },
  });
  result['Query.surveyRounds'] = {
    read: surveyCell(
      staff,
      undefined,
      '{ surveyRounds { id } }',
      (marker, r: GraphQLResponse<{ surveyRounds: { id: string }[] }>) =>
        r.data!.surveyRounds.some((x) => x.id === marker),
    ),
  };
  result['Query.surveyRound'] = {
    read: surveyCell(
      staff,
      undefined,
      'query($marker: ID!) { surveyRound(id: $marker) { id } }',
      (marker, r: GraphQLResponse<{ surveyRound: { id: string } | null }>) => r.data!.surveyRound?.id === marker,
    ),
  };
  result['Query.surveyAnswers'] = {
    read: surveyCell(
      staff,
      'SUBMITTED',
      'query($marker: ID!) { surveyAnswers(roundId: $marker) { id } }',
      (marker, r: GraphQLResponse<{ surveyAnswers: { id: string }[] }>) =>
        r.data!.surveyAnswers[0]?.id === `${marker}-a`,
    ),
  };
  result['Query.compareSurveyAnswer'] = {
    read: surveyCell(
      staff,
      'SUBMITTED',
      'query($answer: ID!) { compareSurveyAnswer(answerId: $answer) { needs { itemId } } }',
      (_m, r: GraphQLResponse<{ compareSurveyAnswer: { needs: unknown } }>) =>
        Array.isArray(r.data!.compareSurveyAnswer.needs),
    ),
  };
  result['Query.surveyForm'] = {
    read: surveyCell(
      all,
      undefined,
      'query($token: String!) { surveyForm(token: $token) { areaAgs } }',
      (_m, r: GraphQLResponse<{ surveyForm: { areaAgs: string } }>) => r.data!.surveyForm.areaAgs === place.townAgs,
    ),
  };
  result['Mutation.startSurveyRound'] = {
    create: write(coordinator, {
      query: `mutation($marker: String!, $deadline: Date!, $ags: String!) { startSurveyRound(input: { title: $marker, deadline: $deadline, areas: [{ ags: $ags }], categories: [OTHER], contactName: "Matrix" }) { round { id } } }`,
      variables: (marker) => ({ marker, deadline: '2099-01-01', ags: place.townAgs }),
      effect: (marker) => exists('MATCH (r:SurveyRound {title: $marker}) RETURN r', { marker }),
    }),
  };
  result['Mutation.closeSurveyRound'] = {
    update: surveyCell(
      coordinator,
      undefined,
      'mutation($marker: ID!) { closeSurveyRound(id: $marker) { state } }',
      (marker) => roundState(marker, "r.state = 'CLOSED'"),
    ),
  };
  const linkCount = async (marker: string) =>
    Number((await server.cypher('MATCH (l:SurveyLink {roundId: $marker}) RETURN count(l) AS n', { marker }))[0]!.n);
  result['Mutation.renewSurveyLinks'] = {
    update: surveyCell(
      coordinator,
      undefined,
      'mutation($marker: ID!) { renewSurveyLinks(roundId: $marker) { token } }',
      async (marker) => (await linkCount(marker)) === 2,
    ),
  };
  result['Mutation.remindSurveyAreas'] = {
    update: surveyCell(
      coordinator,
      undefined,
      'mutation($marker: ID!) { remindSurveyAreas(roundId: $marker) { mailto } }',
      async (marker) => (await linkCount(marker)) === 2,
    ),
  };
  result['Mutation.revokeSurveyLink'] = {
    update: surveyCell(
      coordinator,
      undefined,
      'mutation($marker: ID!, $ags: String!) { revokeSurveyLink(roundId: $marker, areaAgs: $ags) { id } }',
      (marker) => exists('MATCH (l:SurveyLink {roundId: $marker}) WHERE l.revokedAt IS NOT NULL RETURN l', { marker }),
    ),
  };
  result['Mutation.saveSurveyAnswer'] = {
    create: surveyCell(
      all,
      undefined,
      'mutation($token: String!) { saveSurveyAnswer(token: $token, input: { needs: [{ category: OTHER, persons: 2 }] }) { id } }',
      (marker) => roundState(marker, "a.status = 'DRAFT'"),
    ),
  };
  result['Mutation.submitSurveyAnswer'] = {
    create: surveyCell(
      all,
      undefined,
      'mutation($token: String!) { submitSurveyAnswer(token: $token, input: { needs: [{ category: OTHER, persons: 2 }] }) { id } }',
      (marker) => roundState(marker, "a.status = 'SUBMITTED'"),
    ),
  };
  result['Mutation.acceptSurveyAnswer'] = {
    update: surveyCell(
      coordinator,
      'SUBMITTED',
      'mutation($answer: ID!) { acceptSurveyAnswer(answerId: $answer) { status } }',
      (marker) => roundState(marker, "a.status = 'ACCEPTED'"),
    ),
  };
  result['Mutation.sendBackSurveyAnswer'] = {
    update: surveyCell(
      coordinator,
      'SUBMITTED',
      'mutation($answer: ID!) { sendBackSurveyAnswer(answerId: $answer, comment: "bitte prüfen") { status } }',
      (marker) => roundState(marker, "a.status = 'SENT_BACK'"),
    ),
  };
  return result;
}

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  const [row] = await server.cypher(
    `MATCH (p:Actor {id: $providerId}), (q:Actor {id: $partnerId}), (town:Municipality {ags: $townAgs})
     CREATE (a:Actor {id: randomUUID(), name: $prefix + ' Akteur', kind: 'OTHER', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(town)
     CREATE (p)-[:PROVIDES]->(o:Offer {id: randomUUID(), title: 'Matrixkurs', category: 'OTHER', format: 'IN_PERSON', status: 'OPEN', capacity: 10, booked: 2, createdAt: datetime(), updatedAt: datetime()})-[:TAKES_PLACE_IN]->(town)
     CREATE (p)-[:PROVIDES]->(so:Offer {id: randomUUID(), title: 'Suchkurs ' + $prefix, category: 'OTHER', format: 'IN_PERSON', status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:TAKES_PLACE_IN]->(town)
     CREATE (n:Need {id: randomUUID(), category: 'OTHER', persons: 4, reportedAt: date('2026-10-01'), source: 'SURVEY', status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:NEEDED_IN]->(town)
     CREATE (w:Network {id: randomUUID(), name: $prefix + ' Runde', kind: 'EXCHANGE_ROUND', createdAt: datetime(), updatedAt: datetime()})<-[:MEMBER_OF_NETWORK]-(p)
     CREATE (m:Meeting {id: randomUUID(), date: date('2027-01-10'), topic: 'Auftakt', createdAt: datetime(), updatedAt: datetime()})-[:MEETING_OF]->(w)
     CREATE (x:Decision {id: randomUUID(), text: 'Kurse abstimmen', status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:DECIDED_AT]->(m)
     CREATE (s:Snapshot {id: randomUUID(), date: date('2026-11-01'), category: 'OTHER', radiusKm: 25.0, demand: 4, freePlaces: 8, capacity: 10, booked: 2, waitlist: 0, accessibility: 1.0, unmet: 0, createdAt: datetime()})-[:SNAPSHOT_OF]->(town)
     CREATE (p)-[:COOPERATES_WITH {kind: 'REFERRAL', strength: 2, note: 'Vertraulich'}]->(q)
     RETURN a.id AS actor, o.id AS offer, so.id AS searchOffer, n.id AS need, w.id AS network, m.id AS meeting, x.id AS decision, s.id AS snapshot`,
    { ...place, prefix },
  );
  Object.assign(ids, row);
});

afterAll(async () => {
  // The place first: its district and municipalities may carry markers now, and must go together.
  await removePlace(server, place);
  await server.cypher(
    `MATCH (n) WHERE (n:District OR n:Municipality OR n:Actor OR n:Offer OR n:Need OR n:Network OR n:Meeting OR n:Decision)
       AND any(k IN ['name', 'title', 'topic', 'text', 'note', 'source'] WHERE n[k] STARTS WITH $prefix)
     DETACH DELETE n`,
    { prefix },
  );
  await server.cypher('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: Object.values(ids) });
  await server.close();
});

// The table is built once the fixtures exist; vitest needs the test names before, so they are listed here with the
// operations each subject has in the API (a query is only read, a mutation only written).
const crud: Operation[] = ['read', 'create', 'update', 'delete'];
const subjectOperations: Record<string, Operation[]> = {
  District: crud,
  Municipality: crud,
  Actor: crud,
  Offer: crud,
  Need: crud,
  Network: crud,
  Meeting: crud,
  Decision: crud,
  Snapshot: crud,
  'Cooperation (kind)': ['read'],
  'Actor.reportedNeeds': ['read'],
  'Municipality.needs': ['read'],
  Cooperation: crud,
  'Query.coverageGaps': ['read'],
  'Municipality.coverageGap': ['read'],
  'Query.networkAnalysis': ['read'],
  'Query.recommendations': ['read'],
  'Query.waitingTimes': ['read'],
  'Query.courseSuggestions': ['read'],
  'Query.offerConflicts': ['read'],
  'Query.indicators': ['read'],
  'Query.indicatorRanking': ['read'],
  'Query.indicatorTargets': ['read'],
  'Query.decisionEffects': ['read'],
  'Query.offerOutcomes': ['read'],
  'Query.monitoringSeries': ['read'],
  'Query.snapshotDates': ['read'],
  'Query.changes': ['read'],
  'Query.courseCalendar': ['read'],
  'Query.courseTypeSettings': ['read'],
  'Query.offerCountsByCategory': ['read'],
  'Query.searchOffers': ['read'],
  'Mutation.setCourseTypeSettings': ['update'],
  'Mutation.upsertOffers': ['create', 'update'],
  'Mutation.resolveOfferConflicts': ['update'],
  'Query.surveyRounds': ['read'],
  'Query.surveyRound': ['read'],
  'Query.surveyAnswers': ['read'],
  'Query.compareSurveyAnswer': ['read'],
  'Query.surveyForm': ['read'],
  'Mutation.startSurveyRound': ['create'],
  'Mutation.closeSurveyRound': ['update'],
  'Mutation.renewSurveyLinks': ['update'],
  'Mutation.remindSurveyAreas': ['update'],
  'Mutation.revokeSurveyLink': ['update'],
  'Mutation.saveSurveyAnswer': ['create'],
  'Mutation.submitSurveyAnswer': ['create'],
  'Mutation.acceptSurveyAnswer': ['update'],
  'Mutation.sendBackSurveyAnswer': ['update'],
  'Query.networkLayout': ['read'],
  'Query.areaOutlines': ['read'],
  'Query.findInDistrict': ['read'],
  'Query.searchAliases': ['read'],
  'Query.offersAcrossBorder': ['read'],
  'Query.municipalityOffers': ['read'],
  'Query.egoNetwork': ['read'],
  'Mutation.setSearchAliases': ['update'],
  'Mutation.importOutlines': ['create'],
  'Mutation.reportOutcomes': ['create'],
  'Mutation.saveNetworkLayout': ['update'],
  'Mutation.resetNetworkLayout': ['update'],
  'Query.deletedEntities': ['read'],
  'Mutation.undoChange': ['update'],
  'Mutation.restoreDeleted': ['create'],
};
const subjectNames = Object.keys(subjectOperations);
let table: ReturnType<typeof subjects> | undefined;

describe.each(subjectNames)('%s', (subject) => {
  for (const operation of subjectOperations[subject]!) {
    describe(operation, () => {
      it.each(roles)('as %s', async (role) => {
        const cell = (table ??= subjects())[subject]?.[operation];
        if (!cell) throw new Error(`no cell for ${subject} ${operation}`);
        const marker = `${prefix}-${subject}-${operation}-${role}`.replace(/[^\w-]/g, '_');
        const { response, happened } = await cell.attempt(role, marker);
        if (cell.allowed.includes(role)) {
          const answersNotFound = ['Mutation.resolveOfferConflicts', 'Mutation.undoChange', 'Mutation.restoreDeleted'];
          if (!(answersNotFound.includes(subject) && role === 'coordinator')) expectNoErrors(response);
          expect(happened).toBe(true);
        } else if (subject === 'Snapshot' && operation !== 'read') {
          // No such mutation in the schema, for anyone.
          expect(response.status).toBe(400);
          expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
          expect(happened).toBe(false);
        } else {
          expect(response.errors?.[0]?.extensions?.code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(happened).toBe(false);
        }
      });
    });
  }
});

it('covers every node type of the schema', async () => {
  const printed = (await import('node:fs')).readFileSync(
    new URL('../../../schema/generated/schema.graphql', import.meta.url),
    'utf8',
  );
  const nodeTypes = [...printed.matchAll(/^type (\w+) \{[\s\S]*?^\}/gm)]
    .filter((match) => /\n {2}id: ID!|\n {2}ags: String!/.test(match[0]) && /updatedAt|createdAt/.test(match[0]))
    .map((match) => match[1]);
  expect(nodeTypes.sort()).toEqual([
    'Actor',
    'Decision',
    'District',
    'Meeting',
    'Municipality',
    'Need',
    'Network',
    'Offer',
    'Snapshot',
  ]);
  for (const type of nodeTypes) expect(subjectOperations[type!]).toEqual(crud);
});

it('covers every query and mutation written by hand in schema/', async () => {
  const fs = await import('node:fs');
  const dir = new URL('../../../schema/', import.meta.url);
  const rootFields: string[] = [];
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.graphql'))) {
    const sdl = fs.readFileSync(new URL(file, dir), 'utf8');
    for (const block of sdl.matchAll(/^(?:extend )?type (Query|Mutation) \{([\s\S]*?)^\}/gm)) {
      for (const field of block[2]!.matchAll(/^ {2}(\w+)\s*[(:]/gm)) rootFields.push(`${block[1]}.${field[1]}`);
    }
  }
  expect(rootFields.length).toBeGreaterThan(10);
  expect(rootFields.filter((name) => !(name in subjectOperations))).toEqual([]);
});

// The operations of `npm run bench` (bench-api.ts) and `npm run bench:profile` (profile-api.ts): each question
// asked through /graphql and as hand-written Cypher, normalised so that both answers can be compared.
import http from 'node:http';
import { isEnumType, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { benchHeaders } from './bench-auth.js';
// ---------------------------------------------------------------------------------------------------------------
// Clients for both sides

export class BenchError extends Error {}

export interface Sides {
  graphql(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>>;
  cypher(statement: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

// The GraphQL side's client: node:http over one kept-alive connection, as the raw side's driver keeps its pooled
// Bolt connection. Node's fetch (undici over web streams) costs ~1–2 ms of this process's CPU per request
// (bench:profile, BENCHMARKS.md issue 17), which the server, sharing the process and its one thread, would be
// charged for; BENCH_CLIENT=fetch measures with it instead.
const agent = new http.Agent({ keepAlive: true });

function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function postWithFetch(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

export type BenchClient = 'http' | 'fetch';

export function makeSides(
  url: string,
  driver: Driver,
  database: string | undefined,
  client: BenchClient = process.env.BENCH_CLIENT === 'fetch' ? 'fetch' : 'http',
): Sides {
  const post = client === 'fetch' ? postWithFetch : postJson;
  return {
    async graphql(query, variables) {
      const response = await post(`${url}/graphql`, await benchHeaders(), JSON.stringify({ query, variables }));
      const body = JSON.parse(response.text) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (response.status !== 200 || body.errors || !body.data) {
        throw new BenchError(
          `GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`,
        );
      }
      return body.data;
    },
    async cypher(statement, params) {
      if (rawTransaction() === 'autocommit') {
        const session = driver.session({
          database,
          defaultAccessMode: neo4j.session.READ,
          bookmarkManager: driver.executeQueryBookmarkManager,
        });
        try {
          return (await session.run(statement, params)).records.map((record) => record.toObject());
        } finally {
          await session.close();
        }
      }
      const result = await driver.executeQuery(statement, params, { database, routing: neo4j.routing.READ });
      return result.records.map((record) => record.toObject());
    },
  };
}

/**
 * How the raw side reads: driver.executeQuery, a managed transaction (BEGIN, RUN, PULL, then COMMIT: two round trips),
 * or with BENCH_RAW=autocommit an auto-commit transaction (RUN, PULL: one), as the lean resolvers read
 * (server/lean-reads/run-read.ts), so that both sides pay the same protocol.
 */
export function rawTransaction(): 'executeQuery' | 'autocommit' {
  return process.env.BENCH_RAW === 'autocommit' ? 'autocommit' : 'executeQuery';
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation: both sides to plain JSON with a fixed order, so that they can be compared as strings

/** Temporal values of the driver (Date, DateTime) print as ISO strings, like the GraphQL scalars. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

function sortedByJson<T>(items: T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}

// ---------------------------------------------------------------------------------------------------------------
// The three operations

export interface Operation<P> {
  name: string;
  custom?: boolean; // answered by a resolver of our own (hand-written Cypher): the target is also <= 1 ms above Cypher
  description: string;
  params: P[]; // cycled through over the iterations
  label(params: P): string;
  graphql(sides: Sides, params: P): Promise<unknown>; // raw result, what is timed
  cypher(sides: Sides, params: P): Promise<unknown>;
  normaliseGraphql(raw: unknown): unknown;
  normaliseCypher(raw: unknown): unknown;
}

// (1) Offers of one category whose venue is one municipality.
export interface OffersParams {
  ags: string;
  name: string;
  category: string;
}

const offersQuery = `query OffersByMunicipalityAndCategory($ags: String!, $category: OfferCategory!) {
  offers(where: { category: { eq: $category }, venue: { some: { ags: { eq: $ags } } } }) {
    id title status startDate capacity booked
    provider { name }
  }
}`;

const offersCypher = `MATCH (:Municipality {ags: $ags})<-[:TAKES_PLACE_IN]-(o:Offer {category: $category})
RETURN o.id AS id, o.title AS title, o.status AS status, o.startDate AS startDate, o.capacity AS capacity, o.booked AS booked,
       [(p:Actor)-[:PROVIDES]->(o) | {name: p.name}] AS provider`;

function normaliseOffers(rows: Record<string, unknown>[]): unknown {
  return sortedByJson(
    rows.map((row) => plain({ ...row, provider: sortedByJson((row.provider as unknown[]).map(plain)) })),
  );
}

export function offersOperation(params: OffersParams[]): Operation<OffersParams> {
  return {
    name: 'offers by venue filter (generic)',
    description:
      'Offers of a category whose venue is a municipality, with title, status, startDate, capacity, booked and provider name',
    params,
    label: (p) => `${p.category} in ${p.name} (${p.ags})`,
    graphql: (sides, p) => sides.graphql(offersQuery, { ags: p.ags, category: p.category }),
    cypher: (sides, p) => sides.cypher(offersCypher, { ags: p.ags, category: p.category }),
    normaliseGraphql: (raw) => normaliseOffers((raw as { offers: Record<string, unknown>[] }).offers),
    normaliseCypher: (raw) => normaliseOffers(raw as Record<string, unknown>[]),
  };
}

// (2) An actor with its cooperation partners and their partners (two hops, either direction, with the kind).
export interface PartnersParams {
  id: string;
  name: string;
}

const partnersQuery = `query ActorPartnersTwoHops($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name
    cooperatesWithConnection { edges { properties { kind } node { id name ...SecondHop } } }
    cooperatedWithByConnection { edges { properties { kind } node { id name ...SecondHop } } }
  }
}
fragment SecondHop on Actor {
  cooperatesWithConnection { edges { properties { kind } node { id name } } }
  cooperatedWithByConnection { edges { properties { kind } node { id name } } }
}`;

const partnersCypher = `MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name,
       [(a)-[r1:COOPERATES_WITH]-(p1:Actor) | {
          id: p1.id, name: p1.name, kind: r1.kind, outgoing: startNode(r1) = a,
          partners: [(p1)-[r2:COOPERATES_WITH]-(p2:Actor) | {id: p2.id, name: p2.name, kind: r2.kind, outgoing: startNode(r2) = p1}]
       }] AS partners`;

interface ConnectionEdges {
  edges: { properties: { kind: string }; node: GraphqlActor }[];
}

/** An actor as partnersQuery asks for it; the partners' partners without further connections. */
interface GraphqlActor {
  id: string;
  name: string;
  cooperatesWithConnection: ConnectionEdges;
  cooperatedWithByConnection: ConnectionEdges;
}

/** A row of partnersCypher: an actor, its partners, and theirs. */
interface CypherPartner {
  id: string;
  name: string;
  kind?: string;
  outgoing?: boolean;
  partners: CypherPartner[];
}

/** Both directions of a GraphQL actor as one list of partners, each with outgoing true for the links it entered. */
function graphqlPartners(
  actor: Pick<GraphqlActor, 'cooperatesWithConnection' | 'cooperatedWithByConnection'>,
  deeper: boolean,
): unknown[] {
  const side = (connection: ConnectionEdges, outgoing: boolean) =>
    connection.edges.map(({ properties, node }) => ({
      id: node.id,
      name: node.name,
      kind: properties.kind,
      outgoing,
      ...(deeper ? { partners: graphqlPartners(node, false) } : {}),
    }));
  return sortedByJson(
    [...side(actor.cooperatesWithConnection, true), ...side(actor.cooperatedWithByConnection, false)].map(plain),
  );
}

export function partnersOperation(params: PartnersParams[]): Operation<PartnersParams> {
  return {
    name: 'partners two hops (connections)',
    description:
      'An actor with its cooperation partners and their partners (both directions), names and cooperation kind',
    params,
    label: (p) => `${p.name} (${p.id})`,
    graphql: (sides, p) => sides.graphql(partnersQuery, { id: p.id }),
    cypher: (sides, p) => sides.cypher(partnersCypher, { id: p.id }),
    normaliseGraphql: (raw) =>
      (raw as { actors: GraphqlActor[] }).actors.map((actor) => ({
        id: actor.id,
        name: actor.name,
        partners: graphqlPartners(actor, true),
      })),
    normaliseCypher: (raw) =>
      (raw as CypherPartner[]).map((row) => ({
        id: row.id,
        name: row.name,
        partners: sortedByJson(row.partners.map((p) => plain({ ...p, partners: sortedByJson(p.partners.map(plain)) }))),
      })),
  };
}

// (3) How many offers there are in each category.
export function countsOperation(categories: string[]): Operation<null> {
  const aliases = categories.map(
    (category, i) =>
      `  c${i}: offersConnection(where: { category: { eq: ${category} } }) { aggregate { count { nodes } } }`,
  );
  const query = `query OfferCountsByCategory {\n${aliases.join('\n')}\n}`;
  const cypher = 'MATCH (o:Offer) RETURN o.category AS category, count(*) AS count';
  return {
    name: 'offer counts (aggregate each)',
    description: `Number of offers in each of the ${categories.length} categories (GraphQL: one aliased offersConnection aggregate per category)`,
    params: [null],
    label: () => 'all categories',
    graphql: (sides) => sides.graphql(query, {}),
    cypher: (sides) => sides.cypher(cypher, {}),
    normaliseGraphql: (raw) => {
      const data = raw as Record<string, { aggregate: { count: { nodes: number } } }>;
      return Object.fromEntries(categories.map((category, i) => [category, data[`c${i}`]!.aggregate.count.nodes]));
    },
    normaliseCypher: (raw) => {
      const counts = new Map(
        (raw as { category: string; count: number }[]).map((row) => [row.category, Number(row.count)]),
      );
      const unknown = [...counts.keys()].filter((category) => !categories.includes(category));
      if (unknown.length > 0)
        throw new BenchError(`offers with categories the schema does not know: ${unknown.join(', ')}`);
      return Object.fromEntries(categories.map((category) => [category, counts.get(category) ?? 0]));
    },
  };
}

// The same three questions asked the way the API offers them for the purpose: from the municipality by its key,
// the ego network as an edge list (Actor.egoNetwork), counts in one pass (Query.offerCountsByCategory).
const offersFromMunicipalityQuery = `query OffersOfMunicipality($ags: String!, $category: OfferCategory!) {
  municipalities(where: { ags: { eq: $ags } }) {
    offers(where: { category: { eq: $category } }) { id title status startDate capacity booked provider { name } }
  }
}`;

export function offersFromMunicipalityOperation(params: OffersParams[]): Operation<OffersParams> {
  return {
    ...offersOperation(params),
    name: 'offers of a municipality (by key, generic)',
    description:
      'The same offers, asked from the municipality: municipalities(where: {ags}) { offers(where: {category}) }',
    graphql: (sides, p) => sides.graphql(offersFromMunicipalityQuery, { ags: p.ags, category: p.category }),
    normaliseGraphql: (raw) =>
      normaliseOffers(
        (raw as { municipalities: { offers: Record<string, unknown>[] }[] }).municipalities.flatMap((m) => m.offers),
      ),
  };
}

const egoQuery = `query EgoNetwork($id: ID!) { actors(where: { id: { eq: $id } }) { egoNetwork(hops: 2) { fromId fromName toId toName kind } } }`;
const egoCypher = `MATCH (a:Actor {id: $id})
CALL apoc.path.subgraphAll(a, { relationshipFilter: 'COOPERATES_WITH', labelFilter: '+Actor', maxLevel: 2 }) YIELD relationships
UNWIND relationships AS r
RETURN startNode(r).id AS fromId, startNode(r).name AS fromName, endNode(r).id AS toId, endNode(r).name AS toName, r.kind AS kind`;

export function egoOperation(params: PartnersParams[]): Operation<PartnersParams> {
  return {
    name: 'ego network, two hops (Actor.egoNetwork, @cypher)',
    description: 'The cooperation links up to two hops around an actor as an edge list, via Actor.egoNetwork(hops: 2)',
    params,
    label: (p) => `${p.name} (${p.id})`,
    graphql: (sides, p) => sides.graphql(egoQuery, { id: p.id }),
    cypher: (sides, p) => sides.cypher(egoCypher, { id: p.id }),
    normaliseGraphql: (raw) =>
      sortedByJson(((raw as { actors: { egoNetwork: unknown[] }[] }).actors[0]?.egoNetwork ?? []).map(plain)),
    normaliseCypher: (raw) => sortedByJson((raw as unknown[]).map(plain)),
  };
}

export function countsInOnePassOperation(categories: string[]): Operation<null> {
  const generic = countsOperation(categories);
  return {
    ...generic,
    name: 'offer counts (offerCountsByCategory)',
    custom: true,
    description: 'Offers per category in one pass via Query.offerCountsByCategory, a resolver of hand-written Cypher',
    graphql: (sides) => sides.graphql('query Counts { offerCountsByCategory { category offers } }', {}),
    normaliseGraphql: (raw) => {
      const rows = (raw as { offerCountsByCategory: { category: string; offers: number }[] }).offerCountsByCategory;
      const counts = new Map(rows.map((row) => [row.category, row.offers]));
      return Object.fromEntries(categories.map((category) => [category, counts.get(category) ?? 0]));
    },
  };
}

// The same three questions through the hand-written Cypher resolvers (schema/lean-reads.graphql, issue 17 item 1).
const municipalityOffersQuery = `query MunicipalityOffers($ags: String!, $category: OfferCategory!) {
  municipalityOffers(ags: $ags, category: $category) { id title status startDate capacity booked provider { name } }
}`;

export function municipalityOffersOperation(params: OffersParams[]): Operation<OffersParams> {
  return {
    ...offersOperation(params),
    name: 'offers of a municipality (municipalityOffers)',
    custom: true,
    description: 'The same offers through Query.municipalityOffers(ags, category), a resolver of hand-written Cypher',
    graphql: (sides, p) => sides.graphql(municipalityOffersQuery, { ags: p.ags, category: p.category }),
    normaliseGraphql: (raw) =>
      normaliseOffers((raw as { municipalityOffers: Record<string, unknown>[] }).municipalityOffers),
  };
}

const leanEgoQuery = `query LeanEgoNetwork($id: ID!) { egoNetwork(actorId: $id, hops: 2) { fromId fromName toId toName kind } }`;

export function leanEgoOperation(params: PartnersParams[]): Operation<PartnersParams> {
  return {
    ...egoOperation(params),
    name: 'ego network, two hops (Query.egoNetwork)',
    custom: true,
    description: 'The same edge list through Query.egoNetwork(actorId, hops: 2), a resolver of hand-written Cypher',
    graphql: (sides, p) => sides.graphql(leanEgoQuery, { id: p.id }),
    normaliseGraphql: (raw) => sortedByJson((raw as { egoNetwork: unknown[] }).egoNetwork.map(plain)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Parameters from the data

export async function offersParams(sides: Sides): Promise<OffersParams[]> {
  const rows = await sides.cypher(
    `MATCH (m:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)
     RETURN m.ags AS ags, m.name AS name, o.category AS category, count(*) AS offers
     ORDER BY offers DESC, ags, category`,
    {},
  );
  const params = rows.map((row) => ({
    ags: row.ags as string,
    name: row.name as string,
    category: row.category as string,
  }));
  // The example of the brief first: integration courses in Nienburg/Weser.
  const first = params.findIndex((p) => p.ags === '03256022' && p.category === 'INTEGRATION_COURSE');
  if (first > 0) params.unshift(...params.splice(first, 1));
  return params;
}

export async function partnersParams(sides: Sides): Promise<PartnersParams[]> {
  const rows = await sides.cypher(
    `MATCH (a:Actor) WHERE EXISTS { (a)-[:COOPERATES_WITH]-(:Actor) }
     RETURN a.id AS id, a.name AS name ORDER BY a.id`,
    {},
  );
  return rows.map((row) => ({ id: row.id as string, name: row.name as string }));
}

export function offerCategories(schema: GraphQLSchema): string[] {
  const type = schema.getType('OfferCategory');
  if (!isEnumType(type)) throw new BenchError('the schema has no enum OfferCategory');
  return type.getValues().map((value) => value.name);
}

// ---------------------------------------------------------------------------------------------------------------
// Checking and timing

export async function checkEqual<P>(operation: Operation<P>, sides: Sides): Promise<void> {
  for (const params of operation.params) {
    const fromGraphql = JSON.stringify(operation.normaliseGraphql(await operation.graphql(sides, params)));
    const fromCypher = JSON.stringify(operation.normaliseCypher(await operation.cypher(sides, params)));
    if (fromGraphql !== fromCypher) {
      throw new BenchError(
        `"${operation.name}" for ${operation.label(params)}: GraphQL and Cypher return different data.\n` +
          `GraphQL: ${fromGraphql.slice(0, 2000)}\nCypher:  ${fromCypher.slice(0, 2000)}`,
      );
    }
  }
}

// What bench:load sends: a mix of reads with an analyst's token, and a write workload that remembers every write the
// server acknowledged so that the bench can check afterwards that each one is in the database. The write workload is
// a unit of its own: partner systems pushing batches through upsertOffers, each with the API key of its own Actor.
import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'autocannon';
import { Kind, parse as parseGraphQL, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../server/config.js';
import { createApiKey, revokeApiKey } from '../server/auth/api-keys.js';

export interface Verification {
  acknowledged: number; // writes the server answered without error
  found: number; // of those, found in the database as acknowledged
  missing: string[]; // the first few that were not
}

export interface WriteWorkload {
  name: string;
  /** Requests of one round of a connection; autocannon repeats the round. */
  requests: Request[];
  /** Counts of what was sent and acknowledged, by kind; the counts whose name ends in "Sent" are requests. */
  counts(): Record<string, number>;
  verify(driver: Driver, database: string | undefined): Promise<Verification>;
  /** Removes what the run wrote (and the credentials it made). */
  clean(driver: Driver, database: string | undefined): Promise<void>;
}

export interface LoadFixtures {
  providerIds: string[]; // actors of the district that provide offers: the partners
  venues: string[]; // AGS of the district's municipalities, where the partners' offers take place
  districtAgs: string; // the district the reads ask about
}

const jsonHeaders = { 'content-type': 'application/json' };

const post = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

interface GraphQLBody {
  data?: { coverageGaps?: { area?: unknown }; upsertOffers?: unknown };
  errors?: { extensions?: { code?: string } }[];
}

function parse(body: string): GraphQLBody {
  try {
    return JSON.parse(body) as GraphQLBody;
  } catch {
    return { errors: [{ extensions: { code: 'NOT_JSON' } }] };
  }
}

/** Errors seen in GraphQL responses (autocannon counts only HTTP errors), by code. */
export const graphqlErrors = new Map<string, number>();

function countErrors(body: GraphQLBody): boolean {
  for (const error of body.errors ?? []) {
    countError(String(error.extensions?.code ?? 'UNKNOWN'));
  }
  return Boolean(body.errors?.length);
}

function countError(code: string): void {
  graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
}

const checked = (status: number, body: string) => {
  if (status < 400) countErrors(parse(body));
};

/**
 * Reads of the kinds the explorer and analysts send, with an analyst's token: a filtered list with its providers, a
 * directory, counts (public), and the gap table of the district (staff only: it shows demand).
 */
export function readRequests(fixtures: LoadFixtures, analystToken: string): Request[] {
  const headers = { ...jsonHeaders, authorization: `Bearer ${analystToken}` };
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers,
      body: post(
        `query Offers($d: String!) { offers(where: { status: { in: [PLANNED, OPEN] }, venue: { some: { district: { some: { ags: { eq: $d } } } } } }, sort: [{ startDate: ASC }], limit: 20) {
           id title category capacity booked freePlaces startDate provider { name } venue { name } } }`,
        { d: fixtures.districtAgs },
      ),
      onResponse: checked,
    },
    {
      method: 'POST',
      path: '/graphql',
      headers,
      body: post(
        `query Providers { actors(where: { kind: { in: [COURSE_PROVIDER, ADULT_EDUCATION_CENTRE] } }, limit: 50) { id name kind offersConnection { aggregate { count { nodes } } } } }`,
      ),
      onResponse: checked,
    },
    {
      method: 'POST',
      path: '/graphql',
      headers,
      body: post(
        `query Counts($d: String!) { offerCountsByCategory(districtAgs: $d) { category offers capacity freePlaces } }`,
        { d: fixtures.districtAgs },
      ),
      onResponse: checked,
    },
    {
      method: 'POST',
      path: '/graphql',
      headers,
      body: post(
        `query Gaps($d: String!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) { area { demand unmet severity } municipalities { ags name demand unmet severity nearestOfferKm } } }`,
        { d: fixtures.districtAgs },
      ),
      onResponse: (status, body) => {
        const parsed = parse(body);
        // A staff read answered as if anonymous (no table) would be a failure of the token, not a result.
        if (status < 400 && !countErrors(parsed) && !parsed.data?.coverageGaps?.area) countError('NO_GAP_TABLE');
      },
    },
  ];
}

/**
 * An operation of the explorer's public directory as the page sends it: the operation from its .graphql file with the
 * fragments it spreads (from public-fields.graphql), so that the bench reads exactly what a visitor's page reads.
 */
function publicOperation(name: string): string {
  const read = (file: string) =>
    parseGraphQL(fs.readFileSync(path.join(projectRoot, 'explorer', 'src', 'operations', file), 'utf8')).definitions;
  const definitions: readonly DefinitionNode[] = [
    ...read('public-directory.graphql'),
    ...read('public-fields.graphql'),
  ];
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`public-directory.graphql has no operation ${name}`);
  const used = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  collect(operation);
  return [operation, ...[...used].map((fragment) => fragments.get(fragment)!)].map((d) => print(d)).join('\n');
}

/**
 * The public directory's reads, anonymous, as a visitor's page sends them: the district's actors, links and offers
 * (PublicDistrictGraph), then the details of four actors (PublicActorDetails), a different one each time.
 */
export function publicReadRequests(fixtures: LoadFixtures): Request[] {
  const directory = publicOperation('PublicDistrictGraph');
  const details = publicOperation('PublicActorDetails');
  let next = 0;
  const detailsRequest: Request = {
    method: 'POST',
    path: '/graphql',
    headers: jsonHeaders,
    setupRequest: (request) => {
      const id = fixtures.providerIds[next++ % fixtures.providerIds.length]!;
      return { ...request, body: post(details, { id }) };
    },
    onResponse: checked,
  };
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers: jsonHeaders,
      body: post(directory, { districtAgs: fixtures.districtAgs }),
      onResponse: checked,
    },
    detailsRequest,
    detailsRequest,
    detailsRequest,
    detailsRequest,
  ];
}

/** What one round of a connection remembers between its first push and the second. */
interface RoundContext {
  partner?: number; // index into the partners
  round?: number;
  created?: string[]; // externalIds whose creation was acknowledged
}

interface Partner {
  actorId: string;
  source: string; // a partner pushes only under its own source (server/auth/partner-source.ts): one per key
  keyId: string;
  key: string;
}

/** What the bench knows of an offer it pushed. */
interface Pushed {
  id: string; // the id the server answered with
  actorId: string; // the partner's Actor, its provider
  booked: number; // last acknowledged value
  pendingBooked?: number; // sent in an update that was not acknowledged: it may or may not have been written
}

const batchSize = 5;

interface UpsertResponse {
  created: number;
  updated: number;
  unchanged: number;
  errors: { index: number; field: string | null; message: string }[];
  items: { index: number; externalId: string; id: string; outcome: string; changedFields: string[] }[];
}

const upsertMutation = `mutation Push($source: String!, $offers: [OfferUpsertInput!]!) {
  upsertOffers(source: $source, offers: $offers) { created updated unchanged errors { index field message } items { index externalId id outcome changedFields } } }`;

/**
 * Partner systems pushing their offers: one API key (role partner) per providing actor, made before the run. Each
 * round one partner pushes a batch of new offers (its own Actor as provider, left to the key) and then the same batch
 * again with other booked places, i.e. an update of every offer. An offer counts as acknowledged when the response
 * lists it as CREATED (resp. UPDATED with booked among the changed fields) and the counts agree; afterwards each must
 * be in the database with its id, its provider and the booked value of its last acknowledged push.
 */
export async function partnerUpsertWorkload(
  driver: Driver,
  database: string | undefined,
  fixtures: LoadFixtures,
  runId: string,
): Promise<WriteWorkload> {
  const source = `bench-load-${runId}`;
  const partners: Partner[] = [];
  try {
    for (const [index, actorId] of fixtures.providerIds.entries()) {
      const own = `${source}-${index}`;
      const key = await createApiKey(
        { driver, database },
        { actorId, role: 'partner', name: `bench:load ${runId}`, source: own },
      );
      partners.push({ actorId, source: own, keyId: key.id, key: key.key });
    }
  } catch (error) {
    await removeKeys(driver, database, partners);
    throw error;
  }
  const pushed = new Map<string, Pushed>(); // externalId -> what was acknowledged
  let round = 0;
  let sent = { createPushes: 0, updatePushes: 0, creates: 0, updates: 0 };
  let acknowledged = { creates: 0, updates: 0 };

  const externalIds = (r: number) => Array.from({ length: batchSize }, (_, i) => `r${r}-${i}`);
  const bookedOf = (r: number, i: number) => 1 + ((r + i) % 19);
  // A round's batch takes place in one municipality, a different one each round: partners run courses across the
  // county (a VHS in many places), and each new offer's venue link locks its municipality until the commit.
  const batch = (r: number, booked: (i: number) => number) =>
    externalIds(r).map((externalId, i) => ({
      externalId,
      title: `Lasttest ${externalId}`,
      category: 'LANGUAGE_CAFE',
      format: 'IN_PERSON',
      status: 'OPEN',
      capacity: 20,
      booked: booked(i),
      venueAgs: fixtures.venues[r % fixtures.venues.length],
    }));
  const responseOf = (status: number, body: string): UpsertResponse | undefined => {
    const parsed = parse(body);
    if (status >= 400 || countErrors(parsed)) return undefined;
    const result = parsed.data?.upsertOffers as UpsertResponse | undefined;
    if (!result) return undefined;
    // Item errors come with a 200: the batch was refused as a whole, which this workload never provokes.
    for (const error of result.errors) countError(`UPSERT_ITEM_${error.field ?? 'ERROR'}`);
    return result.errors.length === 0 ? result : undefined;
  };

  return {
    name: `upsertOffers by ${partners.length} partner API keys (batches of ${batchSize} in one of ${fixtures.venues.length} municipalities, created then updated)`,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: jsonHeaders,
        setupRequest: (request, raw) => {
          const context = raw as RoundContext;
          context.round = round += 1;
          // Offers of many providers, as partners publish them: one provider's writes queue on its node's lock.
          context.partner = context.round % partners.length;
          const partner = partners[context.partner]!;
          sent.createPushes += 1;
          sent.creates += batchSize;
          return {
            ...request,
            headers: { ...jsonHeaders, 'x-api-key': partner.key },
            body: post(upsertMutation, { source: partner.source, offers: batch(context.round, () => 0) }),
          };
        },
        onResponse: (status, body, raw) => {
          const context = raw as RoundContext;
          const result = responseOf(status, body);
          const partner = partners[context.partner!]!;
          context.created = [];
          if (!result) return;
          if (result.created !== batchSize) countError('UPSERT_CREATED_COUNT');
          for (const item of result.items) {
            if (item.outcome !== 'CREATED') continue;
            pushed.set(item.externalId, { id: item.id, actorId: partner.actorId, booked: 0 });
            context.created.push(item.externalId);
            acknowledged.creates += 1;
          }
        },
      },
      {
        method: 'POST',
        path: '/graphql',
        headers: jsonHeaders,
        // Sent as it is when no create was acknowledged: there is nothing to update.
        body: post('query Nothing { __typename }'),
        setupRequest: (request, raw) => {
          const context = raw as RoundContext;
          if (!context.created?.length) return request;
          const partner = partners[context.partner!]!;
          const r = context.round!;
          for (const [i, externalId] of externalIds(r).entries()) {
            const offer = pushed.get(externalId);
            if (offer) offer.pendingBooked = bookedOf(r, i);
          }
          sent.updatePushes += 1;
          sent.updates += batchSize;
          return {
            ...request,
            headers: { ...jsonHeaders, 'x-api-key': partner.key },
            body: post(upsertMutation, { source: partner.source, offers: batch(r, (i) => bookedOf(r, i)) }),
          };
        },
        onResponse: (status, body, raw) => {
          const context = raw as RoundContext;
          if (!context.created?.length) return;
          const result = responseOf(status, body);
          if (!result) return;
          if (result.updated !== batchSize) countError('UPSERT_UPDATED_COUNT');
          for (const item of result.items) {
            const offer = pushed.get(item.externalId);
            if (!offer || item.outcome !== 'UPDATED' || !item.changedFields.includes('booked') || item.id !== offer.id)
              continue;
            offer.booked = offer.pendingBooked!;
            delete offer.pendingBooked;
            acknowledged.updates += 1;
          }
        },
      },
    ],
    counts: () => ({
      createPushesSent: sent.createPushes,
      updatePushesSent: sent.updatePushes,
      offersInCreatePushes: sent.creates,
      offersCreatedAcknowledged: acknowledged.creates,
      offersInUpdatePushes: sent.updates,
      offersUpdatedAcknowledged: acknowledged.updates,
    }),
    async verify(driver, database) {
      const { records } = await driver.executeQuery(
        `MATCH (o:Offer) WHERE o.source STARTS WITH $prefix RETURN o.externalId AS externalId, o.id AS id, o.booked AS booked, [(a:Actor)-[:PROVIDES]->(o) | a.id] AS providers`,
        { prefix: `${source}-` },
        { database },
      );
      const stored = new Map(
        records.map((record) => [
          record.get('externalId') as string,
          {
            id: record.get('id') as string,
            booked: Number(record.get('booked')),
            providers: record.get('providers') as string[],
          },
        ]),
      );
      const missing: string[] = [];
      let found = 0;
      for (const [externalId, offer] of pushed) {
        const row = stored.get(externalId);
        // An update that was sent but not acknowledged may have been written before its answer was lost.
        const bookedOk = row !== undefined && (row.booked === offer.booked || row.booked === offer.pendingBooked);
        if (row && row.id === offer.id && row.providers.length === 1 && row.providers[0] === offer.actorId && bookedOk)
          found += 1;
        else
          missing.push(
            `${externalId} (id ${offer.id}, provider ${offer.actorId}, booked ${offer.booked}; stored ${row ? `id ${row.id}, providers ${row.providers.join('+') || '-'}, booked ${row.booked}` : 'nothing'})`,
          );
      }
      return { acknowledged: pushed.size, found, missing: missing.slice(0, 10) };
    },
    async clean(driver, database) {
      await driver.executeQuery(
        `MATCH (o:Offer) WHERE o.source STARTS WITH $prefix WITH collect(o) AS offers, collect(o.id) AS ids
         CALL (ids) { MATCH (c:ChangeEvent) WHERE c.entityId IN ids DETACH DELETE c }
         CALL (offers) { UNWIND offers AS o OPTIONAL MATCH (c:OfferConflict)-[:CONFLICT_OF]->(o) DETACH DELETE c }
         FOREACH (o IN offers | DETACH DELETE o)`,
        { prefix: `${source}-` },
        { database },
      );
      await removeKeys(driver, database, partners);
      sent = { createPushes: 0, updatePushes: 0, creates: 0, updates: 0 };
      acknowledged = { creates: 0, updates: 0 };
    },
  };
}

/** Revokes the bench's keys (refused from then on), then removes them with whatever history they wrote. */
async function removeKeys(driver: Driver, database: string | undefined, partners: Partner[]): Promise<void> {
  for (const partner of partners) await revokeApiKey({ driver, database }, partner.keyId);
  const keyIds = partners.map((partner) => partner.keyId);
  await driver.executeQuery(
    `MATCH (c:ChangeEvent {authorVia: 'api-key'}) WHERE c.authorId IN $keyIds DETACH DELETE c
     WITH count(*) AS done MATCH (k:ApiKey) WHERE k.id IN $keyIds DETACH DELETE k`,
    { keyIds },
    { database },
  );
}

// What bench:load sends: a mix of reads, and a write workload that remembers every write the server acknowledged
// so that the bench can check afterwards that each one is in the database. The write workload is a unit of its own:
// the partner upsert (issue 6) replaces offerMutationsWorkload with one that sends upsert batches, keeping the shape.
import type { Request } from 'autocannon';
import type { Driver } from 'neo4j-driver';

export interface Verification {
  acknowledged: number; // writes the server answered without error
  found: number; // of those, found in the database as acknowledged
  missing: string[]; // the first few that were not
}

export interface WriteWorkload {
  name: string;
  /** Requests of one round of a connection; autocannon repeats the round. */
  requests: Request[];
  /** Counts of what was sent and acknowledged, by kind. */
  counts(): Record<string, number>;
  verify(driver: Driver, database: string | undefined): Promise<Verification>;
  /** Removes what the run wrote. */
  clean(driver: Driver, database: string | undefined): Promise<void>;
}

export interface LoadFixtures {
  places: { providerId: string; venueAgs: string }[]; // actors the created offers belong to, each with where it sits
  districtAgs: string; // the district the reads ask about
}

const headers = { 'content-type': 'application/json' };

/** What one round of a connection remembers between its create and its update. */
interface RoundContext {
  externalId?: string;
  failed?: boolean;
  booked?: number;
}
const post = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

interface GraphQLBody {
  data?: Record<string, any>;
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
    const code = String(error.extensions?.code ?? 'UNKNOWN');
    graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
  }
  return Boolean(body.errors?.length);
}

const checked = (status: number, body: string) => {
  if (status < 400) countErrors(parse(body));
};

/** Reads of the kinds the explorer and analysts send: a filtered list with its providers, a directory, counts. */
export function readRequests(fixtures: LoadFixtures): Request[] {
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
      body: post(`query Providers { actors(where: { kind: { in: [COURSE_PROVIDER, ADULT_EDUCATION_CENTRE] } }, limit: 50) { id name kind offersConnection { aggregate { count { nodes } } } } }`),
      onResponse: checked,
    },
    {
      method: 'POST',
      path: '/graphql',
      headers,
      body: post(`query Counts($d: String!) { offerCountsByCategory(districtAgs: $d) { category offers capacity freePlaces } }`, { d: fixtures.districtAgs }),
      onResponse: checked,
    },
  ];
}

/**
 * Writes through the generated mutations: each round creates an offer (source "bench-load", a unique externalId) and
 * then sets its booked places. Acknowledged creates must exist afterwards, and each offer must hold the booked value of
 * its last acknowledged update (one connection writes each offer, one request after the other).
 */
export function offerMutationsWorkload(fixtures: LoadFixtures, runId: string): WriteWorkload {
  const source = `bench-load-${runId}`;
  const created = new Set<string>(); // externalIds
  const booked = new Map<string, number>(); // externalId -> last acknowledged value
  let sequence = 0;
  let sent = { creates: 0, updates: 0 };
  return {
    name: 'createOffers + updateOffers (generated mutations)',
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers,
        setupRequest: (request, raw) => {
          const context = raw as RoundContext;
          const externalId = `o-${(sequence += 1)}`;
          // Offers of many providers, as partners publish them: one provider's writes queue on its node's lock.
          const place = fixtures.places[sequence % fixtures.places.length]!;
          context.externalId = externalId;
          sent.creates += 1;
          return {
            ...request,
            body: post(
              `mutation Create($input: [OfferCreateInput!]!) { createOffers(input: $input) { offers { id } } }`,
              {
                input: [
                  {
                    title: `Lasttest ${externalId}`,
                    category: 'LANGUAGE_CAFE',
                    format: 'IN_PERSON',
                    status: 'OPEN',
                    capacity: 20,
                    booked: 0,
                    source,
                    externalId,
                    provider: { connect: [{ where: { node: { id: { eq: place.providerId } } } }] },
                    venue: { connect: [{ where: { node: { ags: { eq: place.venueAgs } } } }] },
                  },
                ],
              },
            ),
          };
        },
        onResponse: (status, body, raw) => {
          const context = raw as RoundContext;
          const parsed = parse(body);
          if (status < 400 && !countErrors(parsed) && parsed.data?.createOffers?.offers?.length === 1) created.add(context.externalId!);
          else context.failed = true;
        },
      },
      {
        method: 'POST',
        path: '/graphql',
        headers,
        // Sent as it is when the create failed: there is nothing to update.
        body: post('query Nothing { __typename }'),
        setupRequest: (request, raw) => {
          const context = raw as RoundContext;
          if (context.failed) return request;
          const value = 1 + (sequence % 19);
          context.booked = value;
          sent.updates += 1;
          return {
            ...request,
            body: post(
              `mutation Book($source: String!, $externalId: String!, $booked: Int!) {
                 updateOffers(where: { source: { eq: $source }, externalId: { eq: $externalId } }, update: { booked: { set: $booked } }) { offers { id booked } } }`,
              { source, externalId: context.externalId, booked: value },
            ),
          };
        },
        onResponse: (status, body, raw) => {
          const context = raw as RoundContext;
          if (context.failed) return;
          const parsed = parse(body);
          if (status < 400 && !countErrors(parsed) && parsed.data?.updateOffers?.offers?.[0]?.booked === context.booked) booked.set(context.externalId!, context.booked!);
        },
      },
    ],
    counts: () => ({ createsSent: sent.creates, createsAcknowledged: created.size, updatesSent: sent.updates, updatesAcknowledged: booked.size }),
    async verify(driver, database) {
      const { records } = await driver.executeQuery('MATCH (o:Offer {source: $source}) RETURN o.externalId AS externalId, o.booked AS booked', { source }, { database });
      const stored = new Map(records.map((record) => [record.get('externalId') as string, Number(record.get('booked'))]));
      const missing: string[] = [];
      let found = 0;
      for (const externalId of created) {
        const expected = booked.get(externalId);
        const value = stored.get(externalId);
        if (value !== undefined && (expected === undefined || value === expected)) found += 1;
        else missing.push(`${externalId} (booked ${expected ?? '-'}, stored ${value ?? 'missing'})`);
      }
      return { acknowledged: created.size, found, missing: missing.slice(0, 10) };
    },
    async clean(driver, database) {
      await driver.executeQuery(
        `MATCH (o:Offer {source: $source}) WITH collect(o) AS offers, collect(o.id) AS ids
         CALL { WITH ids MATCH (c:ChangeEvent) WHERE c.entityId IN ids DETACH DELETE c }
         FOREACH (o IN offers | DETACH DELETE o)`,
        { source },
        { database },
      );
      sent = { creates: 0, updates: 0 };
    },
  };
}

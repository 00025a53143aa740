// Property-based fuzz of the whole API (issue 13): well over 1,000 generated requests per run — reads with
// aliases, fragments, nested lists, filters, sorts and aggregates; writes with create inputs and update operators;
// broken request texts — from every role. None may fail with INTERNAL_SERVER_ERROR or a 5xx, none may carry a
// stack trace or a server path, and a refused write leaves the test's data exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import { createSchema } from '../../../server/schema/create-schema.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import {
  headersFor,
  startTestServer,
  testDriver,
  uniquePrefix,
  type Caller,
  type TestServer,
} from '../../support/test-server.js';
import { corrupt, generateMutation, generateQuery, type Request, type WriteTarget } from './generate-requests.js';
import type { GraphQLSchema } from 'graphql';

let server: TestServer;
let schema: GraphQLSchema;
let place: Place;
let target: WriteTarget;

beforeAll(async () => {
  server = await startTestServer();
  const { driver, database } = testDriver();
  schema = await createSchema({ driver, database });
  await driver.close();
  place = await createPlace(server);
  const prefix = uniquePrefix('fz');
  const created = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
    `mutation($title: String!, $provider: ID!, $venue: String!) { createOffers(input: [{ title: $title, category: INTEGRATION_COURSE,
       format: IN_PERSON, status: OPEN, capacity: 20, booked: 3, startDate: "2027-02-01", endDate: "2027-06-30",
       provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] },
       venue: { connect: [{ where: { node: { ags: { eq: $venue } } } }] } }]) { offers { id } } }`,
    { title: `Kurs ${prefix}`, provider: place.providerId, venue: place.townAgs },
  );
  expectNoErrors(created);
  target = { prefix, offerId: created.data!.createOffers.offers[0]!.id, actorId: place.providerId };
});

afterAll(async () => {
  if (server && target) {
    await server.cypher('MATCH (o:Offer) WHERE o.id = $id OR o.title STARTS WITH $prefix DETACH DELETE o', {
      id: target.offerId,
      prefix: target.prefix,
    });
  }
  if (server && place) await removePlace(server, place);
  await server?.close();
});

const callers = (): fc.Arbitrary<Caller> =>
  fc.constantFrom<Caller>(
    'anonymous',
    'analyst',
    'coordinator',
    { role: 'partner', actorId: place.providerId },
    { role: 'partner', actorId: place.partnerId },
  );

interface Outcome {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

async function send(request: Request, caller: Caller): Promise<Outcome> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor(caller)) },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: Outcome['body'];
  try {
    body = JSON.parse(text) as Outcome['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

/** What is wrong with an answer, whatever was asked and by whom; undefined when nothing is. */
function problemOf(outcome: Outcome): string | undefined {
  if (outcome.status >= 500) return `HTTP ${outcome.status}`;
  if (!outcome.body) return 'not JSON';
  const codes = (outcome.body.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('INTERNAL_SERVER_ERROR')) {
    const internal = outcome.body.errors!.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')!;
    return `INTERNAL_SERVER_ERROR: ${internal.message}`;
  }
  if (!codes.every((code) => typeof code === 'string' && code.length > 0)) return 'an error without a code';
  if (/stacktrace|node_modules|\.ts:\d+|\n\s+at |\\n\s+at /.test(outcome.text)) return 'a stack trace or a source path';
  if (outcome.text.includes(projectRoot)) return "the server's folder";
  return undefined;
}

/** Problems by kind, each with the first requests that showed it, so that one run reports every kind at once. */
class Findings {
  private readonly byKind = new Map<string, string[]>();

  add(problem: string, outcome: Outcome, request: Request): void {
    const examples = this.byKind.get(problem) ?? [];
    if (examples.length < 2) {
      examples.push(
        `${outcome.status} ${outcome.text.slice(0, 400)}\n  for ${request.query.slice(0, 1200)}\n  variables ${JSON.stringify(request.variables).slice(0, 300)}`,
      );
    }
    this.byKind.set(problem, examples);
  }

  report(): string {
    return [...this.byKind].map(([problem, examples]) => `## ${problem}\n${examples.join('\n')}`).join('\n\n');
  }

  get count(): number {
    return this.byKind.size;
  }
}

/** The test's data as text: its offers and its provider with their properties and links, in a fixed order. */
async function stateOfTestData(): Promise<string> {
  const rows = await server.cypher<{ id: string; properties: Record<string, unknown>; links: string[] }>(
    `MATCH (n) WHERE (n:Offer AND (n.id = $offerId OR n.title STARTS WITH $prefix)) OR (n:Actor AND n.id = $actorId)
     OPTIONAL MATCH (n)-[r]-(m)
     WITH n, collect(type(r) + ':' + coalesce(m.id, m.ags, '')) AS links
     RETURN n.id AS id, properties(n) AS properties, links ORDER BY id`,
    { offerId: target.offerId, actorId: target.actorId, prefix: target.prefix },
  );
  return JSON.stringify(
    rows.map((row) => ({
      id: row.id,
      properties: Object.entries(row.properties)
        .map(([key, value]) => `${key}=${String(value)}`)
        .sort(),
      links: row.links.sort(),
    })),
  );
}

// A run sends over 1,200 requests one after another: minutes on a busy 2-core machine.
const timeout = 600_000;

describe('generated requests against the real server (fast-check)', () => {
  it(
    'reads: 700 generated queries from every role answer without internal errors or leaked internals',
    async () => {
      const findings = new Findings();
      await fc.assert(
        fc.asyncProperty(fc.gen(), callers(), async (g, caller) => {
          const request = generateQuery(g, schema, place.districtAgs);
          const outcome = await send(request, caller);
          const problem = problemOf(outcome);
          if (problem) findings.add(problem, outcome, request);
        }),
        { numRuns: 700, seed: 13_700 },
      );
      expect(findings.count, findings.report()).toBe(0);
    },
    timeout,
  );

  it(
    'writes: 350 generated mutations are all or nothing and never an internal error',
    async () => {
      const findings = new Findings();
      let refused = 0;
      let written = 0;
      await fc.assert(
        fc.asyncProperty(fc.gen(), callers(), async (g, caller) => {
          const request = generateMutation(g, schema, target);
          const before = await stateOfTestData();
          const outcome = await send(request, caller);
          const problem = problemOf(outcome);
          if (problem) findings.add(problem, outcome, request);
          if (outcome.body?.errors?.length) {
            refused += 1;
            if ((await stateOfTestData()) !== before) findings.add('a refused write changed data', outcome, request);
          } else {
            written += 1;
          }
        }),
        { numRuns: 350, seed: 13_350 },
      );
      expect(findings.count, findings.report()).toBe(0);
      // Both kinds happen, or the property says little: bad values are refused, good ones written.
      expect(refused).toBeGreaterThan(20);
      expect(written).toBeGreaterThan(20);
    },
    timeout,
  );

  it(
    'broken request texts: 150 corrupted operations get a client error, never a 5xx',
    async () => {
      const findings = new Findings();
      await fc.assert(
        fc.asyncProperty(fc.gen(), callers(), fc.boolean(), async (g, caller, write) => {
          const generate = write ? generateMutation(g, schema, target) : generateQuery(g, schema, place.districtAgs);
          const request = corrupt(g, generate);
          const before = write ? await stateOfTestData() : '';
          const outcome = await send(request, caller);
          const problem = problemOf(outcome);
          if (problem) findings.add(problem, outcome, request);
          if (write && outcome.body?.errors?.length && (await stateOfTestData()) !== before) {
            findings.add('a refused write changed data', outcome, request);
          }
        }),
        { numRuns: 150, seed: 13_150 },
      );
      expect(findings.count, findings.report()).toBe(0);
    },
    timeout,
  );
});

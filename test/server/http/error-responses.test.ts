// What a client sees when a request goes wrong, on every route: the route's format (JSON shaped as GraphQL's errors
// for /graphql, /import and /auth; a plain text page elsewhere), the project's codes and messages, and nothing of
// the server's insides (no stack trace, no file path) unless DEBUG_ERRORS is on.
import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { headersFor, startTestServer, testJwt, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let debugServer: TestServer; // DEBUG_ERRORS on

beforeAll(async () => {
  server = await startTestServer();
  debugServer = await startTestServer({ debugErrors: true });
});
afterAll(async () => {
  await server?.close();
  await debugServer?.close();
});

interface Answer {
  status: number;
  type: string;
  body: string;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

const internals = [/stacktrace/i, /\/work\//, /node_modules/, /\.ts:\d/, /\.js:\d/, /\bat [\w.<>]+ \(/, /\/server\//];

function expectNoInternals(answer: Answer, label: string): void {
  for (const pattern of internals) expect(answer.body, `${label}: ${answer.body.slice(0, 300)}`).not.toMatch(pattern);
}

/** The first GraphQL error of an answer's JSON body. */
function firstError(answer: Answer): { message: string; extensions: Record<string, unknown> } | undefined {
  return (JSON.parse(answer.body) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0];
}

function jsonCode(answer: Answer, label: string): string {
  expect(answer.type, label).toMatch(/^application\/(graphql-response\+)?json/);
  const body = JSON.parse(answer.body) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]!.message, label).toEqual(expect.any(String));
  return body.errors[0]!.extensions.code;
}

const json = { 'content-type': 'application/json' };
const query = (text: string) => JSON.stringify({ query: text });

/** Requests that go wrong, with the status, format and code each should get. */
async function badRequests(base: string) {
  const coordinator = await headersFor('coordinator');
  const cases: {
    label: string;
    request: () => Promise<Answer>;
    status: number;
    format: 'json' | 'text';
    code?: string;
  }[] = [
    {
      label: 'unknown field, anonymous',
      request: () =>
        send(`${base}/graphql`, { method: 'POST', headers: json, body: query('{ actors { nosuchfield } }') }),
      status: 400,
      format: 'json',
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      label: 'a query that does not parse',
      request: () => send(`${base}/graphql`, { method: 'POST', headers: json, body: query('{ actors { ') }),
      status: 400,
      format: 'json',
      code: 'GRAPHQL_PARSE_FAILED',
    },
    ...['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '..%2F..%2Fpackage.json', 'nope.js'].map(
      (name) => ({
        label: `GraphiQL asset ${name}`,
        request: () => send(`${base}/graphiql/assets/${name}`),
        status: 404,
        format: 'text' as const,
      }),
    ),
    {
      label: 'a parameter that is not URI-encoded',
      request: () => send(`${base}/graphiql/assets/%E0%A4%A`),
      status: 400,
      format: 'text',
    },
    {
      label: 'content-encoding: bogus',
      request: () =>
        send(`${base}/graphql`, {
          method: 'POST',
          headers: { ...json, 'content-encoding': 'bogus' },
          body: query('{ __typename }'),
        }),
      status: 415,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'content-encoding: gzip with a body that is not gzip',
      request: () =>
        send(`${base}/graphql`, {
          method: 'POST',
          headers: { ...json, 'content-encoding': 'gzip' },
          body: 'this is not gzip at all',
        }),
      status: 400,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'gzip cut off in the middle',
      request: () =>
        send(`${base}/graphql`, {
          method: 'POST',
          headers: { ...json, 'content-encoding': 'gzip' },
          body: gzipSync(query('{ __typename }')).subarray(0, 15),
        }),
      status: 400,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'bad JSON',
      request: () => send(`${base}/graphql`, { method: 'POST', headers: json, body: '{"query": "{ __typename }"' }),
      status: 400,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'JSON that is not an object',
      request: () => send(`${base}/graphql`, { method: 'POST', headers: json, body: '"just a string"' }),
      status: 400,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'wrong content-type',
      request: () =>
        send(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }),
      status: 400,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'no content-type',
      request: () => send(`${base}/graphql`, { method: 'POST', body: new Uint8Array(Buffer.from('{ __typename }')) }),
      status: 400,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'an unsupported charset',
      request: () =>
        send(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=klingon' },
          body: query('{ __typename }'),
        }),
      status: 415,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: 'a huge body',
      request: () =>
        send(`${base}/graphql`, {
          method: 'POST',
          headers: json,
          body: query(`{ __typename } #${'x'.repeat(2_000_000)}`),
        }),
      status: 413,
      format: 'json',
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      label: 'a route under /graphql',
      request: () => send(`${base}/graphql/nosuch`, { method: 'POST', headers: json, body: query('{ __typename }') }),
      status: 404,
      format: 'json',
      code: 'NOT_FOUND',
    },
    {
      label: 'a bad token on /graphql',
      request: () =>
        send(`${base}/graphql`, {
          method: 'POST',
          headers: { ...json, authorization: 'Bearer not.a.token' },
          body: query('{ __typename }'),
        }),
      status: 401,
      format: 'json',
      code: 'UNAUTHENTICATED',
    },
    {
      label: 'an unknown route under /import',
      request: () => send(`${base}/import/nosuch/deeper`, { method: 'POST', headers: coordinator, body: 'x' }),
      status: 404,
      format: 'json',
      code: 'NOT_FOUND',
    },
    {
      label: 'an unknown import type',
      request: () => send(`${base}/import/nosuch`, { method: 'POST', headers: coordinator, body: 'x' }),
      status: 400,
      format: 'json',
      code: 'BAD_USER_INPUT',
    },
    {
      label: 'an upload with content-encoding: bogus',
      request: () =>
        send(`${base}/import/offers`, {
          method: 'POST',
          headers: { ...coordinator, 'content-encoding': 'bogus' },
          body: 'x',
        }),
      status: 415,
      format: 'json',
      code: 'BAD_REQUEST',
    },
    {
      label: '/import without a login',
      request: () => send(`${base}/import/offers`, { method: 'POST', body: 'x' }),
      status: 401,
      format: 'json',
      code: 'UNAUTHENTICATED',
    },
    {
      label: '/auth/me with a bad token',
      request: () => send(`${base}/auth/me`, { headers: { authorization: 'Bearer nope' } }),
      status: 401,
      format: 'json',
      code: 'UNAUTHENTICATED',
    },
    {
      label: 'an unknown route under /auth',
      request: () => send(`${base}/auth/nosuch`),
      status: 404,
      format: 'json',
      code: 'NOT_FOUND',
    },
    {
      label: '/reports with a bad token',
      request: () =>
        send(`${base}/reports/briefing.html?district=03256`, { headers: { authorization: 'Bearer x.y.z' } }),
      status: 401,
      format: 'text',
    },
    {
      label: '/reports with a bad access_token',
      request: () => send(`${base}/reports/briefing.html?district=03256&access_token=%00%ff`),
      status: 401,
      format: 'text',
    },
    {
      label: '/reports with a bad district',
      request: () => send(`${base}/reports/needs-analysis.html?district=x`, { headers: coordinator }),
      status: 400,
      format: 'text',
    },
    {
      label: 'an unknown report',
      request: () => send(`${base}/reports/nosuch.html`, { headers: coordinator }),
      status: 404,
      format: 'text',
    },
    {
      label: 'an unknown page',
      request: () => send(`${base}/nosuch/page`),
      status: 404,
      format: 'text',
    },
  ];
  return cases;
}

describe('error responses', () => {
  it("answer every bad request in the route's format with the project's code and no internals", async () => {
    for (const { label, request, status, format, code } of await badRequests(server.url)) {
      const answer = await request();
      expect(answer.status, `${label}: ${answer.body.slice(0, 300)}`).toBe(status);
      expectNoInternals(answer, label);
      if (format === 'json') expect(jsonCode(answer, label), label).toBe(code);
      else expect(answer.type, label).toMatch(/^text\/plain/);
    }
  });

  it('name what went wrong in their own words', async () => {
    const encoding = await send(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...json, 'content-encoding': 'bogus' },
      body: query('{ __typename }'),
    });
    expect(firstError(encoding)).toEqual({
      message:
        'The request\'s content-encoding "bogus" is not supported; send the body as it is or with gzip, deflate or br',
      extensions: { code: 'BAD_REQUEST', reason: 'UNSUPPORTED_CONTENT_ENCODING' },
    });
    const asset = await send(`${server.url}/graphiql/assets/constructor`);
    expect(asset.body).toBe('No GraphiQL asset "constructor"');
    const unauthenticated = await fetch(`${server.url}/reports/briefing.html?district=03256`, {
      headers: { authorization: 'Bearer x.y.z' },
    });
    expect(unauthenticated.headers.get('www-authenticate')).toBe('Bearer realm="bildungsnetz"');
    expect(unauthenticated.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(await unauthenticated.text()).toMatch(/^Invalid token: /);
  });

  it('show stack traces only with DEBUG_ERRORS on', async () => {
    const unknownField = () => ({ method: 'POST', headers: json, body: query('{ actors { nosuchfield } }') });
    const quiet = await send(`${server.url}/graphql`, unknownField());
    expect(firstError(quiet)!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const debug = await send(`${debugServer.url}/graphql`, unknownField());
    expect(firstError(debug)!.extensions.stacktrace).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(debug.body).toMatch(/node_modules/);
    const asset = await send(`${debugServer.url}/graphiql/assets/constructor`);
    expect(asset.body).toMatch(/^No GraphiQL asset "constructor"\n\n.*NotFoundError/s);
    // With the setting on, the same checks as above must fail: the checks can see a stack trace.
    const leaks = [];
    for (const { request } of await badRequests(debugServer.url)) {
      const answer = await request();
      if (internals.some((pattern) => pattern.test(answer.body))) leaks.push(answer);
    }
    expect(leaks.length).toBeGreaterThan(5);
  });
});

describe('errors of @neo4j/graphql and Neo4j', () => {
  let place: Place;
  let offerId: string;
  beforeAll(async () => {
    place = await createPlace(server);
    const created = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
      `mutation($provider: ID!) { createOffers(input: [{ title: "Rechenkurs (fiktiv)", category: LANGUAGE_CAFE,
         format: IN_PERSON, status: OPEN, capacity: 12, cost: 10, provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] } }]) { offers { id } } }`,
      { provider: place.providerId },
    );
    expectNoErrors(created);
    offerId = created.data!.createOffers.offers[0]!.id;
  });
  afterAll(async () => {
    if (offerId) await server.cypher('MATCH (o:Offer {id: $id}) DETACH DELETE o', { id: offerId });
    if (place) await removePlace(server, place);
  });

  const update = (input: string) =>
    server.gql(
      `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { ${input} }) { offers { capacity } } }`,
      {
        id: offerId,
      },
    );

  it("come out as BAD_USER_INPUT in the project's words, and nothing is written", async () => {
    const cases: [string, RegExp][] = [
      // Checked before the write (server/validation/); the library's own wording never reaches the client.
      ['title: { set: null }', /^Offer\.title is required and cannot be set to null; got "null" at update\.title\.set/],
      ['cost: { divide: 0 }', /^Offer\.cost cannot be divided by 0; got "0" at update\.cost\.divide/],
      [
        'capacity: { add: 2147483647 }',
        /^Offer\.capacity of Offer .* would become 2147483659, more than a whole number field holds: add "2147483647"/,
      ],
    ];
    for (const [input, message] of cases) {
      const response = await update(input);
      expect(response.errors, input).toHaveLength(1);
      expect(response.errors![0]!.extensions?.code, `${input}: ${response.errors![0]!.message}`).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.message, input).toMatch(message);
      expect(JSON.stringify(response), input).not.toMatch(/Nan|not supported|non-nullable|apoc|Overflow/);
    }
    const [offer] = await server.cypher<{ capacity: unknown; title: string }>(
      'MATCH (o:Offer {id: $id}) RETURN o.capacity AS capacity, o.title AS title',
      {
        id: offerId,
      },
    );
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
    expect(offer).toEqual({ capacity: expect.anything(), title: 'Rechenkurs (fiktiv)' });
    expect(Number(offer!.capacity)).toBe(12);
  });

  it('an update operator on a field without a value is BAD_USER_INPUT', async () => {
    expectNoErrors(await update('capacity: { set: null }'));
    const response = await update('capacity: { add: 5 }');
    expect(response.errors?.[0]?.extensions?.code, response.errors?.[0]?.message).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toMatch(
      /^Offer\.capacity of Offer .* is empty \(null\), so there is nothing to compute from; set a value instead: add "5"/,
    );
    expectNoErrors(await update('capacity: { set: 12 }'));
  });

  it('a roles claim given as a string is refused with 401 naming the claim (no "received.some is not a function")', async () => {
    const token = await new SignJWT({ roles: 'coordinator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('test-string-roles')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(testJwt.secret));
    const response = await server.gql(
      `query($id: ID!) { offers(where: { id: { eq: $id } }) { id } needs(limit: 1) { id } }`,
      { id: offerId },
      { as: { token } },
    );
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_ROLES_INVALID' });
    expect(JSON.stringify(response)).not.toContain('received.some');
  });
});

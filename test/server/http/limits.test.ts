// The limits of one request, each refused with its own code, HTTP status and a message naming limit and value.
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Kind, parse, type TypeNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, projectRoot } from '../../../server/config.js';
import { measureQuery } from '../../../server/http/limit-queries.js';
import { createSchema } from '../../../server/schema/create-schema.js';
import { startTestServer, testDriver, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let strict: TestServer; // a small body limit and rate limit

beforeAll(async () => {
  server = await startTestServer();
  strict = await startTestServer({ limits: { bodyLimit: '10kb', rateLimitMax: 3, rateLimitWindowMs: 60_000 } });
});
afterAll(async () => {
  await server?.close();
  await strict?.close();
});

describe('limits', () => {
  it('refuses a query deeper than GRAPHQL_MAX_DEPTH with QUERY_TOO_DEEP (400) naming both depths', async () => {
    // actors > offers > provider > offers > provider > ... : 1 + 2 per pair
    const query = `{ actors(limit: 1) { ${'offers(limit: 1) { provider(limit: 1) { '.repeat(6)}name${' } }'.repeat(6)} } }`;
    const schema = await createSchema(testDriver());
    expect(measureQuery(schema, parse(query))?.depth).toBe(14);
    const response = await server.gql(query);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'The query is 14 levels deep; at most 12 are allowed (GRAPHQL_MAX_DEPTH)',
        extensions: { code: 'QUERY_TOO_DEEP', limit: 12, value: 14 },
      },
    ]);
    expect(response.data).toBeUndefined();
  });

  it('refuses a query more complex than GRAPHQL_MAX_COMPLEXITY with QUERY_TOO_COMPLEX (400), by the lists sizes asked for', async () => {
    // A list without limit counts as many items as its type's @limit default (100): 1 + 1,000 x (title 1 +
    // provider (1 of 1) 1 + its offers 1 + 100 x (title 1 + funders 1 + 100 x name 1)) = 10,203,001.
    const response = await server.gql(
      `query($n: Int) { offers(limit: $n) { title provider { offers { title funders { name } } } } }`,
      { n: 1000 },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: defaultLimits.maxComplexity,
      value: 10_203_001,
    });
    expect(response.errors?.[0]?.message).toMatch(
      /^The query's complexity is 10203001; at most 5000000 is allowed \(GRAPHQL_MAX_COMPLEXITY\)/,
    );
    // The same shape with a small list passes.
    const small = await server.gql(
      `query($n: Int) { offers(limit: $n) { title provider { offers { title funders { name } } } } }`,
      { n: 10 },
    );
    expect(small.errors).toBeUndefined();
  });

  it('lets GraphiQL introspect, and every operation of the explorer through', async () => {
    const introspection = await server.gql(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    const schema = await createSchema(testDriver());
    const dir = path.join(projectRoot, 'explorer', 'src', 'operations');
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.graphql'))) {
      const document = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = definition.name?.value;
        // Lists the explorer asks for hold at most 1,000 items (the @limit maximum).
        const sample: Record<string, unknown> = {
          Int: 1000,
          Float: 25,
          String: '03256',
          ID: 'x',
          Boolean: true,
          Date: '2026-11-26',
          OfferCategory: 'INTEGRATION_COURSE',
          DecisionStatus: 'DONE',
          DecisionCreateInput: {
            text: 'Kursstarts abstimmen',
            status: 'OPEN',
            meeting: { connect: [{ where: { node: { id: { eq: 'x' } } } }] },
          },
        };
        const typeName = (type: TypeNode): string =>
          type.kind === Kind.NAMED_TYPE ? type.name.value : typeName(type.type);
        const variables = Object.fromEntries(
          (definition.variableDefinitions ?? []).map((variable) => [
            variable.variable.name.value,
            sample[typeName(variable.type)],
          ]),
        );
        const size = measureQuery(schema, document, variables, name)!;
        expect(size.depth, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxDepth);
        expect(size.rootFields, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxRootFields);
        expect(size.fields, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxFields);
        expect(size.cost, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxComplexity);
      }
    }
  });

  it('caps list sizes at the @limit maximum of each type', async () => {
    const response = await server.gql(`{ offers(limit: 5000) { id } }`);
    expect(response.errors).toBeUndefined();
    expect((response.data!.offers as unknown[]).length).toBeLessThanOrEqual(1000);
  });

  it('refuses a body over HTTP_BODY_LIMIT with PAYLOAD_TOO_LARGE (413) naming the limit and the size', async () => {
    const body = JSON.stringify({ query: '{ offers(limit: 1) { id } }', variables: { padding: 'x'.repeat(20_000) } });
    const response = await fetch(`${strict.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The request body is ${body.length} bytes; at most 10kb (10240 bytes) are accepted (HTTP_BODY_LIMIT)`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 10240, value: body.length },
        },
      ],
    });
  });

  it('refuses requests over RATE_LIMIT_MAX per client with RATE_LIMITED (429) and Retry-After', async () => {
    // The strict server has seen one request from this address without a login (the body test); two more pass, the
    // fourth is refused.
    for (let i = 0; i < 2; i += 1)
      expect((await strict.gql('{ __typename }', {}, { as: 'anonymous' })).status).toBe(200);
    const response = await fetch(`${strict.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toEqual({
      code: 'RATE_LIMITED',
      limit: 3,
      windowMs: 60_000,
      retryAfterSeconds: retryAfter,
    });
    expect(body.errors[0]!.message).toBe(
      `Too many requests: at most 3 per 60 s per client (RATE_LIMIT_MAX); try again in ${retryAfter} s`,
    );
    // Counted per client: a logged-in caller from the same address has its own count.
    expect((await strict.gql('{ __typename }')).status).toBe(200);
  });
});

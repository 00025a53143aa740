// What each role may not read comes from the SDL's rules, so a new staff-only type or field is covered without
// code: a unit test on a small schema of its own (no database: the guard refuses before anything runs).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findReadRestrictions } from '../../../server/auth/read-restrictions.js';
import { anonymousViewer, type Viewer } from '../../../server/auth/viewer.js';
import { guardAccess } from '../../../server/schema/guard-access.js';

const typeDefs = `
  type JWT @jwt { roles: [String!]! actorId: String }
  directive @readableBy(roles: [String!]!) on FIELD_DEFINITION
  type Shelf @node { id: ID! books: [Book!]! @relationship(type: "HOLDS", direction: OUT, properties: "Holding") }
  type Holding @relationshipProperties { since: Date remark: String @readableBy(roles: ["coordinator"]) }
  "A new staff-only type: nothing but its directive says so"
  type Book @node @authentication(jwt: { OR: [{ roles: { includes: "coordinator" } }, { roles: { includes: "analyst" } }] }) {
    id: ID!
    title: String!
  }
  "Readable only where a row rule the role alone cannot decide holds"
  type Loan @node @authorization(filter: [{ where: { OR: [{ jwt: { roles: { includes: "coordinator" } } }, { node: { id: { eq: "$jwt.actorId" } } }] } }]) {
    id: ID!
  }
  "Written by the coordinator only, read by everyone"
  type Label @node @authentication(operations: [CREATE, UPDATE, DELETE], jwt: { roles: { includes: "coordinator" } }) {
    id: ID!
    shelves: [Shelf!]! @relationship(type: "ON", direction: OUT, properties: "Holding")
  }
`;

describe('findReadRestrictions', () => {
  const restrictions = findReadRestrictions(typeDefs);

  it('restricts a type with @authentication on reads to the roles its rule names', () => {
    expect(restrictions.of('anonymous').types).toContain('Book');
    expect(restrictions.of('partner').types).toContain('Book');
    expect(restrictions.of('analyst').types).not.toContain('Book');
    expect(restrictions.of('coordinator').types).not.toContain('Book');
  });

  it('leaves a type whose rules cover writes only readable by everyone', () => {
    for (const role of ['anonymous', 'partner', 'analyst', 'coordinator'] as const)
      expect(restrictions.of(role).types).not.toContain('Label');
  });

  it('restricts a row rule it cannot decide from the role alone, except for the roles it names outright', () => {
    expect(restrictions.of('partner').types).toContain('Loan');
    expect(restrictions.of('analyst').types).toContain('Loan');
    expect(restrictions.of('coordinator').types).not.toContain('Loan');
  });

  it('restricts a relationship property marked @readableBy', () => {
    expect(restrictions.of('analyst').fields).toContain('Holding.remark');
    expect(restrictions.of('coordinator').fields).not.toContain('Holding.remark');
    expect(restrictions.entities).toEqual(new Set(['Shelf', 'Holding', 'Book', 'Loan', 'Label']));
  });
});

describe('guardAccess on a new staff-only type', async () => {
  const schema = guardAccess(
    await new Neo4jGraphQL({
      typeDefs,
      features: { authorization: { key: 'unit-test-key-unit-test-key-123' } },
    }).getSchema(),
    findReadRestrictions(typeDefs),
  );
  const run = (query: string, viewer: Viewer, variableValues: Record<string, unknown> = {}) =>
    execute({ schema, document: parse(query), contextValue: { viewer }, variableValues });
  const partner: Viewer = { role: 'partner', id: 'p', name: 'p', via: 'jwt', actorId: 'a' };

  const cases: [string, string, string, Record<string, unknown>?][] = [
    ['a filter', '{ shelves(where: { books: { some: { title: { eq: "x" } } } }) { id } }', 'Shelf.books'],
    [
      'a filter two hops away',
      '{ labels(where: { shelves: { all: { booksConnection: { some: { node: { id: { eq: "x" } } } } } } }) { id } }',
      'Shelf.booksConnection',
    ],
    [
      'an edge sort',
      '{ labels { shelvesConnection(sort: [{ edge: { remark: ASC } }]) { totalCount } } }',
      'Holding.remark',
    ],
    [
      'an edge aggregate',
      '{ labels { shelvesConnection { aggregate { edge { remark { longest } } } } } }',
      'Holding.remark',
    ],
    [
      'a variable',
      'query($w: ShelfWhere) { shelves(where: $w) { id } }',
      'Shelf.books',
      { w: { books: { none: {} } } },
    ],
    ['a fragment', '{ ...F } fragment F on Query { shelves { ... on Shelf { books { id } } } }', 'Shelf.books'],
  ];
  it.each(cases)('refuses %s reaching it, naming the path', async (_name, query, restricted, variables = {}) => {
    for (const [viewer, code] of [
      [anonymousViewer, 'UNAUTHENTICATED'],
      [partner, 'FORBIDDEN'],
    ] as const) {
      const result = await run(query, viewer, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, restricted });
    }
  });
});

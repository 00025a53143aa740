// The shapes @neo4j/graphql cannot answer are refused with BAD_USER_INPUT before anything runs; the explorer's own
// operations and ordinary requests pass. Unit tests over the served schema, no database.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import { AppError } from '../../../server/errors.js';
import { checkOperationShape } from '../../../server/http/check-operation-shape.js';
import { buildSchema } from '../../../server/schema/build-schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
});

function refusal(query: string, variables: Record<string, unknown> = {}): AppError | undefined {
  try {
    checkOperationShape(schema, parse(query), variables);
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('checkOperationShape', () => {
  it.each([
    ['a negative limit', '{ actors(limit: -48) { id } }', {}, 'limit must be 0 or more, got "-48"'],
    ['a negative offset in a variable', 'query($o: Int) { actors(offset: $o) { id } }', { o: -1 }, 'offset'],
    ['a negative first', '{ offersConnection(first: -33) { totalCount } }', {}, 'first'],
    [
      'a nested negative offset',
      '{ districts { municipalities(limit: 1, offset: -2147483648) { ags } } }',
      {},
      'offset',
    ],
    ['a null filter of a field', '{ offers(where: { title: null }) { id } }', {}, 'OfferWhere.title is null'],
    [
      'a null distance filter',
      '{ offers(where: { location: { distance: null, eq: { longitude: 1.5, latitude: 1.5 } } }) { id } }',
      {},
      'PointFilters.distance is null',
    ],
    [
      'a distance from a point off the globe, in a variable',
      'query($w: OfferWhere) { offers(where: $w) { id } }',
      { w: { location: { distance: { from: { longitude: 0, latitude: 1e308 }, lt: 5 } } } },
      '$w.location.distance.from.latitude is 1e+308: a latitude must lie from -90 to 90',
    ],
    [
      'a point with an endless height, written in the query',
      '{ offers(where: { location: { eq: { longitude: 1.5, latitude: 0, height: 1e308 } } }) { id } }',
      {},
      'PointInput.height is 1e+308',
    ],
    [
      'a null filter in a variable',
      'query($w: MeetingWhere) { meetings(where: $w) { id } }',
      { w: { OR: [{ topic: null }] } },
      '$w.OR[0].topic is null',
    ],
    ['a null update of a field', 'mutation { updateOffers(update: { source: null }) { offers { id } } }', {}, 'source'],
    [
      'an empty update operator',
      'mutation { updateOffers(update: { accessible: {} }) { offers { id } } }',
      {},
      'no operator',
    ],
    [
      'pop on a list of enum values in a variable',
      'mutation($u: OfferUpdateInput) { updateOffers(update: $u) { offers { id } } }',
      { u: { targetGroups: { pop: 'YOUTH' } } },
      '$u.targetGroups.pop cannot remove items',
    ],
    [
      'a nested connection field under two names',
      '{ districts { municipalitiesConnection { totalCount a: totalCount } } }',
      {},
      'totalCount is asked under 2 names (totalCount, a)',
    ],
    [
      'page info fields under two names through a fragment',
      '{ municipalities { offersConnection { pageInfo { ...P a: hasNextPage } } } } fragment P on PageInfo { hasNextPage }',
      {},
      'PageInfo.hasNextPage',
    ],
    [
      'an aggregate selection under two names',
      '{ municipalitiesConnection { aggregate { node { name { shortest a: shortest } } } } }',
      {},
      'shortest',
    ],
    [
      'an aggregate node with only __typename',
      '{ municipalitiesConnection { aggregate { node { __typename } } } }',
      {},
      '__typename',
    ],
  ])('refuses %s', (_what, query, variables, named) => {
    const error = refusal(query, variables);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_SHAPE' });
    expect(error?.message).toContain(named);
  });

  it.each([
    ['the same field under two names on a node', '{ districts { name a: name municipalities { b: name c: name } } }'],
    [
      'one connection asked twice with other filters',
      '{ districts { a: municipalitiesConnection(first: 1) { totalCount } b: municipalitiesConnection { totalCount } } }',
    ],
    ['eq: null', '{ offers(where: { title: { eq: null } }) { id } }'],
    ['set: null', 'mutation { updateOffers(update: { description: { set: null } }) { offers { id } } }'],
    ['limit 0', '{ actors(limit: 0, offset: 0) { id } }'],
    [
      'an aggregate with a count',
      '{ municipalitiesConnection { aggregate { count { nodes } node { population { max } } } } }',
    ],
  ])('lets %s pass', (_what, query) => {
    expect(refusal(query)).toBeUndefined();
  });

  it('lets every operation of the explorer pass', () => {
    const folder = path.join(projectRoot, 'explorer', 'src', 'operations');
    const files = fs.readdirSync(folder).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      expect(refusal(fs.readFileSync(path.join(folder, file), 'utf8')), file).toBeUndefined();
    }
  });

  it('looks at a fragment once however often it is spread (a fragment bomb stays linear)', () => {
    const fragments = ['fragment F0 on Actor { id name }'];
    for (let i = 1; i <= 40; i += 1) fragments.push(`fragment F${i} on Actor { ...F${i - 1} ...F${i - 1} }`);
    // 2^40 spreads if expanded: this returns at once only because each fragment's fields are remembered.
    expect(refusal(`{ actors(limit: 1) { ...F40 } } ${fragments.join(' ')}`)).toBeUndefined();
  });

  it('checks the variables of every request of one document, though it walks the document once', () => {
    // Apollo hands every request of a text the same parsed document: the walk's findings are kept per document.
    const check = (document: ReturnType<typeof parse>, variables: Record<string, unknown>) => {
      try {
        checkOperationShape(schema, document, variables);
        return undefined;
      } catch (error) {
        if (error instanceof AppError) return error.message;
        throw error;
      }
    };
    const paged = parse('query($o: Int, $w: OfferWhere) { offers(offset: $o, where: $w) { id } }');
    expect(check(paged, { o: 1 })).toBeUndefined();
    expect(check(paged, { o: -3 })).toBe('offset must be 0 or more, got "-3"');
    expect(check(paged, { o: 2, w: { title: null } })).toContain('$w.title is null');
    expect(check(paged, { o: 2, w: { title: { eq: 'x' } } })).toBeUndefined();
    // A point literal of a filter that holds a variable is read anew for each request.
    const near = parse(
      'query($lat: Float!) { offers(where: { location: { distance: { from: { longitude: 9, latitude: $lat }, lt: 5 } } }) { id } }',
    );
    expect(check(near, { lat: 52 })).toBeUndefined();
    expect(check(near, { lat: 1e308 })).toContain('a latitude must lie from -90 to 90');
    // A document refused by its literals is refused every time.
    const negative = parse('{ actors(limit: -1) { id } }');
    expect(check(negative, {})).toContain('limit must be 0 or more');
    expect(check(negative, {})).toContain('limit must be 0 or more');
  });
});

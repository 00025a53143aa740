// Every write is bounded before anything else runs: how deeply its input nests and how many entities it creates,
// updates, deletes, connects or disconnects, per mutation field and per request. A 1,000-item createOffers became
// one 2 MB Cypher statement that ran for ten minutes, and a create nested 300 levels deep took three: both are
// refused here in microseconds, before @neo4j/graphql builds any Cypher.
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { defaultWriteLimits, type WriteLimits } from '../config.js';
import { BadUserInputError } from '../errors.js';

/** Keys of a generated mutation's input under which each element is one entity operation. */
const operationKeys = new Set(['create', 'connect', 'disconnect', 'delete', 'update', 'connectOrCreate']);

export interface WriteSize {
  items: number; // entity operations: root entities and every nested create, connect, update, delete, disconnect
  depth: number; // deepest nesting of input objects, up to the first level beyond the limit
}

/**
 * Measures a mutation's arguments without recursion (a 10,000-level input must not overflow the stack). Stops
 * descending below maxDepth + 1: deeper input is refused whatever it holds.
 */
export function measureWrite(args: Record<string, unknown>, maxDepth: number): WriteSize {
  let items = 0;
  let depth = 0;
  // [value, depth of the object holding it, whether its elements count as entity operations, inside a filter]
  const stack: [unknown, number, boolean, boolean][] = [];
  for (const [name, value] of Object.entries(args)) {
    // The root entities: each element of input (create), the one update of whatever `where` selects; a delete's
    // roots are its `where` (counted as one), its `delete` argument holds the nested deletes.
    const isRoot = name === 'input' || name === 'update';
    stack.push([value, 0, isRoot, name === 'where']);
  }
  while (stack.length > 0) {
    const [value, level, counts, inFilter] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const element of value) stack.push([element, level, counts, inFilter]);
      continue;
    }
    if (counts && !inFilter) items += 1;
    const here = level + 1;
    depth = Math.max(depth, here);
    if (here > maxDepth) continue;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const filter = inFilter || key === 'where';
      stack.push([child, here, !filter && operationKeys.has(key), filter]);
    }
  }
  return { items: Math.max(items, 1), depth };
}

function refuse(reason: string, message: string, extensions: Record<string, unknown>): never {
  throw new BadUserInputError(message, { reason, ...extensions });
}

/** Throws when the input nests deeper than the limit. */
export function checkInputDepth(mutation: string, size: WriteSize, limits: WriteLimits): void {
  if (size.depth > limits.maxInputDepth)
    refuse(
      'INPUT_TOO_DEEP',
      `The input of ${mutation} nests more than ${limits.maxInputDepth} levels deep; at most ${limits.maxInputDepth} are allowed (GRAPHQL_MAX_INPUT_DEPTH); nothing was written`,
      { limit: limits.maxInputDepth, setting: 'GRAPHQL_MAX_INPUT_DEPTH' },
    );
}

/** Throws when one generated mutation field writes more entities than the limit. */
export function checkMutationItems(mutation: string, size: WriteSize, limits: WriteLimits): void {
  if (size.items > limits.maxItemsPerMutation)
    refuse(
      'TOO_MANY_ITEMS',
      `${mutation} writes ${size.items} items (entities and nested creates, connects, updates, deletes, disconnects); at most ${limits.maxItemsPerMutation} are allowed per mutation (GRAPHQL_MAX_WRITE_ITEMS); nothing was written. Split it, or send offers in batches with upsertOffers`,
      { limit: limits.maxItemsPerMutation, count: size.items, setting: 'GRAPHQL_MAX_WRITE_ITEMS' },
    );
}

const tallies = new WeakMap<object, number>();

/** Adds a mutation field's items to its request's count; throws when the request goes over its limit. */
export function countTowardsRequest(context: object, mutation: string, items: number, limits: WriteLimits): void {
  const total = (tallies.get(context) ?? 0) + items;
  if (total > limits.maxItemsPerRequest)
    refuse(
      'TOO_MANY_ITEMS',
      `This request writes ${total} items with ${mutation}; at most ${limits.maxItemsPerRequest} are allowed per request (GRAPHQL_MAX_WRITE_ITEMS_PER_REQUEST); ${mutation} was not written. Send the rest in another request`,
      { limit: limits.maxItemsPerRequest, count: total, setting: 'GRAPHQL_MAX_WRITE_ITEMS_PER_REQUEST' },
    );
  tallies.set(context, total);
}

const generatedMutation = /^(create|update|delete)[A-Z]/;

/** Items of a custom mutation (upsertOffers, resolveOfferConflicts, ...): the elements of its list arguments. */
function customItems(args: Record<string, unknown>): number {
  const lists = Object.values(args).filter(Array.isArray) as unknown[][];
  return Math.max(
    1,
    lists.reduce((sum, list) => sum + list.length, 0),
  );
}

/** Wraps every Mutation field of the schema in place so that its size is checked before it runs. */
export function limitWrites(schema: GraphQLSchema, options: Partial<WriteLimits> = {}): GraphQLSchema {
  const limits: WriteLimits = { ...defaultWriteLimits, ...options };
  const mutationType = schema.getMutationType();
  if (!mutationType) return schema;
  for (const field of Object.values(mutationType.getFields())) {
    const original = field.resolve as GraphQLFieldResolver<unknown, object> | undefined;
    if (!original) continue;
    const generated = generatedMutation.test(field.name);
    field.resolve = (source: unknown, args: Record<string, unknown>, context: object, info: GraphQLResolveInfo) => {
      const size = measureWrite(args, limits.maxInputDepth);
      checkInputDepth(field.name, size, limits);
      // Custom mutations keep their own maximum per call (upsertOffers: 1,000 offers, written in a few statements).
      if (generated) checkMutationItems(field.name, size, limits);
      countTowardsRequest(context, field.name, generated ? size.items : customItems(args), limits);
      return original(source, args, context, info);
    };
  }
  return schema;
}

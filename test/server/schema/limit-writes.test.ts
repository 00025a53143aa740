// The size of a write, measured without a database: entity operations at every level, filters not counted, and the
// nesting depth, without recursion even for input far deeper than any limit.
import { describe, expect, it } from 'vitest';
import { defaultWriteLimits } from '../../../server/config.js';
import {
  checkInputDepth,
  checkMutationItems,
  countTowardsRequest,
  measureWrite,
} from '../../../server/schema/limit-writes.js';

const connect = (id: string) => ({ connect: [{ where: { node: { id: { eq: id } } } }] });

describe('measureWrite', () => {
  it('counts root entities and every nested create, connect, update, delete and disconnect, not filters', () => {
    const offers = Array.from({ length: 3 }, (_, i) => ({
      title: `K${i}`,
      provider: connect('a'),
      venue: connect('m'),
    }));
    expect(measureWrite({ input: offers }, 20).items).toBe(9);
    const update = {
      where: { provider: { some: { id: { eq: 'a' } } } },
      update: {
        capacity: { set: 3 },
        funders: [
          {
            connect: [{ where: { node: { id: { eq: 'b' } } } }],
            disconnect: [{ where: { node: { id: { eq: 'c' } } } }],
          },
        ],
        provider: [{ update: { node: { name: { set: 'x' } } } }],
      },
    };
    expect(measureWrite(update, 20).items).toBe(4); // the update, a connect, a disconnect, a nested update
    expect(measureWrite({ where: { id: { eq: 'x' } } }, 20).items).toBe(1); // a delete of what `where` selects
  });

  it('measures the depth of inputs nested 100,000 levels without overflowing the stack', () => {
    let node: Record<string, unknown> = { title: 'K' };
    for (let level = 0; level < 100_000; level += 1) node = { provider: { create: [{ node }] } };
    const size = measureWrite({ input: [node] }, defaultWriteLimits.maxInputDepth);
    expect(size.depth).toBe(defaultWriteLimits.maxInputDepth + 1);
    expect(() => checkInputDepth('createOffers', size, defaultWriteLimits)).toThrow(
      /nests more than 20 levels deep; at most 20 are allowed \(GRAPHQL_MAX_INPUT_DEPTH\)/,
    );
  });

  it('refuses per mutation and per request, naming limit, count and setting', () => {
    const limits = { ...defaultWriteLimits, maxItemsPerMutation: 2, maxItemsPerRequest: 3 };
    expect(() => checkMutationItems('createOffers', { items: 3, depth: 1 }, limits)).toThrow(
      /createOffers writes 3 items .* at most 2 are allowed per mutation \(GRAPHQL_MAX_WRITE_ITEMS\)/,
    );
    const request = {};
    countTowardsRequest(request, 'createOffers', 2, limits);
    expect(() => countTowardsRequest(request, 'upsertOffers', 2, limits)).toThrow(
      /This request writes 4 items with upsertOffers; at most 3 are allowed per request \(GRAPHQL_MAX_WRITE_ITEMS_PER_REQUEST\)/,
    );
    countTowardsRequest({}, 'upsertOffers', 3, limits); // another request counts on its own
  });
});

// Finding the field of a failed update operator in a mutation's arguments (no database).
import { describe, expect, it } from 'vitest';
import { findOperatorUses } from '../../../server/schema/name-operator-errors.js';

describe('findOperatorUses', () => {
  it('finds where an operator is used with a value, at any depth', () => {
    const args = {
      where: { id: { eq: 'x' } },
      update: {
        capacity: { add: 5 },
        booked: { add: 2 },
        provider: [{ update: { node: { offers: [{ update: { node: { waitlist: { add: 5 } } } }] } } }],
      },
    };
    expect(findOperatorUses(args, 'add', 5)).toEqual([
      'update.capacity',
      'update.provider[0].update.node.offers[0].update.node.waitlist',
    ]);
    expect(findOperatorUses(args, 'add', undefined)).toHaveLength(3);
    expect(findOperatorUses(args, 'divide', 0)).toEqual([]);
    expect(findOperatorUses({ update: { cost: { divide: 0 } } }, 'divide', 0)).toEqual(['update.cost']);
  });
});

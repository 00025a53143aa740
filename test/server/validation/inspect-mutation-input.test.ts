// The input rules, without a database: which values are refused, and which keys a mutation refers to.
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../server/schema/build-schema.js';
import { BadUserInputError } from '../../../server/errors.js';
import { inspectMutationInput } from '../../../server/validation/inspect-mutation-input.js';

const schema = await buildSchema();
const mutation = (name: string) => schema.getMutationType()!.getFields()[name]!;

describe('inspectMutationInput', () => {
  it('collects connect references by key and the keys a create introduces', () => {
    const facts = inspectMutationInput(mutation('createMunicipalities').args, {
      input: [
        {
          ags: '03256099',
          name: 'X',
          kind: 'CITY',
          district: { connect: [{ where: { node: { ags: { eq: '03256' } } } }] },
        },
      ],
    });
    expect(facts.creates).toEqual([{ entity: 'Municipality', key: 'ags', value: '03256099', path: 'input[0].ags' }]);
    expect(facts.connects).toEqual([
      { entity: 'District', key: 'ags', value: '03256', path: 'input[0].district.connect[0].where.node.ags' },
    ]);
    expect([...facts.touched].sort()).toEqual(['District', 'Municipality']);
  });

  it('checks values of nested creates and of updates', () => {
    expect(() =>
      inspectMutationInput(mutation('createActors').args, {
        input: [
          {
            name: 'A',
            kind: 'OTHER',
            offers: {
              create: [{ node: { title: 'T', category: 'OTHER', format: 'ONLINE', status: 'OPEN', booked: -2 } }],
            },
          },
        ],
      }),
    ).toThrow(
      /Offer\.booked must be a whole number of 0 or more; got "-2" at input\[0\]\.offers\.create\[0\]\.node\.booked/,
    );
    expect(() =>
      inspectMutationInput(mutation('updateActors').args, { update: { email: { set: 'not-an-address' } } }),
    ).toThrow(BadUserInputError);
  });

  it('ignores filters: a where clause writes nothing', () => {
    const facts = inspectMutationInput(mutation('updateOffers').args, {
      where: { capacity: { lt: -5 } },
      update: { capacity: { set: 3 } },
    });
    expect(facts.connects).toEqual([]);
  });

  it.each([
    ['District', 'createDistricts', { ags: '3256', name: 'X', state: 'NI' }, /District\.ags must be a 5-digit/],
    ['Actor', 'createActors', { name: ' ', kind: 'OTHER' }, /Actor\.name must not be empty; got " "/],
    [
      'Actor',
      'createActors',
      { name: 'A', kind: 'OTHER', postcode: '3158' },
      /Actor\.postcode must be a German postcode/,
    ],
    [
      'Actor',
      'createActors',
      { name: 'A', kind: 'OTHER', website: 'example.org' },
      /Actor\.website must be a web address/,
    ],
    [
      'Actor',
      'createActors',
      { name: 'A', kind: 'OTHER', languages: ['German'] },
      /Actor\.languages must be language codes/,
    ],
    [
      'Need',
      'createNeeds',
      { category: 'OTHER', persons: 0, reportedAt: '2026-01-01', source: 'SURVEY', status: 'OPEN' },
      /Need\.persons must be a whole number of 1 or more; got "0"/,
    ],
    [
      'Offer',
      'createOffers',
      { title: 'T', category: 'OTHER', format: 'ONLINE', status: 'OPEN', minGroupSize: 0 },
      /Offer\.minGroupSize/,
    ],
    [
      'Offer',
      'createOffers',
      { title: 'T', category: 'OTHER', format: 'ONLINE', status: 'OPEN', cost: -1 },
      /Offer\.cost must be a number of 0 or more/,
    ],
  ])('refuses a bad %s value (%s)', (_entity, name, input, message) => {
    expect(() => inspectMutationInput(mutation(name).args, { input: [input] })).toThrow(message);
  });
});

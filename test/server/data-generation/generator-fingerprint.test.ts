// Pins the generators' output: the demo county and a synthetic Germany are generated with fixed seeds, serialised
// canonically (keys sorted, arrays in generated order) and hashed. A refactoring of the generators must keep every
// hash; a change of the data is deliberate and updates the hash in the same commit. No database.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../server/demo-data/generate-demo-data.js';
import { generateDemoHistory } from '../../../server/demo-data/generate-demo-history.js';
import { generateDemoOutcomes } from '../../../server/demo-data/generate-demo-outcomes.js';
import { generateGermany, type GenerateGermanyOptions } from '../../../server/synthetic-data/generate-germany.js';

// Sorted keys make the hash independent of property order; numbers print as JSON prints them (shortest exact
// form), so a change in the last bit of a coordinate changes the hash.
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return `"${String(value)}"`;
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

// The county alone: the border area of the neighbouring district (issue 20) is built after it, from the same
// stream, and pinned on its own, so that this hash shows the county unchanged by it.
function hashDemo(seed: number, today: string): string {
  const { borderArea: _borderArea, ...county } = generateDemoData({ seed, today });
  return hashOf(county);
}

function hashBorderArea(seed: number, today: string): string {
  return hashOf(generateDemoData({ seed, today }).borderArea);
}

function hashHistory(seed: number, today: string): string {
  return hashOf(generateDemoHistory(generateDemoData({ seed, today })));
}

function hashOutcomes(seed: number, today: string): string {
  return hashOf(generateDemoOutcomes(generateDemoData({ seed, today })));
}

function hashGermany(options: GenerateGermanyOptions): string {
  const data = generateGermany(options);
  return hashOf({
    options: data.options,
    counts: data.counts,
    districts: data.districts,
    municipalities: data.municipalities,
    actors: [...data.actors()],
    offers: [...data.offers()],
    needs: [...data.needs()],
    cooperations: [...data.cooperations()],
  });
}

const germany: GenerateGermanyOptions = { seed: 5, scale: 0.01, today: '2026-11-26' };
const germanyWithPrefixes: GenerateGermanyOptions = {
  seed: 9,
  scale: 0.004,
  today: '2025-02-28',
  idPrefix: 'fp',
  agsPrefix: '947',
};

// The output of the generators on 2026-12-05, before they were split into plans, builders and shared helpers.
const expected = {
  demo: '85c6a717a54fba15c02ab0a4c07583f6815ad03c0c3af1bb7d027ed6be53a4d9',
  demoOtherDay: '1c8197125b6c555dd8f76362d11e84294b29b618a48c938f7dbc168de26a7570',
  // The history's snapshot rows come from the gap table (server/analysis/gaps/build-gap-table.ts), which since issue
  // 20 sums in a fixed order: 578 accessibility values moved in their last bit (0.4948795077346334 became
  // 0.49487950773463346), nothing else. Was 0bcd4b1a3a52ae92746927ca48f7351f0104918f189a1ba3819869af5d3b3691.
  // Since issue 20's border area the history's gap tables count the offers across the border, as the live table
  // does. Was 47e9c43709d44be14c4fc07a04df3aace8561fe2e4aef806e6585e059cdd86ca.
  history: '2b3e562c14f21278bad4327d2193aee9ac5a80875ed39e96676f6b6d7f48342f',
  border: 'ec8932bb19e90ba74f6b8260f22f2dd631f1e8715bd80a1a50c0223a8b10a218',
  // Issue 19 appended two years of outcomes in a stream of their own ("outcomes"); the parts above are unchanged.
  outcomes: '13e263a3d88a8b788655a8244c775757a1ac7e4a08973ea7677045c9273d65df',
  germany: 'c83056a15dce333d9e31aa7b4ca6f37d4618763671484b20cbc82f6003266921',
  germanyWithPrefixes: '9f9d082895c64f71c4e42a332a52d0bec0eb50f4d1b611ec964e1574fa835394',
};

describe('generator fingerprints', () => {
  it('the canonical form sees a change of a single value', () => {
    const data = generateDemoData({ seed: 42, today: '2025-06-15' });
    const before = hashOf(data);
    data.offers[17]!.lat = data.offers[17]!.lat! + 1e-9;
    expect(hashOf(data)).not.toBe(before);
    expect(hashOf({ a: 1, b: 2 })).toBe(hashOf({ b: 2, a: 1 }));
    expect(hashOf([1, 2])).not.toBe(hashOf([2, 1]));
  });

  it('the demo county is the same, value for value, as before the split', () => {
    expect(hashDemo(42, '2025-06-15')).toBe(expected.demo);
    expect(hashDemo(1, '2026-03-31')).toBe(expected.demoOtherDay);
  });

  it('the border area is built after the county, the same for the same seed and day', () => {
    expect(hashBorderArea(42, '2025-06-15')).toBe(expected.border);
  });

  it('the demo history is the same as before the split', () => {
    expect(hashHistory(42, '2025-06-15')).toBe(expected.history);
  });

  it('the demo outcomes are their own stream, appended to the unchanged demo county', () => {
    expect(hashOutcomes(42, '2025-06-15')).toBe(expected.outcomes);
  });

  it('the synthetic Germany is the same as before the split', () => {
    expect(hashGermany(germany)).toBe(expected.germany);
    expect(hashGermany(germanyWithPrefixes)).toBe(expected.germanyWithPrefixes);
  });

  it('the same seed gives the same data, another seed other data', () => {
    expect(hashDemo(42, '2025-06-15')).toBe(hashDemo(42, '2025-06-15'));
    expect(hashDemo(43, '2025-06-15')).not.toBe(hashDemo(42, '2025-06-15'));
    expect(hashGermany(germany)).toBe(hashGermany(germany));
    expect(hashGermany({ ...germany, seed: 6 })).not.toBe(hashGermany(germany));
  });
});

// The analysis cache on its own: keyed by operation, arguments (in any key order), data version, day and scope;
// bounded by entries and by bytes, the least recently used dropped first; one computation for requests that arrive
// together; results frozen so that no request changes what another is served; failures never kept.
import { describe, expect, it } from 'vitest';
import {
  AnalysisCache,
  keyOf,
  normalizeArgs,
  sizeOfResult,
  type AnalysisKey,
} from '../../../server/cache/analysis-cache.js';

const key = (overrides: Partial<AnalysisKey> = {}): AnalysisKey => ({
  operation: 'coverageGaps',
  args: { category: 'INTEGRATION_COURSE', districtAgs: '03256' },
  version: 'e:1',
  day: '2026-12-05',
  ...overrides,
});

/** A computation that counts its runs and answers a fresh object each time. */
function counted<T>(value: () => T) {
  const calls = { count: 0 };
  return { calls, compute: async () => (calls.count++, value()) };
}

describe('the key', () => {
  it('is the same whatever the order of the arguments, and absent equals undefined', () => {
    expect(normalizeArgs({ b: 1, a: { y: 2, x: [3, { d: 4, c: 5 }] } })).toBe(
      normalizeArgs({ a: { x: [3, { c: 5, d: 4 }], y: 2 }, b: 1 }),
    );
    expect(normalizeArgs({ a: 1, b: undefined })).toBe(normalizeArgs({ a: 1 }));
    expect(normalizeArgs({ a: null })).not.toBe(normalizeArgs({}));
  });

  it('differs by operation, arguments, data version, day and scope', () => {
    const base = keyOf(key());
    for (const other of [
      key({ operation: 'recommendations' }),
      key({ args: { category: 'LANGUAGE_COURSE', districtAgs: '03256' } }),
      key({ version: 'e:2' }),
      key({ version: 'other-epoch:1' }),
      key({ day: '2026-12-06' }),
      key({ scope: 'partner:a1' }),
    ])
      expect(keyOf(other)).not.toBe(base);
  });
});

describe('remembering', () => {
  it('computes once per key and serves the kept result until the version changes', async () => {
    const cache = new AnalysisCache({ maxEntries: 10, maxBytes: 1_000_000 });
    const { calls, compute } = counted(() => ({ rows: [1, 2, 3] }));
    const first = await cache.remember(key(), compute);
    expect(await cache.remember(key({ args: { districtAgs: '03256', category: 'INTEGRATION_COURSE' } }), compute)).toBe(
      first,
    );
    expect(calls.count).toBe(1);
    await cache.remember(key({ version: 'e:2' }), compute);
    expect(calls.count).toBe(2);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, entries: 2 });
  });

  it('computes once for requests that arrive together', async () => {
    const cache = new AnalysisCache({ maxEntries: 10, maxBytes: 1_000_000 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const compute = async () => {
      runs++;
      await gate;
      return { value: 42 };
    };
    const together = Promise.all([1, 2, 3, 4, 5].map(() => cache.remember(key(), compute)));
    release();
    const results = await together;
    expect(runs).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 4, misses: 1 });
  });

  it('keeps no failure: the next request computes again', async () => {
    const cache = new AnalysisCache({ maxEntries: 10, maxBytes: 1_000_000 });
    await expect(cache.remember(key(), () => Promise.reject(new Error('database away')))).rejects.toThrow('away');
    expect(await cache.remember(key(), async () => 'computed')).toBe('computed');
    expect(cache.stats().entries).toBe(1);
  });

  it('freezes what it keeps, so one request cannot change what the next is served', async () => {
    const cache = new AnalysisCache({ maxEntries: 10, maxBytes: 1_000_000 });
    const kept = await cache.remember(key(), async () => ({ rows: [{ unmet: 3 }] }));
    expect(() => {
      (kept.rows[0] as { unmet: number }).unmet = 0;
    }).toThrow(TypeError);
    expect(() => kept.rows.push({ unmet: 1 })).toThrow(TypeError);
    expect((await cache.remember(key(), async () => ({ rows: [] }))).rows).toEqual([{ unmet: 3 }]);
  });

  it('with 0 entries keeps nothing and counts nothing (the cache is off)', async () => {
    const cache = new AnalysisCache({ maxEntries: 0, maxBytes: 1_000_000 });
    const { calls, compute } = counted(() => 'x');
    await cache.remember(key(), compute);
    await cache.remember(key(), compute);
    expect(calls.count).toBe(2);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0, entries: 0 });
  });
});

describe('the bounds', () => {
  it('keeps at most maxEntries results, dropping the least recently used', async () => {
    const cache = new AnalysisCache({ maxEntries: 3, maxBytes: 1_000_000 });
    const versions = ['v1', 'v2', 'v3'];
    for (const version of versions) await cache.remember(key({ version }), async () => version);
    // v1 is used again, so v2 is the least recently used when v4 comes.
    await cache.remember(key({ version: 'v1' }), async () => 'recomputed');
    await cache.remember(key({ version: 'v4' }), async () => 'v4');
    expect(cache.stats()).toMatchObject({ entries: 3 });
    expect(await cache.remember(key({ version: 'v1' }), async () => 'recomputed')).toBe('v1');
    expect(await cache.remember(key({ version: 'v2' }), async () => 'recomputed')).toBe('recomputed');
  });

  it('keeps at most maxBytes, measured as JSON, and does not keep a result larger than all of it', async () => {
    const cache = new AnalysisCache({ maxEntries: 1000, maxBytes: 10_000 });
    const result = (fill: string) => ({ text: fill.repeat(3000) }); // about 3 KB as JSON
    for (const version of ['a', 'b', 'c', 'd', 'e'])
      await cache.remember(key({ version }), async () => result(version));
    const { entries, bytes } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(10_000);
    expect(entries).toBe(3);
    expect(bytes).toBe(3 * sizeOfResult(result('a')));

    const huge = await cache.remember(key({ version: 'huge' }), async () => ({ text: 'x'.repeat(20_000) }));
    expect(huge.text).toHaveLength(20_000);
    expect(cache.stats().bytes).toBeLessThanOrEqual(10_000);
    let recomputed = false;
    await cache.remember(key({ version: 'huge' }), async () => ((recomputed = true), { text: '' }));
    expect(recomputed).toBe(true);
  });

  it('counts a PDF by its bytes', () => {
    expect(sizeOfResult(Buffer.alloc(12_345))).toBe(12_345);
    expect(sizeOfResult('äöü')).toBe(6);
  });
});

// Version reads shared by requests arriving together (server/cache/coalesce-reads.ts): a caller never gets a read that
// started before it asked, callers asking during one read share the next, and a failure reaches only its own callers.
// The reads here are plain promises settled by hand: what is tested is the order, not the database (that is
// anonymous-reads.test.ts and cached-analyses-writes.test.ts, over the real Neo4j).
import { describe, expect, it } from 'vitest';
import { coalesceReads } from '../../../server/cache/coalesce-reads.js';

/** A read whose every call is a promise settled by the test, in order of the calls. */
function manualReads() {
  const calls: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { read, calls };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('coalesceReads', () => {
  it('starts a read for the first caller; one asking while it runs waits for the next read, not this one', async () => {
    const { read, calls } = manualReads();
    const version = coalesceReads(read);
    const first = version();
    expect(calls).toHaveLength(1);
    const second = version();
    expect(calls).toHaveLength(1); // the next read waits for the running one
    calls[0]!.resolve(1);
    expect(await first).toBe(1);
    await settled();
    expect(calls).toHaveLength(2); // started once the first ended
    calls[1]!.resolve(2);
    expect(await second).toBe(2);
  });

  it('serves every caller that asked during one read with one next read', async () => {
    const { read, calls } = manualReads();
    const version = coalesceReads(read);
    const first = version();
    const waiting = [version(), version(), version(), version()];
    calls[0]!.resolve(1);
    await settled();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(2);
    expect(await Promise.all([first, ...waiting])).toEqual([1, 2, 2, 2, 2]);
    // Nothing runs now: the next caller starts its own.
    const later = version();
    expect(calls).toHaveLength(3);
    calls[2]!.resolve(3);
    expect(await later).toBe(3);
  });

  it('fails only the callers of a failed read; the next read starts afresh', async () => {
    const { read, calls } = manualReads();
    const version = coalesceReads(read);
    const failing = version();
    const next = version();
    calls[0]!.reject(new Error('database away'));
    await expect(failing).rejects.toThrow('database away');
    await settled();
    calls[1]!.resolve(7);
    expect(await next).toBe(7);
    const after = version();
    calls[2]!.resolve(8);
    expect(await after).toBe(8);
  });
});

// Analyses (coverage gaps, recommendations, the network analysis, waiting times, course suggestions, the course
// calendar, the reports) are pure functions of the graph and the day, and the graph changes a few times a day: their
// results are kept under (operation, arguments, data version, day) in a least-recently-used cache bounded by entries
// and bytes. The data version (server/database/data-version.ts) advances with every write, so a result is never
// served after a write: its key is simply never asked for again, and the LRU drops it in time.
import { LRUCache } from 'lru-cache';

export interface AnalysisCacheSettings {
  maxEntries: number; // results kept at most; 0 turns the cache off
  maxBytes: number; // their size at most, measured as JSON (or the bytes of a PDF); a larger result is not kept
}

export interface AnalysisCacheStats {
  hits: number; // answered from the cache (or from a computation already running for the same key)
  misses: number; // computed
  entries: number; // results kept now
  bytes: number; // their size now
  maxEntries: number;
  maxBytes: number;
}

/** What decides an analysis' answer; two requests with equal keys get the same result. */
export interface AnalysisKey {
  operation: string; // e.g. "coverageGaps", "report:briefing.pdf"
  args: unknown; // the arguments as given; normalised here (key order, undefined left out)
  version: string; // the data version read for the request
  day: string; // today in Germany: analyses read "today" (stale offers, waiting times, the calendar's start)
  scope?: string; // whatever else changes the answer, e.g. the viewer's role where it changes what is shown
}

/** The arguments as one string whatever the order of their keys; undefined and absent are the same. */
export function normalizeArgs(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) => {
      if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return inner;
      const plain = inner as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(plain)
          .filter((name) => plain[name] !== undefined)
          .sort()
          .map((name) => [name, plain[name]]),
      );
    }) ?? 'undefined'
  );
}

export function keyOf(key: AnalysisKey): string {
  return [key.operation, key.version, key.day, key.scope ?? '', normalizeArgs(key.args)].join('\u0000');
}

/** The size a result is counted with: bytes of a Buffer, else the length of its JSON in UTF-8. */
export function sizeOfResult(value: unknown): number {
  if (Buffer.isBuffer(value)) return value.byteLength;
  if (typeof value === 'string') return Buffer.byteLength(value);
  return Buffer.byteLength(JSON.stringify(value) ?? '');
}

/** Freezes a result to its leaves: one request's code can then never change what another is served. */
function freezeDeep<T>(value: T): T {
  if (!value || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  for (const inner of Object.values(value)) freezeDeep(inner);
  return Object.freeze(value);
}

export class AnalysisCache {
  readonly settings: AnalysisCacheSettings;
  private readonly lru: LRUCache<string, { value: unknown }> | undefined;
  // Computations under way, so that requests arriving together for the same key compute it once.
  private readonly running = new Map<string, Promise<unknown>>();
  private hits = 0;
  private misses = 0;

  constructor(settings: AnalysisCacheSettings) {
    this.settings = settings;
    this.lru =
      settings.maxEntries > 0 && settings.maxBytes > 0
        ? new LRUCache({ max: settings.maxEntries, maxSize: settings.maxBytes, maxEntrySize: settings.maxBytes })
        : undefined;
  }

  /**
   * The cached result under the key, or compute()'s, kept for the next request with the same key unless keep says no
   * (a failed answer, say). Requests asking while it is computed get the same result, kept or not.
   */
  async remember<T>(
    key: AnalysisKey,
    compute: () => Promise<T>,
    onLookup?: (hit: boolean) => void,
    keep: (value: T) => boolean = () => true,
  ): Promise<T> {
    if (!this.lru) return compute();
    const id = keyOf(key);
    const kept = this.lru.get(id);
    if (kept) return this.count(true, onLookup, kept.value as T);
    const running = this.running.get(id);
    if (running) return this.count(true, onLookup, (await running) as T);
    this.count(false, onLookup, undefined);
    const computing = compute().then((value) => {
      const frozen = freezeDeep(value);
      // A result larger than the whole cache is answered but not kept (lru-cache refuses it quietly).
      if (keep(frozen)) this.lru!.set(id, { value: frozen }, { size: Math.max(1, sizeOfResult(frozen)) });
      return frozen;
    });
    this.running.set(id, computing);
    try {
      return await computing;
    } finally {
      this.running.delete(id);
    }
  }

  stats(): AnalysisCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      entries: this.lru?.size ?? 0,
      bytes: this.lru?.calculatedSize ?? 0,
      maxEntries: this.settings.maxEntries,
      maxBytes: this.settings.maxBytes,
    };
  }

  clear(): void {
    this.lru?.clear();
  }

  private count<T>(hit: boolean, onLookup: ((hit: boolean) => void) | undefined, value: T): T {
    if (hit) this.hits++;
    else this.misses++;
    onLookup?.(hit);
    return value;
  }
}

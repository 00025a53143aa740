// The seeded random stream both generators draw from: mulberry32, tiny and fast, and good enough for made-up data.
// Every helper below consumes a fixed number of draws, so that equal seeds give equal data.

export interface Random {
  next(): number; // uniform in [0, 1)
  int(min: number, max: number): number; // whole number in [min, max]
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(items: readonly T[]): T[]; // a shuffled copy (Fisher-Yates)
  normal(): number; // standard normal (Box-Muller, two draws)
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (p) => next() < p,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** A seed per named stream, so that streams do not depend on each other or on the order they are read in. */
export function deriveStreamSeed(seed: number, stream: string): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** The random stream of one name under a seed (see deriveStreamSeed). */
export function createStream(seed: number, stream: string): Random {
  return createRandom(deriveStreamSeed(seed, stream));
}

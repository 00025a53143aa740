// The first `limit` of many candidates in ranking order, without sorting them all: a bounded heap whose root is
// the candidate ranked last so far. At Germany scale the course suggestions are ~115k candidates for 200 places.
import { compareRecommendations, type RankKey } from './rank-recommendations.js';

export class TopRanked<T extends RankKey> {
  readonly #limit: number;
  readonly #heap: T[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  /**
   * The persons a candidate needs at least to have a chance: a full heap's last one's persons (fewer persons
   * always rank after it, and the last one only improves); -Infinity while there is room.
   */
  get minPersons(): number {
    if (this.#limit < 1) return Infinity;
    return this.#heap.length < this.#limit ? -Infinity : this.#heap[0]!.persons;
  }

  /** Keeps the candidate if it ranks among the first `limit` seen so far. */
  offer(candidate: T): void {
    const heap = this.#heap;
    if (heap.length < this.#limit) {
      heap.push(candidate);
      this.#siftUp(heap.length - 1);
    } else if (heap.length > 0 && compareRecommendations(candidate, heap[0]!) < 0) {
      heap[0] = candidate;
      this.#siftDown(0);
    }
  }

  /** The candidates kept, in no particular order. */
  kept(): T[] {
    return [...this.#heap];
  }

  // The root ranks last: a parent never ranks before its children.
  #siftUp(index: number): void {
    const heap = this.#heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareRecommendations(heap[i]!, heap[parent]!) <= 0) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  #siftDown(index: number): void {
    const heap = this.#heap;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let last = i;
      if (left < heap.length && compareRecommendations(heap[left]!, heap[last]!) > 0) last = left;
      if (right < heap.length && compareRecommendations(heap[right]!, heap[last]!) > 0) last = right;
      if (last === i) return;
      [heap[i], heap[last]] = [heap[last]!, heap[i]!];
      i = last;
    }
  }
}

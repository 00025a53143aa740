// Weighted choice: indices with probability proportional to their weights, one draw each.
import type { Random } from './create-random.js';

/** Picks indices by binary search over the running sum of the weights. */
export class WeightedPicker {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i]!;
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  pick(random: Random): number {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

export interface WeightedTable<T extends string> {
  values: T[];
  picker: WeightedPicker;
}

/** A table of values and their weights, in the key order of the record. */
export function createWeightedTable<T extends string>(table: Partial<Record<T, number>>): WeightedTable<T> {
  const values = Object.keys(table) as T[];
  return { values, picker: new WeightedPicker(values.map((value) => table[value]!)) };
}

export function pickWeighted<T extends string>(random: Random, table: WeightedTable<T>): T {
  return table.values[table.picker.pick(random)]!;
}

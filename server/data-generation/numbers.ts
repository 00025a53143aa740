// Small number helpers the generators share.

/** Rounds to `digits` decimal places (coordinates: 5 or 6). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The number with leading zeros to `width` digits, for ids and keys. */
export function padNumber(n: number, width = 3): string {
  return String(n).padStart(width, '0');
}

/** Splits total into whole parts proportional to the weights (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; rest > 0; i = (i + 1) % order.length, rest--) parts[order[i]!.index]! += 1;
  return parts;
}

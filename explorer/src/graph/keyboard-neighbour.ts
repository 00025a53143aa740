// The network's keyboard path (views/network-canvas.ts): from an actor (the anchor), the arrow keys step through
// its partners in the order they lie around it on the canvas, clockwise from the top: right and down to the next,
// left and up to the previous, so that every partner is reached and the order matches what is seen. Pure: points
// in, an id out.

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

const steps: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** +1 for right and down, -1 for left and up, undefined for any other key. */
export const arrowStep = (key: string): 1 | -1 | undefined => (Object.hasOwn(steps, key) ? steps[key] : undefined);

/** The angle of a point around the anchor, clockwise from the top (the canvas's y grows downwards), in [0, 2π). */
function clockwiseFromTop(anchor: { x: number; y: number }, node: PlacedNode): number {
  const angle = Math.atan2(node.x - anchor.x, -(node.y - anchor.y));
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

/** The anchor's partners in the order of the keyboard path: clockwise from the top, ties by id. */
export function partnersInOrder(anchor: { x: number; y: number }, partners: readonly PlacedNode[]): string[] {
  return partners
    .map((node) => ({ id: node.id, angle: clockwiseFromTop(anchor, node) }))
    .sort((a, b) => a.angle - b.angle || (a.id < b.id ? -1 : 1))
    .map((node) => node.id);
}

/**
 * The partner one step on from `current`: the next (step 1) or previous (-1) around the anchor, wrapping at the
 * ends. From the anchor itself (or an actor not among the partners) the first or the last. Undefined when the
 * anchor has no partner.
 */
export function stepAmongPartners(
  anchor: { x: number; y: number },
  partners: readonly PlacedNode[],
  current: string | undefined,
  step: 1 | -1,
): string | undefined {
  const order = partnersInOrder(anchor, partners);
  if (order.length === 0) return undefined;
  const at = current === undefined ? -1 : order.indexOf(current);
  if (at < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[(at + step + order.length) % order.length];
}

// Where the names of the always-labelled actors go: below, above, right or left of the node, whichever first
// overlaps no name placed before (the best connected are placed first), so that 25 names in a dense municipality
// stay readable. Cytoscape draws labels where the style says and never moves them apart; this picks the side.
export type LabelSide = 'bottom' | 'top' | 'right' | 'left';

export interface LabelCandidate {
  id: string;
  x: number; // the node's centre, rendered pixels
  y: number;
  radius: number; // rendered pixels
  width: number; // the label's width, rendered pixels
  height: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const gap = 2;

function boxOf(c: LabelCandidate, side: LabelSide): Box {
  switch (side) {
    case 'bottom':
      return {
        x1: c.x - c.width / 2,
        x2: c.x + c.width / 2,
        y1: c.y + c.radius + gap,
        y2: c.y + c.radius + gap + c.height,
      };
    case 'top':
      return {
        x1: c.x - c.width / 2,
        x2: c.x + c.width / 2,
        y1: c.y - c.radius - gap - c.height,
        y2: c.y - c.radius - gap,
      };
    case 'right':
      return {
        x1: c.x + c.radius + gap,
        x2: c.x + c.radius + gap + c.width,
        y1: c.y - c.height / 2,
        y2: c.y + c.height / 2,
      };
    case 'left':
      return {
        x1: c.x - c.radius - gap - c.width,
        x2: c.x - c.radius - gap,
        y1: c.y - c.height / 2,
        y2: c.y + c.height / 2,
      };
  }
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const sides: LabelSide[] = ['bottom', 'top', 'right', 'left'];

/** The side of each label, in the order given (most important first); a label that fits nowhere stays below. */
export function placeLabels(candidates: readonly LabelCandidate[]): Map<string, LabelSide> {
  const placed: Box[] = [];
  const nodes: Box[] = candidates.map((c) => ({
    x1: c.x - c.radius,
    x2: c.x + c.radius,
    y1: c.y - c.radius,
    y2: c.y + c.radius,
  }));
  const result = new Map<string, LabelSide>();
  candidates.forEach((candidate, index) => {
    const free = (side: LabelSide) => {
      const box = boxOf(candidate, side);
      return !placed.some((p) => overlaps(p, box)) && !nodes.some((n, i) => i !== index && overlaps(n, box));
    };
    const side =
      sides.find(free) ?? sides.find((s) => !placed.some((p) => overlaps(p, boxOf(candidate, s)))) ?? 'bottom';
    placed.push(boxOf(candidate, side));
    result.set(candidate.id, side);
  });
  return result;
}

// Map labels that never overlap: taken in order of priority (the selected municipality, the Samtgemeinden, the
// towns, then by demand), each placed at its anchor or just above, below, right or left of it, wherever it meets
// no label placed before and stays inside the view; a label with no free place is left out (its name shows on
// click, in the details). Screen coordinates: placed again after every pan and zoom, with the text size fixed.

export interface LabelCandidate {
  id: string;
  lines: string[];
  x: number; // anchor, screen pixels
  y: number;
  priority: number; // lower first
  fontSize: number;
  bold?: boolean;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel extends LabelCandidate {
  box: Box; // the text's box, with a small margin
}

export const lineHeight = 1.2; // of the font size

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Places what fits; `measure` gives a line's width in pixels at a font size. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (text: string, fontSize: number, bold: boolean) => number,
  view: { width: number; height: number },
  margin = 2,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    const width = Math.max(...candidate.lines.map((line) => measure(line, candidate.fontSize, !!candidate.bold)));
    const height = candidate.lines.length * candidate.fontSize * lineHeight;
    const gap = candidate.fontSize * 0.6;
    const step = height + 2 * margin + 1; // one line of the same size further up or down
    // Centred on the anchor, then above, below, to the right and to the left of it.
    const offsets = [
      [0, 0],
      [0, -step],
      [0, step],
      [width / 2 + gap, 0],
      [-(width / 2 + gap), 0],
    ] as const;
    for (const [dx, dy] of offsets) {
      const cx = candidate.x + dx;
      const cy = candidate.y + dy;
      const box = {
        left: cx - width / 2 - margin,
        top: cy - height / 2 - margin,
        right: cx + width / 2 + margin,
        bottom: cy + height / 2 + margin,
      };
      if (box.left < 0 || box.top < 0 || box.right > view.width || box.bottom > view.height) continue;
      if (placed.some((other) => overlaps(box, other.box))) continue;
      placed.push({ ...candidate, x: cx, y: cy, box });
      break;
    }
  }
  return placed;
}

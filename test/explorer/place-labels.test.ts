// Map labels by priority (explorer/src/graph/place-labels.ts): no two placed labels overlap, the higher priority
// wins a contested place, a label moves beside its anchor before it is left out.
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../explorer/src/graph/place-labels.js';

const measure = (text: string, fontSize: number) => text.length * fontSize * 0.6;
const view = { width: 400, height: 300 };
const label = (id: string, x: number, y: number, priority: number): LabelCandidate => ({
  id,
  lines: [id],
  x,
  y,
  priority,
  fontSize: 11,
});

describe('placeLabels', () => {
  it('places the higher priority at the contested anchor and moves the other beside it', () => {
    const placed = placeLabels([label('Hoyerhagen', 200, 150, 5), label('Hoya', 200, 150, 1)], measure, view);
    expect(placed.map((p) => p.id)).toEqual(['Hoya', 'Hoyerhagen']);
    expect(placed[0]).toMatchObject({ x: 200, y: 150 });
    expect(placed[1]!.y).not.toBe(150);
  });

  it('never lets two placed labels overlap, and leaves out what has no free place', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => label(`Gemeinde ${i}`, 200 + (i % 3), 150 + (i % 5), i));
    const placed = placeLabels(crowd, measure, view);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(crowd.length);
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(
            a.box.left < b.box.right &&
              b.box.left < a.box.right &&
              a.box.top < b.box.bottom &&
              b.box.top < a.box.bottom,
          ).toBe(false);
  });

  it('keeps labels inside the view', () => {
    const placed = placeLabels([label('Rand', 2, 2, 0)], measure, view);
    for (const p of placed) expect(p.box.left).toBeGreaterThanOrEqual(0);
  });
});

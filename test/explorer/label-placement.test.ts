// The names of the network's best connected actors (explorer/src/graph/label-placement.ts): each on the first side of
// its node where it meets no name placed before and no node, on two lines when one line finds no such place, over a
// node rather than over a name, and left out (named on hover) when every place lies on another name.
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  labelBox,
  placeLabels,
  roomBySwap,
  roomNearby,
  type LabelCandidate,
} from '../../explorer/src/graph/label-placement.js';

const actor = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x,
  y,
  radius: 5,
  width: 120,
  height: 14,
  ...extra,
});

describe('placeLabels', () => {
  it('puts a lone name below its node', () => {
    const places = placeLabels([actor('a', 200, 200)]);
    expect([...places.keys()]).toEqual(['a']);
    expect(places.get('a')).toEqual({ side: 'bottom', wrapped: false, box: labelBox(actor('a', 200, 200), 'bottom') });
  });

  it('gives two close actors names that do not lie on each other or on the other node', () => {
    const first = actor('first', 200, 200);
    const second = actor('second', 210, 210);
    const places = placeLabels([first, second]);
    const a = labelBox(first, places.get('first')!.side);
    const b = labelBox(second, places.get('second')!.side);
    expect(boxesOverlap(a, b)).toBe(false);
    expect(boxesOverlap(a, { x1: 205, y1: 205, x2: 215, y2: 215 })).toBe(false);
    expect(boxesOverlap(b, { x1: 195, y1: 195, x2: 205, y2: 205 })).toBe(false);
  });

  it('keeps a name off the other nodes drawn where it can', () => {
    const blocker = { x1: 190, y1: 206, x2: 210, y2: 226 }; // right below the actor
    expect(placeLabels([actor('a', 200, 200)], [blocker]).get('a')?.side).toBe('top');
  });

  it('breaks a name onto two lines when one line finds no free place', () => {
    // The view's edges leave a wide name only above or below, and two dots at the far left block both.
    const view = { width: 300, height: 400 };
    const dots = [
      { x1: 25, y1: 210, x2: 35, y2: 220 },
      { x1: 25, y1: 182, x2: 35, y2: 190 },
    ];
    const middle = actor('middle', 150, 200, { width: 260, wrapped: { width: 90, height: 28 } });
    expect(placeLabels([middle], dots, view).get('middle')).toMatchObject({ side: 'bottom', wrapped: true });
    // Without a way to break it, it goes over a dot rather than nowhere.
    expect(placeLabels([{ ...middle, wrapped: undefined }], dots, view).get('middle')).toMatchObject({
      side: 'bottom',
      wrapped: false,
    });
  });

  it('leaves out a name whose every place lies on another name, and places the more important first', () => {
    // Eight names placed around the same spot take every side of the last actor there.
    const crowd = Array.from({ length: 9 }, (_, i) => actor(`a${i}`, 200, 200, { width: 300, height: 60 }));
    const places = placeLabels(crowd);
    expect(places.has('a0')).toBe(true);
    expect(places.has('a8')).toBe(false);
    const boxes = [...places].map(([id, place]) =>
      labelBox(
        crowd.find((c) => c.id === id)!,
        place.side,
      ),
    );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('places a municipality’s name only above its box, and leaves it out when a name is there', () => {
    const group = { id: 'g', x: 200, y: 100, radius: 0, width: 80, height: 14, sides: ['top'] as const };
    expect(placeLabels([group]).get('g')).toMatchObject({ side: 'top', wrapped: false });
    const above = actor('a', 200, 60, { width: 200, height: 30, sides: ['bottom'] });
    const places = placeLabels([above, group]);
    expect(places.get('a')?.side).toBe('bottom');
    expect(places.has('g')).toBe(false);
  });
});

describe('placeLabels with names to keep', () => {
  // A's first choice (below it) takes the one place B has (above B).
  const a = actor('a', 100, 100, { width: 100, height: 14, sides: ['bottom', 'top'] });
  const b = actor('b', 100, 130, { width: 100, height: 14, sides: ['top'] });

  it('leaves a later name out where an earlier one took its only place', () => {
    const places = placeLabels([a, b]);
    expect(places.get('a')?.side).toBe('bottom');
    expect(places.has('b')).toBe(false);
  });

  it('places a name to keep first where it found no place, and the others around it', () => {
    const places = placeLabels([a, { ...b, keep: true }]);
    expect(places.get('b')?.side).toBe('top');
    expect(places.get('a')?.side).toBe('top');
    expect(boxesOverlap(places.get('a')!.box, places.get('b')!.box)).toBe(false);
  });
});

describe('roomNearby', () => {
  // An actor between four names placed around it: every side of it lies on one of them.
  const boxed = actor('a', 200, 200, { width: 100, height: 14 });
  const names = [
    { x1: 140, y1: 170, x2: 260, y2: 192 }, // above
    { x1: 140, y1: 208, x2: 260, y2: 230 }, // below
    { x1: 100, y1: 188, x2: 194, y2: 212 }, // left
    { x1: 206, y1: 188, x2: 300, y2: 212 }, // right
  ];
  const view = { width: 600, height: 400 };

  it('finds nothing when the node may not move and every side of it lies on a name', () => {
    expect(roomNearby(boxed, names, [], { x1: 200, y1: 200, x2: 200, y2: 200 }, view)).toBeUndefined();
  });

  it('moves the node to the nearest spot where it and its name lie on no name and no node', () => {
    const others = [{ x1: 150, y1: 240, x2: 170, y2: 260 }];
    const room = roomNearby(boxed, names, others, { x1: 0, y1: 0, x2: 600, y2: 400 }, view)!;
    expect(room).toBeDefined();
    const moved = { ...boxed, x: boxed.x + room.dx, y: boxed.y + room.dy };
    expect(room.place.box).toEqual(labelBox(moved, room.place.side));
    const self = { x1: moved.x - 5, y1: moved.y - 5, x2: moved.x + 5, y2: moved.y + 5 };
    for (const box of [...names, ...others]) {
      expect(boxesOverlap(box, room.place.box)).toBe(false);
      expect(boxesOverlap(box, self)).toBe(false);
    }
    // The nearest: no more than the few pixels it takes to clear the names' band above or below.
    expect(Math.hypot(room.dx, room.dy)).toBeLessThanOrEqual(48);
  });

  it('keeps the node within its bounds and its name within the view', () => {
    const bounds = { x1: 180, y1: 200, x2: 400, y2: 200 }; // only sideways, to the right
    const room = roomNearby(boxed, names, [], bounds, { width: 480, height: 400 }, { reach: 160 })!;
    expect(room.dy).toBeCloseTo(0, 6);
    expect(room.dx).toBeGreaterThan(100); // past the name on its right
    expect(room.place.box.x2).toBeLessThanOrEqual(480);
    // Not within the reach given.
    expect(roomNearby(boxed, names, [], bounds, { width: 480, height: 400 }, { reach: 64 })).toBeUndefined();
  });
});

describe('roomBySwap', () => {
  // The same actor between four names; its municipality's other actors are the partners it may trade places with.
  const boxed = actor('a', 200, 200, { width: 100, height: 14 });
  const names = [
    { x1: 140, y1: 170, x2: 260, y2: 192 },
    { x1: 140, y1: 208, x2: 260, y2: 230 },
    { x1: 100, y1: 188, x2: 194, y2: 212 },
    { x1: 206, y1: 188, x2: 300, y2: 212 },
  ];
  const view = { width: 600, height: 400 };
  const nodeAt = (id: string, x: number, y: number) => ({ id, x, y, radius: 4 });
  const boxOf = (p: { id: string; x: number; y: number; radius: number }) => ({
    id: p.id,
    x1: p.x - p.radius,
    y1: p.y - p.radius,
    x2: p.x + p.radius,
    y2: p.y + p.radius,
  });

  it('trades places with the nearest partner whose place leaves its name room', () => {
    const onName = nodeAt('on-name', 150, 180); // nearest, but on the name above: no room there
    const near = nodeAt('near', 400, 300);
    const far = nodeAt('far', 500, 350);
    const partners = [far, onName, near];
    const swap = roomBySwap(boxed, partners, names, partners.map(boxOf), view)!;
    expect(swap.partner.id).toBe('near');
    expect(swap.place.box).toEqual(labelBox({ ...boxed, x: near.x, y: near.y }, swap.place.side));
    for (const box of [...names, boxOf(far)]) expect(boxesOverlap(box, swap.place.box)).toBe(false);
    // The partner now stands where the named actor stood, and the name lies on neither.
    expect(boxesOverlap(swap.place.box, boxOf({ ...near, x: 200, y: 200 }))).toBe(false);
  });

  it('keeps a name off the partner that comes to its old place and off the other nodes', () => {
    // Below the partner's place another actor; the name goes above, right or left of it, never on it.
    const partner = nodeAt('p', 400, 300);
    const below = nodeAt('below', 400, 315);
    const swap = roomBySwap(boxed, [partner], names, [partner, below].map(boxOf), view)!;
    expect(swap.partner.id).toBe('p');
    expect(boxesOverlap(swap.place.box, boxOf(below))).toBe(false);
  });

  it('finds nothing when every partner stands where the name has no room', () => {
    const partners = [nodeAt('above', 150, 180), nodeAt('below', 250, 219)]; // both on a name
    expect(roomBySwap(boxed, partners, names, partners.map(boxOf), view)).toBeUndefined();
  });
});

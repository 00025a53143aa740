// The network's keyboard path (explorer/src/graph/keyboard-neighbour.ts): the arrow keys step through an actor's
// partners clockwise from the top as they lie on the canvas, wrap at the ends, and reach every partner.
import { describe, expect, it } from 'vitest';
import { arrowStep, partnersInOrder, stepAmongPartners } from '../../explorer/src/graph/keyboard-neighbour.js';

const anchor = { x: 0, y: 0 };
// On the canvas y grows downwards: 'north' is above the anchor.
const partners = [
  { id: 'west', x: -10, y: 0 },
  { id: 'south', x: 0, y: 10 },
  { id: 'north', x: 0, y: -10 },
  { id: 'east', x: 10, y: 0 },
];

describe('the keyboard path among partners', () => {
  it('orders the partners clockwise from the top', () => {
    expect(partnersInOrder(anchor, partners)).toEqual(['north', 'east', 'south', 'west']);
  });

  it('steps forward with right and down, back with left and up, wrapping at the ends', () => {
    expect([arrowStep('ArrowRight'), arrowStep('ArrowDown'), arrowStep('ArrowLeft'), arrowStep('ArrowUp')]).toEqual([
      1, 1, -1, -1,
    ]);
    expect(arrowStep('Enter')).toBeUndefined();
    expect(stepAmongPartners(anchor, partners, undefined, 1)).toBe('north');
    expect(stepAmongPartners(anchor, partners, undefined, -1)).toBe('west');
    expect(stepAmongPartners(anchor, partners, 'east', 1)).toBe('south');
    expect(stepAmongPartners(anchor, partners, 'west', 1)).toBe('north');
    expect(stepAmongPartners(anchor, partners, 'north', -1)).toBe('west');
    // From an actor that is not a partner (the anchor itself): the first or the last.
    expect(stepAmongPartners(anchor, partners, 'anchor', 1)).toBe('north');
  });

  it('reaches every partner once in as many steps as there are partners', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({
      id: `p${i}`,
      x: Math.cos(i * 1.7) * (5 + i),
      y: Math.sin(i * 1.7) * (5 + i),
    }));
    const seen: string[] = [];
    let current: string | undefined;
    for (let i = 0; i < many.length; i += 1) {
      current = stepAmongPartners(anchor, many, current, 1);
      seen.push(current!);
    }
    expect(new Set(seen).size).toBe(many.length);
    expect(stepAmongPartners(anchor, many, current, 1)).toBe(seen[0]);
  });

  it('has no step when the actor has no partner; ties on the same bearing go by id', () => {
    expect(stepAmongPartners(anchor, [], undefined, 1)).toBeUndefined();
    expect(
      partnersInOrder(anchor, [
        { id: 'b', x: 0, y: -5 },
        { id: 'a', x: 0, y: -9 },
      ]),
    ).toEqual(['a', 'b']);
  });
});

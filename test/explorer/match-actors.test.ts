// The shortest path's actor picker: which actors a typed text finds, and in which order.
import { describe, expect, it } from 'vitest';
import { matchActors } from '../../explorer/src/data/match-actors.js';

const actor = (id: string, name: string, city: string | null = null) => ({ id, name, city });

const actors = [
  actor('1', 'Volkshochschule Nienburg', 'Nienburg/Weser'),
  actor('2', 'Jobcenter Landkreis Nienburg/Weser', 'Nienburg/Weser'),
  actor('3', 'Sprachschule Müller', 'Stolzenau'),
  actor('4', 'Café Miteinander', 'Hoya'),
  actor('5', 'Nienburger Tafel e. V.', 'Nienburg/Weser'),
];

describe('matchActors', () => {
  it('finds every actor whose name or place contains all typed words, names beginning with the text first', () => {
    expect(matchActors(actors, 'nienburg', 12).map((a) => a.id)).toEqual(['5', '2', '1']);
    expect(matchActors(actors, 'schule stolzenau', 12).map((a) => a.id)).toEqual(['3']);
  });

  it('ignores case and accents', () => {
    expect(matchActors(actors, 'MULLER', 12).map((a) => a.id)).toEqual(['3']);
    expect(matchActors(actors, 'cafe', 12).map((a) => a.id)).toEqual(['4']);
  });

  it('finds nothing for blank text or a word no actor has, and stops at the limit', () => {
    expect(matchActors(actors, '   ', 12)).toEqual([]);
    expect(matchActors(actors, 'nienburg bremen', 12)).toEqual([]);
    expect(matchActors(actors, 'e', 2)).toHaveLength(2);
  });
});

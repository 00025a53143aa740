// The folding and matching of search text (server/search/): the spellings of issue 15 meet, different words do not.
import { describe, expect, it } from 'vitest';
import { foldKey, foldWords } from '../../../server/search/fold-search-text.js';
import { matchName, prepareName, prepareQuery } from '../../../server/search/match-search-text.js';
import { defaultAliases, toAliasGroups } from '../../../server/search/search-aliases.js';

describe('foldKey', () => {
  it.each([
    ['Bücken', 'Bucken', 'Buecken', 'BÜCKEN'],
    ['Haßbergen', 'Hassbergen', 'hassbergen'],
    ['Brückenschlag', 'Brueckenschlag', 'Bruckenschlag'],
    ['Weser-Aue', 'Weseraue', 'Weser Aue', 'weser–aue'],
    ['Elterncafé', 'Elterncafe', 'ELTERNCAFE'],
    ['Hämelhausen', 'Haemelhausen', 'Hamelhausen'],
  ])('folds %s and its other spellings to one key', (...spellings) => {
    expect(new Set(spellings.map(foldKey)).size).toBe(1);
  });

  it('keeps the "ue" of Aue, neue, Steuer and Quelle (a vowel or q before it), and tells other words apart', () => {
    expect(foldWords('neue Steuer Quelle Aue')).toEqual(['neue', 'steuer', 'quelle', 'aue']);
    expect(foldKey('Hoya')).not.toBe(foldKey('Hoyerhagen'));
    expect(foldKey('Uchte')).not.toBe(foldKey('Ucht'));
  });
});

describe('matchName', () => {
  const aliases = toAliasGroups(defaultAliases);
  const match = (name: string, text: string) => matchName(prepareName(name), prepareQuery(text, aliases));

  it('ranks the whole name, its beginning, word beginnings and inside', () => {
    expect(match('Nienburg/Weser', 'nienburg weser')).toBe('EXACT');
    expect(match('Nienburg/Weser', 'Nienburg')).toBe('PREFIX');
    expect(match('Volkshochschule Nienburg', 'Nienburg')).toBe('WORDS');
    expect(match('Sprachschule Nienburger Straße', 'burg')).toBe('CONTAINS');
    expect(match('Nienburg/Weser', 'Hoya')).toBeUndefined();
  });

  it('needs every typed word, in any of its forms', () => {
    expect(match('Volkshochschule Weserkreis Demo (fiktiv)', 'VHS Weserkreis')).toBe('PREFIX');
    expect(match('Außenstelle der Volkshochschule', 'VHS')).toBe('WORDS');
    expect(match('VHS Nienburg', 'Volkshochschule')).toBe('PREFIX');
    expect(match('Volkshochschule Weserkreis', 'VHS Uchte')).toBeUndefined();
  });
});

// The search grammar alone (no database): what a phrase becomes for Lucene, and which phrases are refused.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.js';
import { parseSearchPhrase } from '../../../server/search/parse-search-phrase.js';

function refusal(phrase: string, limits?: { maxLength: number; maxWords: number }): AppError {
  try {
    parseSearchPhrase(phrase, limits);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(phrase)} was not refused`);
}

describe('parseSearchPhrase', () => {
  it('requires every word, quoting each so that nothing in it acts as an operator', () => {
    expect(parseSearchPhrase('Sprachkurs Nienburg')).toBe('"Sprachkurs" AND "Nienburg"');
    expect(parseSearchPhrase('  Hoya  ')).toBe('"Hoya"');
    expect(parseSearchPhrase('(')).toBe('"("');
    expect(parseSearchPhrase('-')).toBe('"-"');
    expect(parseSearchPhrase('NOT')).toBe('"NOT"');
    expect(parseSearchPhrase('a\\b')).toBe('"a\\\\b"');
  });

  it('reads a trailing * as a prefix and escapes the rest of the word', () => {
    expect(parseSearchPhrase('Sprach*')).toBe('Sprach*');
    expect(parseSearchPhrase('Sprach** Neu*')).toBe('Sprach* AND Neu*');
    expect(parseSearchPhrase('a(b)*')).toBe('a\\(b\\)*');
    expect(parseSearchPhrase('*a?*')).toBe('\\*a\\?*');
    expect(parseSearchPhrase('AND*')).toBe('AND*');
    // A lone * asks for everything: it is no term.
    expect(parseSearchPhrase('* Hoya')).toBe('"Hoya"');
  });

  it('keeps quoted words together, an unclosed quote running to the end', () => {
    expect(parseSearchPhrase('"Deutsch für  Eltern" Nienburg')).toBe('"Deutsch für Eltern" AND "Nienburg"');
    expect(parseSearchPhrase('Kurs "A1 Eltern')).toBe('"Kurs" AND "A1 Eltern"');
    expect(parseSearchPhrase('"a*"')).toBe('"a*"');
  });

  it('takes OR and AND between two terms as operators, and as words anywhere else', () => {
    expect(parseSearchPhrase('Hoya OR Nienburg')).toBe('("Hoya") OR ("Nienburg")');
    expect(parseSearchPhrase('a b OR c')).toBe('("a" AND "b") OR ("c")');
    expect(parseSearchPhrase('Sprachschule* AND Neuland*')).toBe('Sprachschule* AND Neuland*');
    expect(parseSearchPhrase('AND')).toBe('"AND"');
    expect(parseSearchPhrase('a OR')).toBe('"a" AND "OR"');
    expect(parseSearchPhrase('a OR OR b')).toBe('"a" AND "OR" AND "OR" AND "b"');
    expect(parseSearchPhrase('a or b')).toBe('"a" AND "or" AND "b"');
  });

  it('refuses an empty phrase with BAD_USER_INPUT in English and German', () => {
    for (const phrase of ['', '   ', '*', '""', '" "']) {
      const error = refusal(phrase);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'SEARCH_PHRASE_EMPTY',
        field: 'phrase',
      });
      expect(error.message).toMatch(/^The search phrase ".*" has no word to search for$/);
      expect(error.extensions.messageDe).toMatch(/^Der Suchbegriff ".*" enthält kein Wort/);
    }
  });

  it('refuses phrases over the limits, naming the limit, the setting and the size', () => {
    const long = refusal('x'.repeat(900_000));
    expect(long.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SEARCH_PHRASE_TOO_LONG',
      limit: 200,
      length: 900_000,
    });
    expect(long.message).toMatch(/has 900000 characters; at most 200 are allowed \(SEARCH_MAX_LENGTH\)$/);
    expect(long.extensions.messageDe).toMatch(/hat 900000 Zeichen; erlaubt sind höchstens 200 \(SEARCH_MAX_LENGTH\)$/);
    const words = refusal(Array(2000).fill('w').join(' '), { maxLength: 1_000_000, maxWords: 10 });
    expect(words.extensions).toMatchObject({ reason: 'SEARCH_PHRASE_TOO_LONG', limit: 10, length: 2000 });
    expect(words.message).toMatch(/has 2000 words; at most 10 are allowed \(SEARCH_MAX_WORDS\)$/);
    // Words inside quotes count one by one; operators do not count.
    expect(refusal('"a b c" d', { maxLength: 200, maxWords: 3 }).extensions.length).toBe(4);
    expect(parseSearchPhrase('a OR b OR c', { maxLength: 200, maxWords: 3 })).toBe('("a") OR ("b") OR ("c")');
    // Characters are counted as the caller sees them, not in UTF-16 units.
    expect(parseSearchPhrase('😀'.repeat(200))).toBe(`"${'😀'.repeat(200)}"`);
  });
});

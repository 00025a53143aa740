// The CSV export's cells: separators and quotes escaped, formula starts neutralised.
import { describe, expect, it } from 'vitest';
import { toCsv, toCsvCell } from '../../explorer/src/export/to-csv.js';

describe('toCsvCell', () => {
  it('prefixes what a spreadsheet would run as a formula with a quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(toCsvCell(`${start}HYPERLINK("x")`).replace(/^"/, '')).toMatch(/^'/);
    expect(toCsvCell('=1+1')).toBe("'=1+1");
    expect(toCsvCell('Nienburg/Weser')).toBe('Nienburg/Weser');
    expect(toCsvCell(12)).toBe('12');
    expect(toCsvCell(null)).toBe('');
  });

  it('quotes cells holding separators, quotes or line breaks', () => {
    expect(toCsvCell('a;b')).toBe('"a;b"');
    expect(toCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(toCsv(['A', 'B'], [['x', 'line\nbreak']])).toBe('A;B\r\nx;"line\nbreak"\r\n');
  });
});

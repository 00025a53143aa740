// Telling the encoding of a CSV file: what is accepted (UTF-8 with and without BOM, UTF-16 with BOM, plausible
// Windows-1252) and what is refused with the line it happens on.
import { describe, expect, it } from 'vitest';
import { decodeText, findMojibake } from '../../../server/import-export/decode-text.js';
import { detectDelimiter } from '../../../server/import-export/read-table.js';

const text = 'Name;Ort\r\nSprachcafé „Miteinander“ – 2 €;Größenwald\r\n';

function cp1252(value: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
  return Buffer.from([...value].map((char) => extra[char] ?? char.charCodeAt(0)));
}

describe('decodeText', () => {
  it('reads UTF-8, with or without BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({
      ok: true,
      text,
      encoding: 'utf-8 with BOM',
    });
  });
  it('reads UTF-16 with a byte order mark', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
      ok: true,
      text,
      encoding: 'utf-16le',
    });
  });
  it('reads Windows-1252, including the characters of 0x80-0x9F that Latin-1 lacks', () => {
    expect(decodeText(cp1252(text))).toEqual({ ok: true, text, encoding: 'windows-1252' });
  });
  it('refuses bytes that Windows-1252 does not define, naming the line', () => {
    const result = decodeText(Buffer.concat([Buffer.from('a;b\nc;d\n'), Buffer.from([0x8d]), Buffer.from(';e\n')]));
    expect(result).toMatchObject({ ok: false, line: 3 });
  });
  it('refuses a DOS code page whose umlauts would read as punctuation inside words', () => {
    // "Müller" in CP850 (ü = 0x81 is undefined in Windows-1252) and "Bär" (ä = 0x84, read as „).
    expect(decodeText(Buffer.from([0x4d, 0x81, 0x6c, 0x6c, 0x65, 0x72])).ok).toBe(false);
    expect(decodeText(Buffer.from([0x42, 0x84, 0x72, 0x65, 0x6e]))).toMatchObject({ ok: false, line: 1 });
  });
  it('refuses binary data and UTF-16 without BOM', () => {
    expect(decodeText(Buffer.from('a;b\r\n', 'utf16le'))).toMatchObject({ ok: false, line: 1 });
    expect(decodeText(Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0x00, 0x01]))).toMatchObject({ ok: false, line: 2 });
  });
  it('refuses UTF-8 with BOM that breaks off', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xc3]))).toMatchObject({ ok: false, line: 2 });
  });
});

describe('findMojibake', () => {
  it('finds text that was converted twice', () => {
    expect(findMojibake('MÃ¼ller')).toMatch(/"Ã¼"/);
    expect(findMojibake('GrÃ¶ÃŸe')).toMatch(/"Ã¶"/);
    expect(findMojibake('â€žZitatâ€œ')).toMatch(/"â€"/);
    expect(findMojibake('20 Â°C')).toMatch(/"Â°"/);
    expect(findMojibake('Stra\uFFFDe')).toMatch(/replacement character/);
  });
  it('leaves real text alone', () => {
    for (const ok of ['Müller', 'São Paulo', 'ÃRVORE', 'Ärger', 'Œuvre', '„Zitat“', 'Â'])
      expect(findMojibake(ok)).toBeUndefined();
  });
});

describe('detectDelimiter', () => {
  it('takes the delimiter used most in the first line, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('"x;y;z",b,c\n')).toBe(',');
  });
});

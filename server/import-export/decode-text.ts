// Turns the bytes of a CSV file into text, or says precisely why it cannot. Accepted: UTF-8 (with or without
// BOM), UTF-16 with BOM (Excel's "Unicode text"), and Windows-1252 (what German Excel writes as "CSV") when the
// bytes are not UTF-8 and read as plausible Windows-1252 text. Node's own "windows-1252" decoder is ISO-8859-1
// in disguise (0x80-0x9F become control characters), so the 0x80-0x9F block is mapped here.

export type TextEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; message: string; line?: number };

// Windows-1252 0x80..0x9F; null where the code page defines no character.
const cp1252High: (string | null)[] = [
  '€',
  null,
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  null,
  'Ž',
  null,
  null,
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  null,
  'ž',
  'Ÿ',
];

// Control characters are what this looks for: text where a decoder went wrong.
// eslint-disable-next-line no-control-regex -- see above
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The offset of the first byte that breaks UTF-8, or -1 when all of it is well-formed UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function decodeCp1252(bytes: Uint8Array): { text: string } | { badOffset: number } {
  let text = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) {
      const char = cp1252High[b - 0x80];
      if (!char) return { badOffset: i };
      text += char;
    } else {
      text += String.fromCharCode(b);
    }
  }
  return { text };
}

// Symbols of 0x80-0x9F that Windows-1252 text does not put between two letters. Bytes of DOS code pages (e.g.
// CP850: ä = 0x84, ö = 0x94) and of Mac Roman land exactly there, so they are how a wrong guess shows.
const symbolsBetweenLetters = /\p{L}[‚„…†‡ˆ‰‹‘’“”•–—˜™›€]\p{L}/u;

function describeByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

const saveAsUtf8 = 'Save the file as "CSV UTF-8" (Excel: File > Save as > CSV UTF-8) and import it again';

/** Decodes CSV bytes; see the file comment for what is accepted. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    const bad = firstInvalidUtf8(rest);
    if (bad >= 0) {
      return {
        ok: false,
        line: lineAt(rest, bad),
        message: `The file starts as UTF-8 (with BOM) but byte ${describeByte(rest[bad]!)} on line ${lineAt(rest, bad)} is not UTF-8. ${saveAsUtf8}`,
      };
    }
    return checked(new TextDecoder('utf-8').decode(rest), 'utf-8 with BOM');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return checked(new TextDecoder('utf-8').decode(bytes), 'utf-8');
  const cp1252 = decodeCp1252(bytes);
  if ('badOffset' in cp1252) {
    const line = lineAt(bytes, cp1252.badOffset);
    return {
      ok: false,
      line,
      message: `The file is neither UTF-8 nor Windows-1252: byte ${describeByte(bytes[cp1252.badOffset]!)} on line ${line} has no meaning in either. ${saveAsUtf8}`,
    };
  }
  const lines = cp1252.text.split('\n');
  const suspicious = lines.findIndex((text) => symbolsBetweenLetters.test(text));
  if (suspicious >= 0) {
    const sample = symbolsBetweenLetters.exec(lines[suspicious]!)![0];
    return {
      ok: false,
      line: suspicious + 1,
      message: `The encoding of the file cannot be recognised: it is not UTF-8, and read as Windows-1252 line ${suspicious + 1} would contain "${sample}" (perhaps a DOS or Mac code page). ${saveAsUtf8}`,
    };
  }
  return checked(cp1252.text, 'windows-1252');
}

function checked(text: string, encoding: TextEncoding): DecodeResult {
  const lines = text.split('\n');
  const binary = lines.findIndex((line) => controlCharacter.test(line));
  if (binary >= 0) {
    const code = controlCharacter.exec(lines[binary]!)![0].charCodeAt(0);
    return {
      ok: false,
      line: binary + 1,
      message: `Line ${binary + 1} contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}: this is not a text (CSV) file${code === 0 ? ', or it is UTF-16 without a byte order mark' : ''}. ${saveAsUtf8}`,
    };
  }
  return { ok: true, text, encoding };
}

// "Ã¤" for ä, "â€ž" for „, "Â°" for °: UTF-8 read as Windows-1252 and saved again. The second character of such
// a pair is one Windows-1252 maps to 0x80-0xBF, which no German word puts after "Ã" or "â€".
const mojibake =
  /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€|Â[\u00A0-\u00BF]/;

/** A message when a cell's text shows the marks of a broken conversion, else undefined. */
export function findMojibake(text: string): string | undefined {
  const match = mojibake.exec(text);
  if (match) {
    return `contains "${match[0]}", the mark of text that was converted to UTF-8 twice (e.g. "Ã¼" for "ü"); fix the encoding of the file and import it again`;
  }
  if (text.includes('\uFFFD'))
    return 'contains the replacement character "\uFFFD": characters were lost in an earlier conversion; fix the encoding of the file and import it again';
  return undefined;
}

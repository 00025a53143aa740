// The text rule every write path shares, without a database: any text with a forbidden code point is refused and the
// message names it escaped; any printable text within the limit passes; lists and defaults are bounded too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote } from '../../../server/errors.js';
import { fieldRules, ruleOf } from '../../../server/validation/field-rules.js';
import {
  escapeText,
  formulaPattern,
  isForbiddenCodePoint,
  markupPattern,
  listLimits,
  textLimits,
  textRule,
} from '../../../server/validation/text-rules.js';

const forbidden = fc.oneof(
  fc.integer({ min: 0x00, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0x202a, max: 0x202e }),
  fc.integer({ min: 0x2066, max: 0x2069 }),
  fc.integer({ min: 0xd800, max: 0xdfff }), // alone: a lone surrogate
  fc.constantFrom(0x2028, 0x2029),
);
const multilineAllowed = new Set([0x09, 0x0a, 0x0d, 0x2028, 0x2029]);

/** Printable text: any code point (astral ones as whole pairs) but the forbidden ones. */
const printable = (maxLength: number) =>
  fc.string({ unit: 'grapheme', maxLength }).filter((text) => {
    for (const character of text) if (isForbiddenCodePoint(character.codePointAt(0)!)) return false;
    return [...text].length <= maxLength;
  });

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds the code point raw (a surrogate: alone, not as half of a pair). */
function holdsRaw(text: string, codePoint: number): boolean {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return loneSurrogate.test(text);
  return text.includes(String.fromCharCode(codePoint));
}

describe('text rule', () => {
  it('refuses any text holding a forbidden code point, naming it as U+XXXX and its position', () => {
    fc.assert(
      fc.property(printable(60), forbidden, printable(60), fc.boolean(), (before, codePoint, after, multiline) => {
        fc.pre(!(multiline && multilineAllowed.has(codePoint)));
        const text = `${before}${String.fromCharCode(codePoint)}${after}`;
        const problem = textRule('name', { multiline })(text);
        const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
        expect(problem).toContain(`U+${hex}`);
        expect(problem).toContain(`at character ${[...before].length + 1}`);
        // The message and the quoted value carry the character escaped, never raw.
        expect(holdsRaw(problem!, codePoint)).toBe(false);
        expect(holdsRaw(quote(text), codePoint)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('passes any printable text within the limit, one line or several', () => {
    // Markup and formula starts aside, which have their own rule (below).
    const plain = (text: string) => !markupPattern.test(text) && !formulaPattern.test(text);
    fc.assert(
      fc.property(printable(textLimits.name).filter(plain), (text) => {
        expect(textRule('name')(text)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        fc.array(printable(40), { maxLength: 20 }).filter((lines) => plain(lines.join('\r\n'))),
        (lines) => {
          expect(textRule('text', { multiline: true })(lines.join('\r\n'))).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts characters, not UTF-16 units, and refuses one above the limit', () => {
    const emoji = '😀'.repeat(textLimits.name); // 400 UTF-16 units, 200 characters
    expect(textRule('name')(emoji)).toBeUndefined();
    expect(textRule('name')(`${emoji}x`)).toBe(`must be at most ${textLimits.name} characters long (has 201)`);
  });

  it('refuses line breaks and tabs in one-line fields only', () => {
    expect(fieldRules.Actor!.name!('Verein\nfür Bildung')).toMatch(/line breaks or tabs .*U\+000A \(LINE FEED\)/);
    expect(fieldRules.Actor!.description!('Zeile 1\nZeile 2\tmit Tab')).toBeUndefined();
    expect(fieldRules.Need!.note!('a\u202Eb')).toMatch(/U\+202E \(RIGHT-TO-LEFT OVERRIDE\) at character 2/);
  });

  it('bounds every text field by its kind and any field without a rule by the default', () => {
    expect(fieldRules.Offer!.description!('x'.repeat(textLimits.text + 1))).toMatch(/at most 5000 characters/);
    expect(fieldRules.CourseTypeSetting!.basis!('x'.repeat(500_000))).toMatch(/at most 5000 characters/);
    expect(fieldRules.Actor!.email!(`${'a'.repeat(250)}@example.org`)).toMatch(/at most 254 characters/);
    expect(ruleOf('Meeting', 'someFutureField', 'text')!('x'.repeat(textLimits.default + 1))).toMatch(
      /at most 1000 characters/,
    );
    expect(ruleOf('Meeting', 'someFutureList', 'list')!(Array(listLimits.default + 1).fill('x'))).toMatch(
      /at most 100 items/,
    );
    expect(ruleOf('Meeting', 'someFutureField', 'text')!('a\u0000b')).toMatch(/U\+0000 \(NUL\)/);
  });

  it('bounds lists: languages and target groups', () => {
    expect(fieldRules.Offer!.languages!(Array(listLimits.languages + 1).fill('de'))).toMatch(/at most 50 items/);
    expect(fieldRules.Offer!.targetGroups!(Array(listLimits.enumList + 1).fill('ADULTS'))).toMatch(/at most 20 items/);
    expect(fieldRules.Offer!.languages!(['de', 'ar'])).toBeUndefined();
  });

  it('refuses non-finite numbers and names them as themselves', () => {
    expect(fieldRules.Offer!.cost!(Infinity)).toBe('must be a finite number, not Infinity');
    expect(fieldRules.Offer!.location!({ latitude: Infinity, longitude: 9 })).toMatch(/not Infinity/);
    expect(fieldRules.Offer!.location!({ latitude: 52, longitude: 9, height: -Infinity })).toMatch(/-Infinity/);
    expect(quote(Infinity)).toBe('"Infinity"');
    expect(quote({ latitude: -Infinity })).toBe('"{"latitude":"-Infinity"}"');
  });

  it('refuses markup in every kind of text, and formula starts in the text a person reads', () => {
    for (const markup of [
      '<b>fett</b>',
      '</script>',
      '< script>',
      '<!-- x -->',
      '<?xml',
      'A &amp; B',
      '&#60;',
      'x<img src=x>',
    ])
      for (const kind of ['name', 'title', 'line', 'text', 'key', 'source', 'url', 'default'] as const)
        expect(textRule(kind, { multiline: true })(markup), `${kind} ${markup}`).toMatch(/^must not contain markup/);
    for (const formula of ['=1+1', '+SUMME(A1)', '-2+3', '@cmd', '  =x', '\t=x', '\rx', '\n=x'])
      for (const kind of ['name', 'title', 'line', 'text', 'email'] as const)
        expect(textRule(kind, { multiline: true })(formula), `${kind} ${JSON.stringify(formula)}`).toMatch(
          /^must not start with =, \+, -, @/,
        );
    // Keys of other systems, phone numbers and web addresses keep their formats; exports defuse them.
    expect(textRule('key')('-17')).toBeUndefined();
    expect(fieldRules.Actor!.phone!('+49 5021 1234')).toBeUndefined();
    for (const fine of ['5 < 6', 'Kinder <6 Jahre', 'A & B;', 'A&B', 'Bildung - Beruf', 'E-Mail: a@b.de', 'x = y'])
      expect(textRule('text')(fine), fine).toBeUndefined();
  });

  it('escapes what it refuses and nothing else', () => {
    expect(escapeText('Zoë \u0000 \u202E \uD800 😀')).toBe('Zoë \\u0000 \\u202E \\uD800 😀');
  });
});

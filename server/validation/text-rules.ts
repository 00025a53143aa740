// The one table of what text may be stored: a length limit per kind of text field, and the code points no text
// field takes (control characters, lone surrogates, bidirectional overrides and isolates, which hide or reorder
// what a reader sees, e.g. a name that displays differently from what it is). Every write path applies these
// through the field rules of field-rules.ts: generated mutations, upsertOffers, the custom mutations and the import.
// No field holds HTML: markup (a tag or an entity) is refused in every text field, since it is either pasted from a
// web page (and would show as "&amp;" once escaped) or aimed at a reader that does not escape (a partner's site, a
// mail). Text a person reads (names, titles, lines, free text, e-mail addresses) may not start as a spreadsheet
// formula either: nobody names a course "=1+1", and the county's lists travel as CSV and XLSX. Keys, sources,
// phone numbers (+49 ...) and web addresses keep their formats; every export still defuses what it writes
// (server/import-export/write-table.ts), for values stored before this rule.

/** Returns a message for a bad value, or undefined when the value is fine. Null values are not checked. */
export type FieldRule = (value: unknown) => string | undefined;

/** The longest text of each kind, in characters (code points). */
export const textLimits = {
  name: 200, // names of actors, networks, municipalities, districts, states, cities
  title: 300, // offer titles
  line: 500, // other one-line text: address, schedule, meeting topic and place
  text: 5_000, // multi-line text: descriptions, notes, decisions, the basis of a setting
  url: 2_000,
  email: 254, // RFC 5321's limit of a forward path
  phone: 30,
  key: 200, // ids, external ids, references by key
  source: 100, // a partner system's or import's name
  languageCode: 3, // ISO 639
  default: 1_000, // any String field not listed in field-rules.ts
} as const;

export type TextKind = keyof typeof textLimits;

/** The kinds of text a person reads as prose: refused when they start as a spreadsheet formula. */
const readableKinds = new Set<TextKind>(['name', 'title', 'line', 'text', 'email']);

/** A tag like <b>, </script>, <!-- or <?xml, or an HTML entity like &amp; or &#60;. */
export const markupPattern = /<\s*\/?\s*[a-z!?]|&#?[a-z0-9]+;/i;
/** What a spreadsheet runs as a formula when it opens a CSV or XLSX cell: =, +, -, @ first (after blanks), a tab or a CR. */
export const formulaPattern = /^(\s*[=+\-@]|[\t\r])/;

export const markupProblem = 'must not contain markup (HTML tags or entities such as <b> or &amp;)';
export const formulaProblem =
  'must not start with =, +, -, @, a tab or a line break (a spreadsheet would read it as a formula)';

/** The most items of a list field of each kind. */
export const listLimits = {
  languages: 50,
  enumList: 20, // e.g. targetGroups (10 values); duplicates make it longer
  default: 100, // any list field not listed in field-rules.ts
} as const;

const controlNames: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BACKSPACE',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0b: 'VERTICAL TAB',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** Line breaks and tabs: allowed in multi-line fields only. */
const lineBreaks = new Set([0x09, 0x0a, 0x0d, 0x2028, 0x2029]);

function isBidiControl(codePoint: number): boolean {
  return (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** True for a code point no text field takes (line breaks and tabs aside, which multi-line fields take). */
export function isForbiddenCodePoint(codePoint: number): boolean {
  return isControl(codePoint) || isSurrogate(codePoint) || isBidiControl(codePoint) || lineBreaks.has(codePoint);
}

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)": a code point as a reader can see it, never the character itself. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    controlNames[codePoint] ??
    (isSurrogate(codePoint) ? 'a lone surrogate' : isControl(codePoint) ? 'a control character' : undefined);
  return name ? `${hex} (${name})` : hex;
}

/** The text with every forbidden code point written as \uXXXX, so that a message never carries the raw character. */
export function escapeText(text: string): string {
  let escaped = '';
  // for...of walks code points: a lone surrogate comes as itself, a pair as one character.
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    escaped += isForbiddenCodePoint(codePoint)
      ? `\\u${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
      : character;
  }
  return escaped;
}

/** The first code point the text may not hold, with its position (1-based, in characters), or undefined. */
export function findForbiddenCodePoint(
  text: string,
  multiline: boolean,
): { codePoint: number; position: number } | undefined {
  let position = 0;
  for (const character of text) {
    position += 1;
    const codePoint = character.codePointAt(0)!;
    if (!isForbiddenCodePoint(codePoint)) continue;
    if (multiline && lineBreaks.has(codePoint)) continue;
    return { codePoint, position };
  }
  return undefined;
}

/** Length in characters (code points), counted only as far as the limit needs. */
function longerThan(text: string, max: number): number | undefined {
  if (text.length <= max) return undefined; // code points never outnumber UTF-16 units
  let count = 0;
  for (const _character of text) count += 1;
  return count > max ? count : undefined;
}

/**
 * The rule of a text field of a kind: a string, within the kind's limit, without forbidden code points, without
 * markup, and (for the readable kinds) not starting as a spreadsheet formula.
 */
export function textRule(kind: TextKind, options: { multiline?: boolean } = {}): FieldRule {
  const max = textLimits[kind];
  const multiline = options.multiline ?? false;
  const refuseFormula = readableKinds.has(kind);
  return (value) => {
    if (typeof value !== 'string') return 'must be text';
    const length = longerThan(value, max);
    if (length !== undefined) return `must be at most ${max} characters long (has ${length})`;
    const found = findForbiddenCodePoint(value, multiline);
    if (found) {
      const what = lineBreaks.has(found.codePoint)
        ? 'line breaks or tabs (one line only)'
        : 'control characters, lone surrogates or bidirectional controls';
      return `must not contain ${what}: ${describeCodePoint(found.codePoint)} at character ${found.position}`;
    }
    if (markupPattern.test(value)) return markupProblem;
    if (refuseFormula && formulaPattern.test(value)) return formulaProblem;
    return undefined;
  };
}

/** The rule of a list field: a list of at most max items, each passing the item rule (if any). */
export function listRule(max: number, itemRule?: FieldRule): FieldRule {
  return (value) => {
    if (!Array.isArray(value)) return 'must be a list';
    if (value.length > max) return `must have at most ${max} items (has ${value.length})`;
    if (!itemRule) return undefined;
    for (const [index, item] of value.entries()) {
      if (item === null || item === undefined) continue;
      const problem = itemRule(item);
      if (problem) return `item ${index + 1} ${problem}`;
    }
    return undefined;
  };
}

/** Any String field without a rule of its own. */
export const defaultTextRule = textRule('default', { multiline: true });

/** Any list field without a rule of its own. */
export const defaultListRule = listRule(listLimits.default, (item) =>
  typeof item === 'string' ? defaultTextRule(item) : undefined,
);

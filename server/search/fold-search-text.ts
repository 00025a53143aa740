// The folded form of a name for the search box: what a person may type differently without meaning anything else.
// Case; the umlauts and their spelled-out forms (Bücken = Bucken = Buecken); ß = ss (Haßbergen = Hassbergen);
// accents (Elterncafé = Elterncafe); hyphens, slashes, brackets and spaces (Weser-Aue = Weseraue = Weser Aue).
// Names and typed text are folded word by word the same way, so both sides meet in the middle.
//
// Spelled-out umlauts: "ae", "oe" and "ue" count as "a", "o" and "u" only after a consonant (or at the start), the
// heuristic of Lucene's GermanNormalizationFilter (German2 snowball): Buecken -> bucken, but Aue, neue, Steuer and
// Quelle keep their "ue".

/** One word folded: lower case, umlauts, ß and accents taken off, only letters and digits kept. */
export function foldWord(word: string): string {
  const lower = word
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replace(/[äöü]/gu, (umlaut) => ({ ä: 'a', ö: 'o', ü: 'u' })[umlaut]!);
  const spelledOut = lower.replace(/(?<![aeiouyq])([aou])e/gu, '$1');
  return spelledOut
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a text, split at anything that is not a letter or digit, each folded; empty words dropped. */
export function foldWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}\p{M}ß]+/u)
    .map(foldWord)
    .filter((word) => word !== '');
}

/** The whole text folded into one key without separators: "Weser-Aue" and "Weser Aue" both give "weseraue". */
export function foldKey(text: string): string {
  return foldWords(text).join('');
}

// Matching typed text against names, folded (fold-search-text.ts), and ranking the matches: a name equal to the
// text first, then names beginning with it, then names with a word beginning with each typed word, then names
// that merely contain them. Each typed word must occur; an alias stands for its expansion and the other way round
// (search-aliases.ts: "VHS" finds "Volkshochschule Nienburg", and "Volkshochschule" finds "VHS Nienburg").
import { foldKey, foldWords } from './fold-search-text.js';

export type SearchMatch = 'EXACT' | 'PREFIX' | 'WORDS' | 'CONTAINS';
const matchOrder: Record<SearchMatch, number> = { EXACT: 0, PREFIX: 1, WORDS: 2, CONTAINS: 3 };

/** Equivalent terms, each folded to its key: typing any of them finds names holding any other. */
export type AliasGroups = readonly (readonly string[])[];

/** Per typed word, the folded forms it may take in a name: itself and, for an alias, its equivalents. */
export type PreparedQuery = string[][];

export function prepareQuery(text: string, aliases: AliasGroups = []): PreparedQuery {
  return foldWords(text).map((word) => {
    const group = aliases.find((terms) => terms.includes(word));
    return group ? [word, ...group.filter((term) => term !== word)] : [word];
  });
}

/** A name made ready for matching: its folded key and where each of its words starts in the key. */
export interface PreparedName {
  key: string;
  wordStarts: ReadonlySet<number>;
}

export function prepareName(name: string): PreparedName {
  const words = foldWords(name);
  const wordStarts = new Set<number>();
  let offset = 0;
  for (const word of words) {
    wordStarts.add(offset);
    offset += word.length;
  }
  return { key: words.join(''), wordStarts };
}

/** How the name matches the query, or undefined when a typed word occurs in it in none of its forms. */
export function matchName(name: PreparedName, query: PreparedQuery): SearchMatch | undefined {
  if (query.length === 0) return undefined;
  const chosen: string[] = [];
  let allAtWordStarts = true;
  for (const forms of query) {
    let found: string | undefined;
    let atWordStart = false;
    for (const form of forms) {
      for (let at = name.key.indexOf(form); at >= 0; at = name.key.indexOf(form, at + 1)) {
        if (found === undefined) found = form;
        if (name.wordStarts.has(at)) {
          found = form;
          atWordStart = true;
          break;
        }
      }
      if (atWordStart) break;
    }
    if (found === undefined) return undefined;
    chosen.push(found);
    allAtWordStarts &&= atWordStart;
  }
  const typed = chosen.join('');
  if (name.key === typed) return 'EXACT';
  if (name.key.startsWith(typed)) return 'PREFIX';
  return allAtWordStarts ? 'WORDS' : 'CONTAINS';
}

/** The better of two matches (a thing may have several names, e.g. "Samtgemeinde Uchte" and "Uchte"). */
export function betterMatch(a: SearchMatch | undefined, b: SearchMatch | undefined): SearchMatch | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return matchOrder[a] <= matchOrder[b] ? a : b;
}

export interface Ranked {
  match: SearchMatch;
  kindOrder: number; // ties between equally good matches: municipalities, then actors, then offers
  label: string;
}

/** Best match first; then the kind; then the shorter name (closer to what was typed); then alphabetically. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return (
    matchOrder[a.match] - matchOrder[b.match] ||
    a.kindOrder - b.kindOrder ||
    foldKey(a.label).length - foldKey(b.label).length ||
    a.label.localeCompare(b.label, 'de')
  );
}

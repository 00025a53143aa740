// The search phrase of searchActors, searchOffers and searchMunicipalities is the project's own small grammar, not
// Lucene's: Neo4j's full-text indexes parse their query with Lucene's classic parser, which fails on "(", "AND",
// "-", a lone quote or a thousand words. Any text is a valid phrase here; it is turned into a Lucene query in which
// nothing the caller typed can act as an operator.
//
//   words           all must occur (any order):          Sprachkurs Nienburg
//   "quoted words"  these words in this order:            "Deutsch für Eltern"
//   word*           words beginning so (while typing):     Sprach*
//   a OR b          either side (OR in capitals, between two terms; AND likewise is allowed and changes nothing)
//
// Everything else is text: other special characters are escaped and left to the index's analyzer (which drops
// punctuation), so a phrase of punctuation only finds nothing rather than failing.
import { defaultSearchLimits, type SearchLimits } from '../config.js';
import { BadUserInputError, quote } from '../errors.js';

type Term = { kind: 'word' | 'prefix' | 'quoted'; text: string };
type Token = Term | { kind: 'operator'; text: 'AND' | 'OR' };

// Lucene's classic query parser syntax: every one of these can start or end a construct.
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function escapeLucene(text: string): string {
  return text.replace(luceneSpecial, '\\$&');
}

/** Inside quotes only the quote and the backslash mean anything to the parser. */
function quoteLucene(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

function toLucene(term: Term): string {
  // A prefix term is not analysed by the index, words in quotes are: so the first is escaped, the others quoted
  // (which also keeps the words AND, OR, NOT and TO from being read as operators).
  return term.kind === 'prefix' ? `${escapeLucene(term.text)}*` : quoteLucene(term.text);
}

/** Splits at white space; a quote opens a phrase up to the next quote or the end. */
function tokenize(phrase: string): (Term | { kind: 'bare'; text: string })[] {
  const tokens: (Term | { kind: 'bare'; text: string })[] = [];
  const pattern = /"([^"]*)"?|[^\s"]+/gu;
  for (const match of phrase.matchAll(pattern)) {
    if (match[0].startsWith('"')) {
      const text = match[1]!.trim().replace(/\s+/gu, ' ');
      if (text !== '') tokens.push({ kind: 'quoted', text });
      continue;
    }
    const word = match[0];
    const stem = word.replace(/\*+$/u, '');
    if (stem === '') continue; // a lone "*" asks for everything: no term
    tokens.push(stem === word ? { kind: 'bare', text: word } : { kind: 'prefix', text: stem });
  }
  return tokens;
}

/** AND and OR are operators only between two terms; anywhere else they are words like any other. */
function resolveOperators(raw: ReturnType<typeof tokenize>): Token[] {
  const isOperatorWord = (token: (typeof raw)[number] | undefined) =>
    token?.kind === 'bare' && (token.text === 'AND' || token.text === 'OR');
  return raw.map((token, index) => {
    if (token.kind !== 'bare') return token;
    const before = raw[index - 1];
    const after = raw[index + 1];
    if (isOperatorWord(token) && before && after && !isOperatorWord(before) && !isOperatorWord(after))
      return { kind: 'operator', text: token.text as 'AND' | 'OR' };
    return { kind: 'word', text: token.text };
  });
}

function wordCount(terms: Term[]): number {
  return terms.reduce((sum, term) => sum + (term.kind === 'quoted' ? term.text.split(' ').length : 1), 0);
}

function refuse(message: string, messageDe: string, phrase: string, extensions: Record<string, unknown>): never {
  throw new BadUserInputError(message, { messageDe, field: 'phrase', value: phrase.slice(0, 80), ...extensions });
}

/**
 * The Lucene query for a search phrase, or BAD_USER_INPUT (with a German message in extensions.messageDe) when the
 * phrase is empty or longer than the limits allow.
 */
export function parseSearchPhrase(phrase: string, limits: SearchLimits = defaultSearchLimits): string {
  const characters = [...phrase].length;
  if (characters > limits.maxLength) {
    refuse(
      `The search phrase ${quote(phrase)} has ${characters} characters; at most ${limits.maxLength} are allowed (SEARCH_MAX_LENGTH)`,
      `Der Suchbegriff ${quote(phrase)} hat ${characters} Zeichen; erlaubt sind höchstens ${limits.maxLength} (SEARCH_MAX_LENGTH)`,
      phrase,
      { reason: 'SEARCH_PHRASE_TOO_LONG', limit: limits.maxLength, length: characters },
    );
  }
  const tokens = resolveOperators(tokenize(phrase));
  const terms = tokens.filter((token): token is Term => token.kind !== 'operator');
  if (terms.length === 0) {
    refuse(
      `The search phrase ${quote(phrase)} has no word to search for`,
      `Der Suchbegriff ${quote(phrase)} enthält kein Wort, nach dem gesucht werden kann`,
      phrase,
      { reason: 'SEARCH_PHRASE_EMPTY' },
    );
  }
  const words = wordCount(terms);
  if (words > limits.maxWords) {
    refuse(
      `The search phrase ${quote(phrase)} has ${words} words; at most ${limits.maxWords} are allowed (SEARCH_MAX_WORDS)`,
      `Der Suchbegriff ${quote(phrase)} hat ${words} Wörter; erlaubt sind höchstens ${limits.maxWords} (SEARCH_MAX_WORDS)`,
      phrase,
      { reason: 'SEARCH_PHRASE_TOO_LONG', limit: limits.maxWords, length: words },
    );
  }
  // Terms between ORs form groups whose terms must all occur; parentheses keep Lucene's own precedence out of it.
  const groups: Term[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'operator') {
      if (token.text === 'OR') groups.push([]);
    } else groups.at(-1)!.push(token);
  }
  const clauses = groups.map((group) => group.map(toLucene).join(' AND '));
  return clauses.length === 1 ? clauses[0]! : clauses.map((clause) => `(${clause})`).join(' OR ');
}

// What the search box sends as the phrase: each typed word as a prefix, in the server's search grammar
// (server/search/parse-search-phrase.ts), which escapes everything else. The server requires every word.

/** At most this many words are sent: the server's default SEARCH_MAX_WORDS; more would be refused. */
const maxWords = 10;

/** The phrase for typed text ("Sprachsch Nien" -> "Sprachsch* Nien*"); empty when nothing is searchable yet. */
export function toSearchPhrase(text: string): string {
  return text
    .trim()
    .split(/\s+/u)
    .map((word) => word.replaceAll('"', '').replace(/\*+$/u, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, maxWords)
    .map((word) => `${word}*`)
    .join(' ');
}

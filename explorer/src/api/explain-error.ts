// What went wrong with a request, in the reader's language: the explorer knows the usual conditions (no network,
// the database away, a login needed, a role that may not see the data, too many requests) and says them in its own
// words instead of passing on the API's or the browser's message ("Failed to fetch"). Anything else shows the
// API's German message where it has one (extensions.messageDe), else a general sentence.
import type { Language } from '../i18n/enum-labels';
import { GraphQLRequestError } from './request-graphql';

export type ErrorKind = 'network' | 'unavailable' | 'login' | 'forbidden' | 'busy' | 'other';

/** The conditions that may pass by themselves: worth trying again once another request got through. */
export const transientKinds: ReadonlySet<ErrorKind> = new Set(['network', 'unavailable', 'busy']);

export interface ExplainedError {
  kind: ErrorKind;
  /** The API's own German and English message, shown only for a condition the explorer does not know. */
  detail?: { de?: string; en: string };
}

export function explainError(error: unknown): ExplainedError {
  if (error instanceof GraphQLRequestError) {
    if (error.code === 'NETWORK_ERROR') return { kind: 'network' };
    if (error.code === 'DATABASE_UNAVAILABLE' || error.status === 503 || error.status === 502 || error.status === 504)
      return { kind: 'unavailable' };
    if (error.code === 'UNAUTHENTICATED' || error.status === 401) return { kind: 'login' };
    if (error.code === 'FORBIDDEN' || error.status === 403) return { kind: 'forbidden' };
    if (error.code === 'RATE_LIMITED' || error.status === 429) return { kind: 'busy' };
    return { kind: 'other', detail: { de: error.messageDe, en: error.message } };
  }
  // fetch() rejects with a TypeError when the network fails ("Failed to fetch", "NetworkError when ...").
  if (error instanceof TypeError) return { kind: 'network' };
  return { kind: 'other' };
}

const texts: Record<ErrorKind, readonly [string, string]> = {
  network: [
    'Keine Verbindung zum Server. Bitte prüfen Sie die Netzwerkverbindung.',
    'No connection to the server. Please check the network connection.',
  ],
  unavailable: [
    'Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    'The database cannot be reached right now. Please try again in a moment.',
  ],
  login: ['Bitte melden Sie sich an, um diese Daten zu sehen.', 'Please log in to see these data.'],
  forbidden: ['Ihre Rolle darf diese Daten nicht sehen.', 'Your role may not see these data.'],
  busy: [
    'Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment.',
    'Too many requests in a short time. Please wait a moment.',
  ],
  other: ['Die Daten konnten nicht geladen werden.', 'The data could not be loaded.'],
};

export const retryLabel: Record<Language, string> = { de: 'Erneut versuchen', en: 'Try again' };

/** The sentence for the reader: the explorer's own for a known condition, with the API's message otherwise. */
export function errorText(explained: ExplainedError, lang: Language): string {
  const own = texts[explained.kind][lang === 'de' ? 0 : 1];
  if (explained.kind !== 'other' || !explained.detail) return own;
  const detail = lang === 'de' ? (explained.detail.de ?? explained.detail.en) : explained.detail.en;
  return `${own} ${detail}`;
}

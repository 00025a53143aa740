// The explorer's words about who is logged in and what the public directory shows, in German and English (kept
// apart from messages.ts: they belong to state/access.ts).
import type { Language } from './enum-labels';

const texts = {
  directoryIntro: [
    'Öffentliches Verzeichnis: Akteure, ihre Kooperationen und Angebote. Mitarbeitende des Landkreises und Partner sehen nach der Anmeldung mehr.',
    'Public directory: actors, their cooperations and offers. County staff and partners see more after logging in.',
  ],
  ownOffers: ['Ihre Angebote', 'Your offers'],
  ownOffersIntro: [
    'Die Angebote Ihrer Organisation. Wählen Sie eines und ändern Sie es mit „Bearbeiten“ in den Details, oder über Ihren Zugang für Partner.',
    "Your organisation's offers. Choose one and change it with “Bearbeiten” in its details, or through your partner access.",
  ],
  ownOffersNone: [
    'Ihre Organisation hat noch keine Angebote im Verzeichnis.',
    'Your organisation has no offers in the directory yet.',
  ],
  ownOffer: ['Ihr Angebot', 'Your offer'],
  offersOnMap: ['Angebote auf der Karte', 'offers on the map'],
  offerOnMap: ['Angebot auf der Karte', 'offer on the map'],
  loggedInAs: ['Angemeldet als', 'Logged in as'],
} as const;

export type AccessMessageKey = keyof typeof texts;

export function accessText(key: AccessMessageKey, lang: Language): string {
  const pair = texts[key];
  return lang === 'de' ? pair[0] : pair[1];
}

// Keyed by the role's name as /auth/me gives it (api/current-viewer.ts); i18n stays below api in the layers.
const roleNames: Record<string, readonly [string, string]> = {
  coordinator: ['Koordination', 'Coordination'],
  analyst: ['Analyse', 'Analysis'],
  partner: ['Partner', 'Partner'],
  anonymous: ['Gast', 'Guest'],
};

/** The role as the header shows it beside the name. */
export function roleName(role: string, lang: Language): string {
  return roleNames[role]?.[lang === 'de' ? 0 : 1] ?? role;
}

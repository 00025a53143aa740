// The words of the explorer's keyboard and screen-reader paths (the network's text alternative and announcements,
// the drawers, confirmations): German first, English after. Sentences with counts are functions, so that the noun
// goes with its number (Intl.PluralRules through pluralFormOf) and the case the sentence needs.
import { pluralFormOf } from '../../../shared/german/count-of';
import type { Language } from './enum-labels';

const englishRules = new Intl.PluralRules('en-GB');
const numberIn = (count: number, lang: Language) => count.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
const german = (count: number, one: string, other: string) =>
  `${numberIn(count, 'de')} ${pluralFormOf(count, { one, other })}`;
const english = (count: number, one: string, other: string) =>
  `${numberIn(count, 'en')} ${englishRules.select(count) === 'one' ? one : other}`;

/** "Netzwerk mit 87 Akteuren und 140 Kooperationen; …": what the canvas shows, in one sentence (dative plural). */
export function networkSummary(actors: number, links: number, lang: Language): string {
  return lang === 'de'
    ? `Netzwerk mit ${german(actors, 'Akteur', 'Akteuren')} und ${german(links, 'Kooperation', 'Kooperationen')}; die Tabelle Akteure zeigt sie als Liste.`
    : `Network with ${english(actors, 'actor', 'actors')} and ${english(links, 'cooperation', 'cooperations')}; the Actors table lists them.`;
}

/** "Jobcenter Nienburg, Jobcenter, 7 Partner": an actor as the keyboard path announces it. */
export function actorAnnouncement(name: string, kind: string, partners: number, lang: Language): string {
  return `${name}, ${kind}, ${lang === 'de' ? german(partners, 'Partner', 'Partner') : english(partners, 'partner', 'partners')}`;
}

/** "Partner 2 von 7 von Jobcenter Nienburg": where a step among the anchor's partners stands. */
export function partnerPosition(at: number, of: number, anchor: string, lang: Language): string {
  return lang === 'de'
    ? `Partner ${numberIn(at, lang)} von ${numberIn(of, lang)} von ${anchor}`
    : `partner ${numberIn(at, lang)} of ${numberIn(of, lang)} of ${anchor}`;
}

export const a11yMessages = {
  networkKeys: [
    'Tastatur: Pfeiltasten gehen die Partner des gewählten Akteurs durch, Eingabe öffnet die Details (und macht ihn zum Ausgangspunkt), Pos1 springt zurück zum Ausgangspunkt, Escape hebt die Auswahl auf.',
    'Keyboard: the arrow keys step through the chosen actor’s partners, Enter opens the details (and makes it the starting point), Home goes back to the starting point, Escape clears the selection.',
  ],
  networkCanvasLabel: ['Netzwerkgraph der Akteure', 'Network graph of the actors'],
  openActorsTable: ['Akteure als Tabelle', 'Actors as a table'],
  noPartners: ['hat keine Partner', 'has no partners'],
  noActorsShown: ['Kein Akteur sichtbar', 'No actor shown'],
  selectionCleared: ['Auswahl aufgehoben', 'Selection cleared'],
  startingPoint: ['Ausgangspunkt', 'starting point'],
  decisionStatusSave: ['Stand speichern', 'Save status'],
  decisionStatusUndo: ['Rückgängig', 'Undo'],
  decisionStatusUndone: ['Stand zurückgesetzt.', 'Status restored.'],
  arrangementResetConfirm: [
    'Die Anordnung für alle zurücksetzen? Alle von Hand verschobenen Akteure kehren an ihren berechneten Platz zurück.',
    'Reset the arrangement for everyone? Every actor moved by hand goes back to its computed place.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

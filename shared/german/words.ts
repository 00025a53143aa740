// The nouns the server's German texts count, each with its singular and plural in the case its sentences use.
import type { PluralForms } from './count-of.js';

const forms = (one: string, other: string): PluralForms => ({ one, other });

export const words = {
  person: forms('Person', 'Personen'),
  offer: forms('Angebot', 'Angebote'),
  course: forms('Kurs', 'Kurse'),
  freePlace: forms('freier Platz', 'freie Plätze'),
  extraPlaceAccusative: forms('zusätzlichen Platz', 'zusätzliche Plätze'),
  registration: forms('Anmeldung', 'Anmeldungen'),
  member: forms('Mitglied', 'Mitglieder'),
  actor: forms('Akteur', 'Akteure'),
  isolatedActorAccusative: forms('isolierten Akteur', 'isolierte Akteure'),
  week: forms('Woche', 'Wochen'),
  day: forms('Tag', 'Tage'),
  dayDative: forms('Tag', 'Tagen'),
  needReport: forms('Bedarfsmeldung', 'Bedarfsmeldungen'),
  recommendation: forms('Handlungsempfehlung', 'Handlungsempfehlungen'),
  provider: forms('Träger', 'Träger'),
} satisfies Record<string, PluralForms>;

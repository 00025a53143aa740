// The fields of the change history in the reader's words: a label per field (never the property name) and each
// value formatted as the explorer shows it elsewhere: dates as TT.MM.JJJJ, enum values through their labels, yes/no,
// numbers with German separators, links by the names of what they link to.
import {
  actorKindLabels,
  cadenceLabels,
  cooperationKindLabels,
  courseTypeLabels,
  decisionStatusLabels,
  enumLabel,
  municipalityKindLabels,
  needSourceLabels,
  needStatusLabels,
  networkKindLabels,
  offerCategoryLabels,
  offerFormatLabels,
  offerStatusLabels,
  targetGroupLabels,
  type Language,
} from '../i18n/enum-labels';
import type { Labels } from '../../../schema/enum-labels';
import { formatDate, formatNumber } from '../ui/dom';
import { say } from './history-messages';

const fieldLabels: Record<string, [de: string, en: string]> = {
  name: ['Name', 'Name'],
  title: ['Titel', 'Title'],
  kind: ['Art', 'Kind'],
  description: ['Beschreibung', 'Description'],
  address: ['Anschrift', 'Address'],
  postcode: ['Postleitzahl', 'Postcode'],
  city: ['Ort', 'City'],
  location: ['Lage auf der Karte', 'Location'],
  phone: ['Telefon', 'Phone'],
  email: ['E-Mail', 'Email'],
  website: ['Website', 'Website'],
  languages: ['Sprachen', 'Languages'],
  municipality: ['Gemeinde', 'Municipality'],
  serves: ['Versorgt Gemeinden', 'Serves'],
  offers: ['Angebote', 'Offers'],
  funds: ['Fördert Angebote', 'Funds'],
  cooperatesWith: ['Kooperiert mit', 'Cooperates with'],
  cooperatedWithBy: ['Kooperationspartner von', 'Cooperation partner of'],
  memberships: ['Mitglied in', 'Member of'],
  coordinates: ['Koordiniert', 'Coordinates'],
  reportedNeeds: ['Gemeldete Bedarfe', 'Reported needs'],
  source: ['Quelle', 'Source'],
  externalId: ['Kennung im Partnersystem', 'Partner key'],
  category: ['Kategorie', 'Category'],
  courseType: ['Kursart', 'Course type'],
  languageLevelFrom: ['Sprachniveau von', 'Language level from'],
  languageLevelTo: ['Sprachniveau bis', 'Language level to'],
  languageLevel: ['Sprachniveau', 'Language level'],
  targetGroups: ['Zielgruppen', 'Target groups'],
  targetGroup: ['Zielgruppe', 'Target group'],
  capacity: ['Plätze', 'Places'],
  booked: ['Belegt', 'Booked'],
  waitlist: ['Warteliste', 'Waiting list'],
  minGroupSize: ['Mindestgruppengröße', 'Minimum group size'],
  startDate: ['Beginn', 'Start'],
  endDate: ['Ende', 'End'],
  registrationDeadline: ['Anmeldeschluss', 'Registration deadline'],
  schedule: ['Zeiten', 'Schedule'],
  hoursTotal: ['Unterrichtseinheiten', 'Teaching units'],
  format: ['Form', 'Format'],
  childcare: ['Kinderbetreuung', 'Childcare'],
  costFree: ['Kostenfrei', 'Free of charge'],
  cost: ['Kosten (€)', 'Cost (€)'],
  accessible: ['Barrierefrei', 'Accessible'],
  status: ['Status', 'Status'],
  provider: ['Anbieter', 'Provider'],
  venue: ['Veranstaltungsort', 'Venue'],
  funders: ['Förderer', 'Funders'],
  persons: ['Personen', 'Persons'],
  reportedAt: ['Gemeldet am', 'Reported on'],
  reportedBy: ['Gemeldet von', 'Reported by'],
  note: ['Notiz', 'Note'],
  cadence: ['Turnus', 'Cadence'],
  coordinator: ['Koordination', 'Coordinator'],
  members: ['Mitglieder', 'Members'],
  meetings: ['Treffen', 'Meetings'],
  date: ['Datum', 'Date'],
  topic: ['Thema', 'Topic'],
  place: ['Ort', 'Place'],
  network: ['Netzwerk', 'Network'],
  attendees: ['Teilnehmende', 'Attendees'],
  decisions: ['Beschlüsse', 'Decisions'],
  text: ['Beschluss', 'Decision'],
  dueDate: ['Fällig am', 'Due on'],
  meeting: ['Treffen', 'Meeting'],
  responsible: ['Verantwortlich', 'Responsible'],
  population: ['Einwohner', 'Population'],
  populationEstimated: ['Einwohnerzahl geschätzt', 'Population estimated'],
  newcomers: ['Neuzugewanderte', 'Newcomers'],
  district: ['Landkreis', 'District'],
  memberOf: ['Samtgemeinde', 'Samtgemeinde'],
  state: ['Bundesland', 'State'],
  heldFields: ['Vom Landkreis korrigierte Felder', 'Fields the county corrected'],
};

const entityLabels: Record<string, [de: string, en: string]> = {
  Actor: ['Akteur', 'Actor'],
  Offer: ['Angebot', 'Offer'],
  Need: ['Bedarf', 'Need'],
  Network: ['Netzwerk', 'Network'],
  Meeting: ['Treffen', 'Meeting'],
  Decision: ['Beschluss', 'Decision'],
  Municipality: ['Gemeinde', 'Municipality'],
  District: ['Landkreis', 'District'],
};

const pick = (pair: [string, string] | undefined, lang: Language, fallback: string) =>
  pair ? (lang === 'en' ? pair[1] : pair[0]) : fallback;

/** The label of a field; a field without one is named in general words, never by its property name. */
export function fieldLabel(field: string, lang: Language): string {
  return pick(fieldLabels[field], lang, lang === 'en' ? 'Other field' : 'Weiteres Feld');
}

export function entityLabel(entity: string, lang: Language): string {
  return pick(entityLabels[entity], lang, lang === 'en' ? 'Entry' : 'Eintrag');
}

/** The enum labels of a field of an entity, if its values are an enum's. */
function enumLabelsOf(entity: string, field: string): Labels<string> | undefined {
  if (field === 'kind')
    return entity === 'Network'
      ? networkKindLabels
      : entity === 'Municipality'
        ? municipalityKindLabels
        : entity === 'Actor'
          ? actorKindLabels
          : cooperationKindLabels;
  if (field === 'status')
    return entity === 'Need' ? needStatusLabels : entity === 'Decision' ? decisionStatusLabels : offerStatusLabels;
  if (field === 'source' && entity === 'Need') return needSourceLabels;
  const byField: Record<string, Labels<string>> = {
    category: offerCategoryLabels,
    courseType: courseTypeLabels,
    targetGroups: targetGroupLabels,
    targetGroup: targetGroupLabels,
    format: offerFormatLabels,
    cadence: cadenceLabels,
  };
  return byField[field];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Names of linked entities by their key (actors, municipalities, offers the explorer has loaded). */
export type NameOf = (key: string) => string | undefined;

const dateTime = (value: string, lang: Language) =>
  new Date(value).toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  });

/** When, as TT.MM.JJJJ, HH:MM (German time). */
export function formatWhen(value: string, lang: Language): string {
  return Number.isNaN(Date.parse(value)) ? value : dateTime(value, lang);
}

const linkFields = new Set([
  'municipality',
  'serves',
  'offers',
  'funds',
  'cooperatesWith',
  'cooperatedWithBy',
  'memberships',
  'coordinates',
  'reportedNeeds',
  'provider',
  'venue',
  'funders',
  'reportedBy',
  'coordinator',
  'members',
  'meetings',
  'network',
  'attendees',
  'decisions',
  'meeting',
  'responsible',
  'district',
  'memberOf',
]);

const keyText = (value: Json | undefined): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value ?? null);

function formatLink(item: Json, nameOf: NameOf, lang: Language): string {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const key = keyText(item.key);
    const kind =
      typeof item.kind === 'string' ? enumLabel(cooperationKindLabels as Labels<string>, item.kind, lang) : undefined;
    return kind ? `${nameOf(key) ?? key} (${kind})` : (nameOf(key) ?? key);
  }
  return nameOf(keyText(item)) ?? keyText(item);
}

/** A value of a field as the reader reads it. */
export function formatFieldValue(
  entity: string,
  field: string,
  value: Json | undefined,
  lang: Language,
  nameOf: NameOf = () => undefined,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return say('empty', lang);
  if (linkFields.has(field)) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => formatLink(item, nameOf, lang)).join(', ');
  }
  const labels = enumLabelsOf(entity, field);
  if (Array.isArray(value)) return value.map((item) => formatFieldValue(entity, field, item, lang, nameOf)).join(', ');
  if (typeof value === 'boolean') return say(value ? 'yes' : 'no', lang);
  if (typeof value === 'number')
    return formatNumber(value, lang, field === 'cost' ? 2 : Number.isInteger(value) ? 0 : 2);
  if (typeof value === 'object') {
    if (typeof value.latitude === 'number' && typeof value.longitude === 'number')
      return `${formatNumber(value.latitude, lang, 4)}° N, ${formatNumber(value.longitude, lang, 4)}° ${lang === 'en' ? 'E' : 'O'}`;
    return JSON.stringify(value);
  }
  if (labels && value in labels) return enumLabel(labels, value, lang);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatWhen(value, lang);
  return value;
}

/** A JSON text of the API (a change's before or after, a conflict's value) as a value; null when empty. */
export function parseJson(text: string | null | undefined): Json | undefined {
  if (text === null || text === undefined) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}
export type { Json };

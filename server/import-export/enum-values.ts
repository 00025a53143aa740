// The enum values of the schema (read from schema/enums.graphql, so that the import accepts exactly what the API
// accepts) and their German and English labels, which spreadsheets use as often as the schema's keys.
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { schemaDir } from '../schema/load-type-defs.js';

export type EnumName =
  | 'ActorKind'
  | 'OfferCategory'
  | 'CourseType'
  | 'TargetGroup'
  | 'CefrLevel'
  | 'OfferFormat'
  | 'OfferStatus'
  | 'NeedSource'
  | 'NeedStatus'
  | 'CooperationKind'
  | 'MunicipalityKind'
  | 'NetworkKind'
  | 'Cadence'
  | 'GapSeverity';

type Labels = Record<string, [de: string, en: string]>;

/** German first, then English; the import accepts both, the export writes the one of its language. */
const labels: Record<EnumName, Labels> = {
  ActorKind: {
    COUNTY_OFFICE: ['Kreisverwaltung', 'County office'],
    MUNICIPAL_ADMINISTRATION: ['Gemeindeverwaltung', 'Municipal administration'],
    JOBCENTER: ['Jobcenter', 'Job centre'],
    EMPLOYMENT_AGENCY: ['Agentur für Arbeit', 'Employment agency'],
    COURSE_PROVIDER: ['Kursträger', 'Course provider'],
    ADULT_EDUCATION_CENTRE: ['Volkshochschule', 'Adult education centre'],
    SCHOOL: ['Schule', 'School'],
    VOCATIONAL_SCHOOL: ['Berufsbildende Schule', 'Vocational school'],
    DAYCARE: ['Kita', 'Day-care centre'],
    COUNSELLING_SERVICE: ['Beratungsstelle', 'Counselling service'],
    WELFARE_ASSOCIATION: ['Wohlfahrtsverband', 'Welfare association'],
    CHAMBER: ['Kammer', 'Chamber'],
    EMPLOYER: ['Arbeitgeber', 'Employer'],
    ASSOCIATION: ['Verein', 'Association'],
    MIGRANT_ORGANISATION: ['Migrantenorganisation', 'Migrant organisation'],
    VOLUNTEER_INITIATIVE: ['Ehrenamtliche Initiative', 'Volunteer initiative'],
    FOUNDATION: ['Stiftung', 'Foundation'],
    CHURCH: ['Kirchengemeinde', 'Church'],
    OTHER: ['Sonstige', 'Other'],
  },
  OfferCategory: {
    INTEGRATION_COURSE: ['Integrationskurs', 'Integration course'],
    JOB_LANGUAGE_COURSE: ['Berufssprachkurs', 'Job language course'],
    FIRST_ORIENTATION_COURSE: ['Erstorientierungskurs', 'First orientation course'],
    OTHER_LANGUAGE_COURSE: ['Anderer Sprachkurs', 'Other language course'],
    LANGUAGE_CAFE: ['Sprachcafé', 'Language café'],
    EARLY_CHILDHOOD: ['Frühkindliche Bildung', 'Early childhood'],
    SCHOOL_LANGUAGE_SUPPORT: ['Sprachförderung Schule', 'School language support'],
    VOCATIONAL_ENTRY: ['Berufseinstieg', 'Vocational entry'],
    APPRENTICESHIP: ['Ausbildung', 'Apprenticeship'],
    FURTHER_TRAINING: ['Weiterbildung', 'Further training'],
    RECOGNITION_COUNSELLING: ['Anerkennungsberatung', 'Recognition counselling'],
    MIGRATION_COUNSELLING: ['Migrationsberatung', 'Migration counselling'],
    EDUCATION_GUIDANCE: ['Bildungsberatung', 'Education guidance'],
    MENTORING: ['Mentoring', 'Mentoring'],
    OTHER: ['Sonstiges', 'Other'],
  },
  CourseType: {
    GENERAL: ['Allgemein', 'General'],
    YOUTH: ['Jugend', 'Youth'],
    PARENTS: ['Eltern', 'Parents'],
    WOMEN: ['Frauen', 'Women'],
    LITERACY: ['Alphabetisierung', 'Literacy'],
    SECOND_SCRIPT: ['Zweitschriftlernende', 'Second script'],
    INTENSIVE: ['Intensiv', 'Intensive'],
    REMEDIAL: ['Förderkurs', 'Remedial'],
    JOB_BASIC_B2: ['Basis B2', 'Basic B2'],
    JOB_BASIC_C1: ['Basis C1', 'Basic C1'],
    JOB_SPECIAL_A2: ['Spezial A2', 'Special A2'],
    JOB_SPECIAL_B1: ['Spezial B1', 'Special B1'],
    JOB_SPECIAL_PROFESSION: ['Spezial Beruf', 'Special profession'],
  },
  TargetGroup: {
    ADULTS: ['Erwachsene', 'Adults'],
    YOUNG_ADULTS: ['Junge Erwachsene', 'Young adults'],
    YOUTH: ['Jugendliche', 'Youth'],
    CHILDREN: ['Kinder', 'Children'],
    WOMEN: ['Frauen', 'Women'],
    PARENTS: ['Eltern', 'Parents'],
    ILLITERATE: ['Nicht alphabetisiert', 'Illiterate'],
    ACADEMICS: ['Akademiker:innen', 'Academics'],
    EMPLOYED: ['Beschäftigte', 'Employed'],
    UNACCOMPANIED_MINORS: ['Unbegleitete Minderjährige', 'Unaccompanied minors'],
  },
  CefrLevel: { A1: ['A1', 'A1'], A2: ['A2', 'A2'], B1: ['B1', 'B1'], B2: ['B2', 'B2'], C1: ['C1', 'C1'], C2: ['C2', 'C2'] },
  OfferFormat: {
    IN_PERSON: ['Präsenz', 'In person'],
    ONLINE: ['Online', 'Online'],
    HYBRID: ['Hybrid', 'Hybrid'],
  },
  OfferStatus: {
    PLANNED: ['Geplant', 'Planned'],
    OPEN: ['Offen', 'Open'],
    FULL: ['Ausgebucht', 'Full'],
    RUNNING: ['Läuft', 'Running'],
    COMPLETED: ['Abgeschlossen', 'Completed'],
    CANCELLED: ['Abgesagt', 'Cancelled'],
  },
  NeedSource: {
    SURVEY: ['Befragung', 'Survey'],
    WAITLIST: ['Warteliste', 'Waiting list'],
    JOBCENTER: ['Jobcenter', 'Job centre'],
    SCHOOL: ['Schule', 'School'],
    AUTHORITY: ['Behörde', 'Authority'],
    ESTIMATE: ['Schätzung', 'Estimate'],
  },
  NeedStatus: {
    OPEN: ['Offen', 'Open'],
    MET: ['Gedeckt', 'Met'],
    OBSOLETE: ['Überholt', 'Obsolete'],
  },
  CooperationKind: {
    AGREEMENT: ['Vereinbarung', 'Agreement'],
    REFERRAL: ['Vermittlung', 'Referral'],
    JOINT_OFFER: ['Gemeinsames Angebot', 'Joint offer'],
    FUNDING: ['Förderung', 'Funding'],
    EXCHANGE: ['Austausch', 'Exchange'],
    INFORMAL: ['Informell', 'Informal'],
  },
  MunicipalityKind: {
    CITY: ['Stadt', 'Town'],
    MUNICIPALITY: ['Gemeinde', 'Municipality'],
    MARKET_TOWN: ['Flecken', 'Market town'],
    COLLECTIVE: ['Samtgemeinde', 'Samtgemeinde'],
  },
  NetworkKind: {
    COMMITTEE: ['Gremium', 'Committee'],
    EXCHANGE_ROUND: ['Austauschrunde', 'Exchange round'],
    WORKING_GROUP: ['Arbeitskreis', 'Working group'],
    REGIONAL_NETWORK: ['Regionales Netzwerk', 'Regional network'],
    OTHER: ['Sonstiges', 'Other'],
  },
  Cadence: {
    WEEKLY: ['wöchentlich', 'weekly'],
    MONTHLY: ['monatlich', 'monthly'],
    QUARTERLY: ['vierteljährlich', 'quarterly'],
    HALF_YEARLY: ['halbjährlich', 'half-yearly'],
    YEARLY: ['jährlich', 'yearly'],
    IRREGULAR: ['unregelmäßig', 'irregular'],
  },
  GapSeverity: {
    NONE: ['Keine Lücke', 'No gap'],
    LOW: ['Gering', 'Low'],
    MEDIUM: ['Mittel', 'Medium'],
    HIGH: ['Hoch', 'High'],
  },
};

/** More spellings met in real spreadsheets (normalised as by normaliseWord). */
const extraSpellings: Partial<Record<EnumName, Record<string, string[]>>> = {
  ActorKind: { ADULT_EDUCATION_CENTRE: ['vhs'], DAYCARE: ['kindertagesstaette', 'kindergarten'], EMPLOYMENT_AGENCY: ['arbeitsagentur'] },
  OfferCategory: { OTHER_LANGUAGE_COURSE: ['sonstiger sprachkurs'], LANGUAGE_CAFE: ['sprachcafe'], INTEGRATION_COURSE: ['ik'], JOB_LANGUAGE_COURSE: ['berufsbezogene sprachfoerderung', 'deufoev'] },
  OfferFormat: { IN_PERSON: ['praesenz', 'vor ort'] },
  TargetGroup: { ACADEMICS: ['akademiker', 'akademikerinnen'] },
};

function readSchemaEnums(): Map<string, string[]> {
  const document = parse(fs.readFileSync(path.join(schemaDir, 'enums.graphql'), 'utf8'));
  const enums = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) enums.set(definition.name.value, (definition.values ?? []).map((value) => value.name.value));
  }
  return enums;
}

const schemaEnums = readSchemaEnums();

/** Lower case, umlauts spelled out, any run of spaces, underscores, hyphens or dots as one space. */
export function normaliseWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replaceAll('é', 'e')
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

/** The values of an enum as the API defines them. GapSeverity is an analysis result, not in enums.graphql. */
export function enumValues(name: EnumName): string[] {
  return schemaEnums.get(name) ?? Object.keys(labels[name]);
}

const lookups = new Map<EnumName, Map<string, string>>();

function lookupOf(name: EnumName): Map<string, string> {
  let lookup = lookups.get(name);
  if (!lookup) {
    lookup = new Map();
    for (const value of enumValues(name)) {
      const [de, en] = labels[name][value] ?? [value, value];
      for (const spelling of [value, de, en, ...(extraSpellings[name]?.[value] ?? [])]) lookup.set(normaliseWord(spelling), value);
    }
    lookups.set(name, lookup);
  }
  return lookup;
}

/** The schema value that a cell means (the schema key, a German or an English label), or undefined. */
export function parseEnumValue(name: EnumName, text: string): string | undefined {
  return lookupOf(name).get(normaliseWord(text));
}

export function enumLabel(name: EnumName, value: string, language: 'de' | 'en'): string {
  const pair = labels[name][value];
  return pair ? pair[language === 'de' ? 0 : 1] : value;
}

/** "COURSE_PROVIDER (Kursträger), SCHOOL (Schule), ..." for messages and the template docs. */
export function describeEnum(name: EnumName): string {
  return enumValues(name)
    .map((value) => {
      const de = labels[name][value]?.[0];
      return de && de !== value ? `${value} (${de})` : value;
    })
    .join(', ');
}

/** Every enum whose labels the import knows, for a consistency test against the schema. */
export const labelledEnums = Object.keys(labels) as EnumName[];

export function labelledValues(name: EnumName): string[] {
  return Object.keys(labels[name]);
}

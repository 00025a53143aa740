// German and English labels of the schema's enum values, one table per enum (schema/enums.graphql), shared by
// the explorer (what the coordinator reads) and the import and export (which read and write either language as
// well as the schema's keys). The schema's values are English keys; the coordinator reads German first.
// Typed by the generated schema types, so that a value added to the schema without a label fails to compile.
import type {
  ActorKind,
  Cadence,
  DecisionStatus,
  CefrLevel,
  CooperationKind,
  CourseType,
  DecisionEffectKind,
  GapSeverity,
  Indicator,
  IndicatorHiddenReason,
  MunicipalityKind,
  NeedSource,
  NeedStatus,
  NetworkKind,
  OfferCategory,
  OfferFormat,
  OfferStatus,
  RecommendationCode,
  TargetGroup,
  UnplacedReason,
  TargetState,
} from '../server/generated/graphql.js';

export type Language = 'de' | 'en';
export type Labels<K extends string> = Record<K, [de: string, en: string]>;

export const actorKindLabels: Labels<ActorKind> = {
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
};

export const offerCategoryLabels: Labels<OfferCategory> = {
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
};

export const courseTypeLabels: Labels<CourseType> = {
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
};

export const targetGroupLabels: Labels<TargetGroup> = {
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
};

export const offerFormatLabels: Labels<OfferFormat> = {
  IN_PERSON: ['Präsenz', 'In person'],
  ONLINE: ['Online', 'Online'],
  HYBRID: ['Hybrid', 'Hybrid'],
};

export const offerStatusLabels: Labels<OfferStatus> = {
  PLANNED: ['Geplant', 'Planned'],
  OPEN: ['Offen', 'Open'],
  FULL: ['Ausgebucht', 'Full'],
  RUNNING: ['Läuft', 'Running'],
  COMPLETED: ['Abgeschlossen', 'Completed'],
  CANCELLED: ['Abgesagt', 'Cancelled'],
};

export const cooperationKindLabels: Labels<CooperationKind> = {
  AGREEMENT: ['Vereinbarung', 'Agreement'],
  REFERRAL: ['Vermittlung', 'Referral'],
  JOINT_OFFER: ['Gemeinsames Angebot', 'Joint offer'],
  FUNDING: ['Förderung', 'Funding'],
  EXCHANGE: ['Austausch', 'Exchange'],
  INFORMAL: ['Informell', 'Informal'],
};

export const municipalityKindLabels: Labels<MunicipalityKind> = {
  CITY: ['Stadt', 'Town'],
  MUNICIPALITY: ['Gemeinde', 'Municipality'],
  MARKET_TOWN: ['Flecken', 'Market town'],
  COLLECTIVE: ['Samtgemeinde', 'Samtgemeinde'],
};

export const severityLabels: Labels<GapSeverity> = {
  NONE: ['Keine Lücke', 'No gap'],
  LOW: ['Gering', 'Low'],
  MEDIUM: ['Mittel', 'Medium'],
  HIGH: ['Hoch', 'High'],
};

export const cefrLevelLabels: Labels<CefrLevel> = {
  A1: ['A1', 'A1'],
  A2: ['A2', 'A2'],
  B1: ['B1', 'B1'],
  B2: ['B2', 'B2'],
  C1: ['C1', 'C1'],
  C2: ['C2', 'C2'],
};

export const decisionStatusLabels: Labels<DecisionStatus> = {
  OPEN: ['Offen', 'Open'],
  IN_PROGRESS: ['In Arbeit', 'In progress'],
  DONE: ['Erledigt', 'Done'],
  DROPPED: ['Verworfen', 'Dropped'],
};

export const needSourceLabels: Labels<NeedSource> = {
  SURVEY: ['Befragung', 'Survey'],
  WAITLIST: ['Warteliste', 'Waiting list'],
  JOBCENTER: ['Jobcenter', 'Job centre'],
  SCHOOL: ['Schule', 'School'],
  AUTHORITY: ['Behörde', 'Authority'],
  ESTIMATE: ['Schätzung', 'Estimate'],
};

export const needStatusLabels: Labels<NeedStatus> = {
  OPEN: ['Offen', 'Open'],
  MET: ['Gedeckt', 'Met'],
  OBSOLETE: ['Überholt', 'Obsolete'],
};

// Said of a need's persons: "ohne passenden Start, weil ...".
export const unplacedReasonLabels: Labels<UnplacedReason> = {
  NO_COURSE_IN_REACH: ['kein Kurs in erreichbarer Nähe', 'no course within reach'],
  NO_COURSE_FOR_TARGET_GROUP: [
    'kein Kurs für diese Zielgruppe in der Nähe',
    'no course for this target group within reach',
  ],
  NO_CHILDCARE: ['kein Kurs mit Kinderbetreuung in der Nähe', 'no course with childcare within reach'],
  NO_START_AFTER_AS_OF: ['die passenden Kurse haben schon begonnen', 'the suitable courses have already started'],
  ALL_FULL: ['alle Plätze der passenden Kurse sind vergeben', 'every place of the suitable courses is taken'],
};

export const networkKindLabels: Labels<NetworkKind> = {
  COMMITTEE: ['Gremium', 'Committee'],
  EXCHANGE_ROUND: ['Austauschrunde', 'Exchange round'],
  WORKING_GROUP: ['Arbeitskreis', 'Working group'],
  REGIONAL_NETWORK: ['Regionales Netzwerk', 'Regional network'],
  OTHER: ['Sonstiges', 'Other'],
};

export const cadenceLabels: Labels<Cadence> = {
  WEEKLY: ['wöchentlich', 'weekly'],
  MONTHLY: ['monatlich', 'monthly'],
  QUARTERLY: ['vierteljährlich', 'quarterly'],
  HALF_YEARLY: ['halbjährlich', 'half-yearly'],
  YEARLY: ['jährlich', 'yearly'],
  IRREGULAR: ['unregelmäßig', 'irregular'],
};

export const recommendationCodeLabels: Labels<RecommendationCode> = {
  NO_OFFER_IN_REACH: ['Kein Angebot erreichbar', 'No offer in reach'],
  CAPACITY_SHORTFALL: ['Zu wenige Plätze', 'Capacity shortfall'],
  CHILDCARE_MISSING: ['Kinderbetreuung fehlt', 'Childcare missing'],
  SINGLE_PROVIDER: ['Nur ein Anbieter', 'Single provider'],
  STALE_OFFER: ['Veraltetes Angebot', 'Stale offer'],
  ISOLATED_ACTOR: ['Isolierter Akteur', 'Isolated actor'],
  POOL_COURSE_STARTS: ['Kursstarts bündeln', 'Pool course starts'],
  START_NEW_COURSE: ['Neuen Kurs starten', 'Start a new course'],
  DATE_CONFLICT: ['Terminüberschneidung', 'Date conflict'],
};

export const indicatorLabels: Labels<Indicator> = {
  UTILISATION: ['Auslastung', 'Utilisation'],
  COMPLETION_RATE: ['Abschlussquote', 'Completion rate'],
  EXAM_SUCCESS_RATE: ['Prüfungserfolg', 'Exam success'],
  MEDIAN_WAIT_WEEKS: ['Wartezeit (Median)', 'Wait (median)'],
  P90_WAIT_WEEKS: ['Wartezeit (90 %)', 'Wait (90th percentile)'],
  PERSONS_OVER_TARGET_WAIT: ['Personen über der Zielwartezeit', 'Persons over the target wait'],
  UNMET_DEMAND: ['Ungedeckter Bedarf', 'Unmet demand'],
  COVERAGE: ['Versorgungsgrad', 'Coverage'],
};

export const targetStateLabels: Labels<TargetState> = {
  MET: ['Ziel erreicht', 'Target met'],
  CLOSE: ['knapp verfehlt', 'Close'],
  MISSED: ['Ziel verfehlt', 'Target missed'],
  NO_VALUE: ['kein Wert', 'No value'],
};

export const indicatorHiddenReasonLabels: Labels<IndicatorHiddenReason> = {
  NOT_APPLICABLE: ['entfällt', 'Not applicable'],
  NO_DATA: ['keine Daten', 'No data'],
  FEWER_THAN_5: ['weniger als 5 Personen', 'Fewer than 5 persons'],
  NO_SNAPSHOT: ['kein Stichtag', 'No snapshot'],
};

export const decisionEffectKindLabels: Labels<DecisionEffectKind> = {
  TOWARD_TARGET: ['zum Ziel hin', 'Toward the target'],
  AWAY_FROM_TARGET: ['vom Ziel weg', 'Away from the target'],
  UNCHANGED: ['unverändert', 'Unchanged'],
  PENDING: ['noch offen', 'Pending'],
  NOT_MEASURABLE: ['nicht messbar', 'Not measurable'],
  NOT_ADDRESSED: ['ohne Ziel', 'Not addressed'],
};

/** How a category reads inside a German sentence: with its article, in the case the sentence needs. */
export interface GermanPhrase {
  accusative: string; // "Sie brauchen …": einen Integrationskurs, frühkindliche Bildung
  inDative: string; // "Plätze fehlen …": im Integrationskurs, in der schulischen Sprachförderung
}

export const offerCategoryPhrases: Record<OfferCategory, GermanPhrase> = {
  INTEGRATION_COURSE: { accusative: 'einen Integrationskurs', inDative: 'im Integrationskurs' },
  JOB_LANGUAGE_COURSE: { accusative: 'einen Berufssprachkurs', inDative: 'im Berufssprachkurs' },
  FIRST_ORIENTATION_COURSE: { accusative: 'einen Erstorientierungskurs', inDative: 'im Erstorientierungskurs' },
  OTHER_LANGUAGE_COURSE: { accusative: 'einen anderen Sprachkurs', inDative: 'in anderen Sprachkursen' },
  LANGUAGE_CAFE: { accusative: 'ein Sprachcafé', inDative: 'im Sprachcafé' },
  EARLY_CHILDHOOD: { accusative: 'frühkindliche Bildung', inDative: 'in der frühkindlichen Bildung' },
  SCHOOL_LANGUAGE_SUPPORT: { accusative: 'schulische Sprachförderung', inDative: 'in der schulischen Sprachförderung' },
  VOCATIONAL_ENTRY: { accusative: 'ein Angebot zum Berufseinstieg', inDative: 'in Angeboten zum Berufseinstieg' },
  APPRENTICESHIP: { accusative: 'einen Ausbildungsplatz', inDative: 'in der Ausbildung' },
  FURTHER_TRAINING: { accusative: 'eine Weiterbildung', inDative: 'in der Weiterbildung' },
  RECOGNITION_COUNSELLING: { accusative: 'eine Anerkennungsberatung', inDative: 'in der Anerkennungsberatung' },
  MIGRATION_COUNSELLING: { accusative: 'eine Migrationsberatung', inDative: 'in der Migrationsberatung' },
  EDUCATION_GUIDANCE: { accusative: 'eine Bildungsberatung', inDative: 'in der Bildungsberatung' },
  MENTORING: { accusative: 'ein Mentoring', inDative: 'im Mentoring' },
  OTHER: { accusative: 'ein sonstiges Angebot', inDative: 'in sonstigen Angeboten' },
};

/** A course type as a noun of its own, for sentences ("ein Integrationskurs (Elternkurs)"). */
export const courseTypeNames: Labels<CourseType> = {
  GENERAL: ['allgemeiner Kurs', 'general course'],
  YOUTH: ['Jugendkurs', 'youth course'],
  PARENTS: ['Elternkurs', 'parents’ course'],
  WOMEN: ['Frauenkurs', 'women’s course'],
  LITERACY: ['Alphabetisierungskurs', 'literacy course'],
  SECOND_SCRIPT: ['Kurs für Zweitschriftlernende', 'course for second-script learners'],
  INTENSIVE: ['Intensivkurs', 'intensive course'],
  REMEDIAL: ['Förderkurs', 'remedial course'],
  JOB_BASIC_B2: ['Basismodul B2', 'basic module B2'],
  JOB_BASIC_C1: ['Basismodul C1', 'basic module C1'],
  JOB_SPECIAL_A2: ['Spezialmodul A2', 'special module A2'],
  JOB_SPECIAL_B1: ['Spezialmodul B1', 'special module B1'],
  JOB_SPECIAL_PROFESSION: ['Spezialmodul Beruf', 'special module for a profession'],
};

/**
 * The figures behind a recommendation (Recommendation.figures[].name), as a person reads them. `share`: the value
 * is a share from 0 to 1 and reads as a percentage.
 */
export const recommendationFigureLabels: Record<string, { de: string; en: string; share?: true }> = {
  demand: { de: 'Bedarf (Personen)', en: 'Demand (persons)' },
  unmet: { de: 'ungedeckt (Personen)', en: 'Unmet (persons)' },
  persons: { de: 'Personen', en: 'Persons' },
  radiusKm: { de: 'Umkreis (km)', en: 'Radius (km)' },
  nearestOfferKm: { de: 'nächstes Angebot (km)', en: 'Nearest offer (km)' },
  missingPlaces: { de: 'fehlende Plätze', en: 'Missing places' },
  offersInReach: { de: 'Angebote im Umkreis', en: 'Offers in reach' },
  freePlacesInReach: { de: 'freie Plätze im Umkreis', en: 'Free places in reach' },
  coverage: { de: 'Versorgungsgrad', en: 'Coverage', share: true },
  offersWithChildcare: { de: 'Angebote mit Kinderbetreuung', en: 'Offers with childcare' },
  offers: { de: 'Angebote', en: 'Offers' },
  providers: { de: 'Träger', en: 'Providers' },
  daysSinceUpdate: { de: 'Tage seit der letzten Aktualisierung', en: 'Days since the last update' },
  staleAfterDays: { de: 'veraltet nach (Tagen)', en: 'Stale after (days)' },
  degree: { de: 'Kooperationspartner', en: 'Partners' },
  registrations: { de: 'Anmeldungen', en: 'Registrations' },
  minGroupSize: { de: 'Mindestgröße', en: 'Minimum group size' },
  courses: { de: 'Kurse', en: 'Courses' },
  longestMoveKm: { de: 'weitester Wechsel (km)', en: 'Longest move (km)' },
  overTarget: { de: 'länger als die Zielwartezeit', en: 'Over the target wait' },
  noSuitableStart: { de: 'ohne passenden Start', en: 'No suitable start' },
  targetWeeks: { de: 'Zielwartezeit (Wochen)', en: 'Target wait (weeks)' },
  providersInReach: { de: 'Träger im Umkreis', en: 'Providers in reach' },
  daysApart: { de: 'Tage zwischen den Starts', en: 'Days between the starts' },
  distanceKm: { de: 'Entfernung (km)', en: 'Distance (km)' },
};

export function enumLabel<K extends string>(
  labels: Labels<K>,
  value: K | null | undefined,
  language: Language,
): string {
  if (value === null || value === undefined) return '–';
  const pair = labels[value];
  return pair ? pair[language === 'de' ? 0 : 1] : value;
}

export function enumValues<K extends string>(labels: Labels<K>): K[] {
  return Object.keys(labels) as K[];
}

// The import templates: for each importable list the columns (English and German headers, value kind, rules),
// the node or relationship it writes, and its links. The export writes the same columns, so that an exported list
// imports again unchanged; docs/import-templates/ is generated from these tables (npm run import:templates).
import { fieldRules, type FieldRule } from '../validation/field-rules.js';
import type { EnumName } from './enum-values.js';

export const importTypes = ['actors', 'offers', 'needs', 'cooperations', 'outcomes'] as const;
export type ImportType = (typeof importTypes)[number];

export type ColumnKind =
  | 'id' // a record's id (UUID)
  | 'string' // one line of text
  | 'text' // text that may span lines
  | 'int'
  | 'float'
  | 'date' // YYYY-MM-DD or DD.MM.YYYY
  | 'datetime' // export only
  | 'boolean'
  | 'enum'
  | 'enumList'
  | 'languages' // ISO 639 codes, comma separated
  | 'ags' // a municipality key
  | 'agsList'
  | 'idList';

export interface ColumnSpec {
  key: string; // English header, and the property or link it fills
  de: string; // German header
  aliases?: string[]; // further accepted headers
  kind: ColumnKind;
  enumName?: EnumName; // for enum and enumList
  rule?: FieldRule; // from server/validation/field-rules.ts
  required?: boolean; // the column must be there and have a value in every row
  exportOnly?: boolean; // written by the export for reading, ignored by the import
  about: string; // for the template docs
  example?: string; // for the template docs
}

/** A link of the imported node to a municipality (by AGS) or to actors (by id, or by source and externalId). */
export type LinkSpec = {
  name: string; // the API's field name, for messages
  type: string; // relationship type
  outgoing: boolean; // true: (node)-[type]->(target)
  many: boolean; // a list, else none or one
  required: boolean; // exactly one (many: false) must be named in every row
} & (
  | { target: 'Municipality'; agsColumn: string }
  | { target: 'Actor'; idColumn: string; sourceColumn?: string; externalIdColumn?: string }
  | { target: 'Actor'; idListColumn: string }
);

export interface ImportTemplate {
  type: ImportType;
  label: 'Actor' | 'Offer' | 'Need' | 'Cooperation' | 'Outcome'; // the node label, or the relationship properties' type
  name: { de: string; en: string }; // of the list, e.g. for sheet names
  columns: ColumnSpec[];
  keySourceColumn?: 'source' | 'importSource'; // the column (and property) that is the namespace of externalId
  links: LinkSpec[];
  location?: boolean; // latitude and longitude columns make the node's location
  requireOneOf: string[][]; // each group: at least one of these columns must be in the file
}

const rules = (entity: string, field: string): FieldRule => {
  const rule = fieldRules[entity]?.[field];
  if (!rule) throw new Error(`no field rule ${entity}.${field}`);
  return rule;
};

const idColumn = (about: string): ColumnSpec => ({ key: 'id', de: 'ID', kind: 'id', about });

const keyColumns = (entity: 'Actor' | 'Offer', what: string): ColumnSpec[] => [
  idColumn(`The ${what}'s id in Bildungsnetz (from an export). Leave empty for new records; a given id must exist.`),
  {
    key: 'source',
    de: 'Quelle',
    aliases: ['Herkunft', 'System'],
    kind: 'string',
    rule: rules(entity, 'source'),
    about:
      'The system or list the record comes from; with externalId its key. Empty: the --source given to the import.',
    example: 'kurs-portal',
  },
  {
    key: 'externalId',
    de: 'Kennung',
    aliases: ['externe ID', 'externe Kennung', 'external id'],
    kind: 'string',
    rule: rules(entity, 'externalId'),
    about:
      "The record's key in its source. A re-import updates the record with the same source and externalId. Each row needs an externalId or an id.",
    example: 'K-2027-014',
  },
];

const locationColumns: ColumnSpec[] = [
  {
    key: 'latitude',
    de: 'Breitengrad',
    aliases: ['lat', 'Breite'],
    kind: 'float',
    about: 'WGS 84 latitude, e.g. 52,6412 or 52.6412; with longitude, or both empty.',
    example: '52,6412',
  },
  {
    key: 'longitude',
    de: 'Längengrad',
    aliases: ['lon', 'lng', 'Länge'],
    kind: 'float',
    about: 'WGS 84 longitude.',
    example: '9,2079',
  },
];

const timestampColumns: ColumnSpec[] = [
  {
    key: 'createdAt',
    de: 'Angelegt am',
    kind: 'datetime',
    exportOnly: true,
    about: 'When the record was created (export only).',
  },
  {
    key: 'updatedAt',
    de: 'Geändert am',
    kind: 'datetime',
    exportOnly: true,
    about: 'When the record was last changed (export only).',
  },
];

const actors: ImportTemplate = {
  type: 'actors',
  label: 'Actor',
  name: { de: 'Akteure', en: 'Actors' },
  keySourceColumn: 'source',
  location: true,
  requireOneOf: [],
  columns: [
    ...keyColumns('Actor', 'actor'),
    {
      key: 'name',
      de: 'Name',
      aliases: ['Bezeichnung'],
      kind: 'string',
      rule: rules('Actor', 'name'),
      required: true,
      about: 'Name of the actor.',
      example: 'Sprachschule Weser',
    },
    {
      key: 'kind',
      de: 'Art',
      aliases: ['Akteursart', 'Typ'],
      kind: 'enum',
      enumName: 'ActorKind',
      required: true,
      about: 'Kind of actor.',
      example: 'Kursträger',
    },
    { key: 'description', de: 'Beschreibung', kind: 'text', rule: rules('Actor', 'description'), about: 'Free text.' },
    {
      key: 'address',
      de: 'Adresse',
      aliases: ['Anschrift', 'Straße'],
      kind: 'string',
      rule: rules('Actor', 'address'),
      about: 'Street and number.',
      example: 'Lange Straße 1',
    },
    {
      key: 'postcode',
      de: 'PLZ',
      aliases: ['Postleitzahl', 'zip'],
      kind: 'string',
      rule: rules('Actor', 'postcode'),
      about: 'German postcode, 5 digits.',
      example: '31582',
    },
    {
      key: 'city',
      de: 'Ort',
      aliases: ['Stadt'],
      kind: 'string',
      rule: rules('Actor', 'city'),
      about: 'Town of the address.',
      example: 'Nienburg/Weser',
    },
    ...locationColumns,
    {
      key: 'phone',
      de: 'Telefon',
      aliases: ['Tel', 'Telefonnummer'],
      kind: 'string',
      rule: rules('Actor', 'phone'),
      about: 'Phone number.',
      example: '+49 5021 123456',
    },
    {
      key: 'email',
      de: 'E-Mail',
      aliases: ['Mail', 'E-Mail-Adresse'],
      kind: 'string',
      rule: rules('Actor', 'email'),
      about: 'E-mail address.',
      example: 'info@example.org',
    },
    {
      key: 'website',
      de: 'Webseite',
      aliases: ['Internet', 'Homepage', 'URL'],
      kind: 'string',
      rule: rules('Actor', 'website'),
      about: 'Starting with http:// or https://.',
      example: 'https://example.org',
    },
    {
      key: 'languages',
      de: 'Sprachen',
      kind: 'languages',
      rule: rules('Actor', 'languages'),
      about: 'Languages spoken, ISO 639 codes separated by commas.',
      example: 'de, ar, uk',
    },
    {
      key: 'municipalityAgs',
      de: 'Gemeinde (AGS)',
      aliases: ['municipality', 'AGS', 'Gemeindeschlüssel'],
      kind: 'ags',
      about: 'AGS of the municipality where the actor sits (8 digits, 9 for a Samtgemeinde); must exist.',
      example: '03256022',
    },
    {
      key: 'municipalityName',
      de: 'Gemeindename',
      kind: 'string',
      exportOnly: true,
      about: 'Name of that municipality (export only).',
    },
    {
      key: 'servesAgs',
      de: 'Versorgt (AGS)',
      aliases: ['serves', 'Einzugsgebiet (AGS)'],
      kind: 'agsList',
      about: 'AGS of the municipalities the actor serves, separated by commas; each must exist.',
      example: '03256022, 03256023',
    },
    ...timestampColumns,
  ],
  links: [
    {
      name: 'municipality',
      type: 'LOCATED_IN',
      outgoing: true,
      many: false,
      required: false,
      target: 'Municipality',
      agsColumn: 'municipalityAgs',
    },
    {
      name: 'serves',
      type: 'SERVES',
      outgoing: true,
      many: true,
      required: false,
      target: 'Municipality',
      agsColumn: 'servesAgs',
    },
  ],
};

const offers: ImportTemplate = {
  type: 'offers',
  label: 'Offer',
  name: { de: 'Angebote', en: 'Offers' },
  keySourceColumn: 'source',
  location: true,
  requireOneOf: [['providerId', 'providerExternalId']],
  columns: [
    ...keyColumns('Offer', 'offer'),
    {
      key: 'title',
      de: 'Titel',
      aliases: ['Name', 'Bezeichnung'],
      kind: 'string',
      rule: rules('Offer', 'title'),
      required: true,
      about: 'Title of the offer.',
      example: 'Integrationskurs mit Kinderbetreuung',
    },
    { key: 'description', de: 'Beschreibung', kind: 'text', rule: rules('Offer', 'description'), about: 'Free text.' },
    {
      key: 'category',
      de: 'Kategorie',
      aliases: ['Angebotskategorie'],
      kind: 'enum',
      enumName: 'OfferCategory',
      required: true,
      about: 'Category of the offer.',
      example: 'Integrationskurs',
    },
    {
      key: 'courseType',
      de: 'Kursart',
      aliases: ['Kurstyp'],
      kind: 'enum',
      enumName: 'CourseType',
      about: 'Course type (integration and job language courses).',
      example: 'Eltern',
    },
    {
      key: 'languageLevelFrom',
      de: 'Niveau von',
      aliases: ['Sprachniveau von'],
      kind: 'enum',
      enumName: 'CefrLevel',
      about: 'CEFR level at the start.',
      example: 'A1',
    },
    {
      key: 'languageLevelTo',
      de: 'Niveau bis',
      aliases: ['Sprachniveau bis'],
      kind: 'enum',
      enumName: 'CefrLevel',
      about: 'CEFR level at the end; not below languageLevelFrom.',
      example: 'B1',
    },
    {
      key: 'targetGroups',
      de: 'Zielgruppen',
      kind: 'enumList',
      enumName: 'TargetGroup',
      about: 'Target groups separated by commas; empty: open to everyone.',
      example: 'Eltern, Frauen',
    },
    {
      key: 'capacity',
      de: 'Plätze',
      aliases: ['Kapazität', 'Teilnehmerplätze'],
      kind: 'int',
      rule: rules('Offer', 'capacity'),
      about: 'Maximum places, 0 or more.',
      example: '20',
    },
    {
      key: 'booked',
      de: 'Belegt',
      aliases: ['gebucht', 'Anmeldungen'],
      kind: 'int',
      rule: rules('Offer', 'booked'),
      about: 'Places taken.',
      example: '6',
    },
    {
      key: 'waitlist',
      de: 'Warteliste',
      kind: 'int',
      rule: rules('Offer', 'waitlist'),
      about: 'Persons on the waiting list.',
      example: '0',
    },
    {
      key: 'minGroupSize',
      de: 'Mindestgruppengröße',
      aliases: ['Mindestteilnehmer'],
      kind: 'int',
      rule: rules('Offer', 'minGroupSize'),
      about: "Minimum group size to start; empty: the course type's default.",
    },
    {
      key: 'startDate',
      de: 'Beginn',
      aliases: ['Startdatum', 'Start'],
      kind: 'date',
      about: 'First day, YYYY-MM-DD or DD.MM.YYYY.',
      example: '01.02.2027',
    },
    {
      key: 'endDate',
      de: 'Ende',
      aliases: ['Enddatum'],
      kind: 'date',
      about: 'Last day; not before the start.',
      example: '17.12.2027',
    },
    { key: 'registrationDeadline', de: 'Anmeldeschluss', kind: 'date', about: 'Last day to register.' },
    {
      key: 'schedule',
      de: 'Zeiten',
      aliases: ['Termine', 'Unterrichtszeiten'],
      kind: 'string',
      rule: rules('Offer', 'schedule'),
      about: 'Free text, e.g. Mo-Fr 8:30-12:45.',
      example: 'Mo-Fr 8:30-12:45',
    },
    {
      key: 'hoursTotal',
      de: 'Unterrichtseinheiten',
      aliases: ['UE', 'Stunden'],
      kind: 'int',
      rule: rules('Offer', 'hoursTotal'),
      about: 'Teaching units of 45 minutes.',
      example: '1000',
    },
    {
      key: 'format',
      de: 'Format',
      aliases: ['Form', 'Durchführung'],
      kind: 'enum',
      enumName: 'OfferFormat',
      required: true,
      about: 'In person, online or hybrid.',
      example: 'Präsenz',
    },
    { key: 'childcare', de: 'Kinderbetreuung', kind: 'boolean', about: 'ja/nein (true/false).', example: 'ja' },
    { key: 'costFree', de: 'Kostenfrei', aliases: ['kostenlos'], kind: 'boolean', about: 'ja/nein.', example: 'ja' },
    {
      key: 'cost',
      de: 'Kosten (EUR)',
      aliases: ['Kosten', 'Preis'],
      kind: 'float',
      rule: rules('Offer', 'cost'),
      about: 'Cost in euros for a participant; decimal comma or point.',
      example: '0',
    },
    {
      key: 'languages',
      de: 'Sprachen',
      kind: 'languages',
      rule: rules('Offer', 'languages'),
      about: 'Languages the offer is given in, ISO 639 codes.',
      example: 'de',
    },
    { key: 'accessible', de: 'Barrierefrei', kind: 'boolean', about: 'ja/nein.', example: 'ja' },
    {
      key: 'status',
      de: 'Status',
      kind: 'enum',
      enumName: 'OfferStatus',
      required: true,
      about: 'Status of the offer.',
      example: 'Offen',
    },
    ...locationColumns,
    {
      key: 'venueAgs',
      de: 'Veranstaltungsort (AGS)',
      aliases: ['venue', 'Ort (AGS)'],
      kind: 'ags',
      about: 'AGS of the municipality where the offer takes place; empty e.g. for online offers; must exist.',
      example: '03256022',
    },
    {
      key: 'venueName',
      de: 'Veranstaltungsort',
      kind: 'string',
      exportOnly: true,
      about: 'Name of that municipality (export only).',
    },
    {
      key: 'providerId',
      de: 'Anbieter (ID)',
      kind: 'id',
      about: 'Id of the providing actor in Bildungsnetz; or give providerExternalId.',
    },
    {
      key: 'providerSource',
      de: 'Anbieter (Quelle)',
      kind: 'string',
      rule: rules('Actor', 'source'),
      about: "Source of the provider's externalId; empty: this row's source.",
    },
    {
      key: 'providerExternalId',
      de: 'Anbieter (Kennung)',
      kind: 'string',
      rule: rules('Actor', 'externalId'),
      about: 'externalId of the providing actor (imported before as an actor).',
      example: 'A-17',
    },
    {
      key: 'providerName',
      de: 'Anbieter',
      kind: 'string',
      exportOnly: true,
      about: 'Name of the provider (export only).',
    },
    { key: 'funderIds', de: 'Förderer (IDs)', kind: 'idList', about: 'Ids of funding actors, separated by commas.' },
    {
      key: 'freePlaces',
      de: 'Freie Plätze',
      kind: 'int',
      exportOnly: true,
      about: 'Capacity minus booked (export only).',
    },
    ...timestampColumns,
  ],
  links: [
    {
      name: 'provider',
      type: 'PROVIDES',
      outgoing: false,
      many: false,
      required: true,
      target: 'Actor',
      idColumn: 'providerId',
      sourceColumn: 'providerSource',
      externalIdColumn: 'providerExternalId',
    },
    {
      name: 'venue',
      type: 'TAKES_PLACE_IN',
      outgoing: true,
      many: false,
      required: false,
      target: 'Municipality',
      agsColumn: 'venueAgs',
    },
    {
      name: 'funders',
      type: 'FUNDS',
      outgoing: false,
      many: true,
      required: false,
      target: 'Actor',
      idListColumn: 'funderIds',
    },
  ],
};

const needs: ImportTemplate = {
  type: 'needs',
  label: 'Need',
  name: { de: 'Bedarfe', en: 'Needs' },
  keySourceColumn: 'importSource',
  requireOneOf: [],
  columns: [
    idColumn("The need's id in Bildungsnetz (from an export). Leave empty for new records; a given id must exist."),
    {
      key: 'importSource',
      de: 'Importquelle',
      kind: 'string',
      rule: rules('Offer', 'source'),
      about: 'The list the need comes from; with externalId its key. Empty: the --source given to the import.',
      example: 'bedarfsabfrage-2026',
    },
    {
      key: 'externalId',
      de: 'Kennung',
      aliases: ['externe ID', 'externe Kennung', 'external id'],
      kind: 'string',
      rule: rules('Offer', 'externalId'),
      about:
        "The need's key in its list. A re-import updates the need with the same importSource and externalId. Each row needs an externalId or an id.",
      example: 'B-001',
    },
    {
      key: 'municipalityAgs',
      de: 'Gemeinde (AGS)',
      aliases: ['municipality', 'AGS', 'Gemeindeschlüssel'],
      kind: 'ags',
      required: true,
      about: 'AGS of the municipality with the need; must exist.',
      example: '03256022',
    },
    {
      key: 'municipalityName',
      de: 'Gemeindename',
      kind: 'string',
      exportOnly: true,
      about: 'Name of that municipality (export only).',
    },
    {
      key: 'category',
      de: 'Kategorie',
      kind: 'enum',
      enumName: 'OfferCategory',
      required: true,
      about: 'Category of offer needed.',
      example: 'Integrationskurs',
    },
    {
      key: 'targetGroup',
      de: 'Zielgruppe',
      kind: 'enum',
      enumName: 'TargetGroup',
      about: 'Target group.',
      example: 'Erwachsene',
    },
    {
      key: 'languageLevel',
      de: 'Sprachniveau',
      aliases: ['Niveau'],
      kind: 'enum',
      enumName: 'CefrLevel',
      about: 'CEFR level needed.',
      example: 'A1',
    },
    {
      key: 'persons',
      de: 'Personen',
      aliases: ['Anzahl', 'Anzahl Personen'],
      kind: 'int',
      rule: rules('Need', 'persons'),
      required: true,
      about: 'Number of persons, 1 or more (an aggregate, never personal data).',
      example: '14',
    },
    {
      key: 'reportedAt',
      de: 'Gemeldet am',
      aliases: ['Datum', 'Meldedatum'],
      kind: 'date',
      required: true,
      about: 'Date of the report.',
      example: '01.10.2026',
    },
    {
      key: 'source',
      de: 'Quelle',
      aliases: ['Bedarfsquelle'],
      kind: 'enum',
      enumName: 'NeedSource',
      required: true,
      about: 'How the need is known.',
      example: 'Warteliste',
    },
    {
      key: 'status',
      de: 'Status',
      kind: 'enum',
      enumName: 'NeedStatus',
      required: true,
      about: 'Open, met or obsolete.',
      example: 'Offen',
    },
    {
      key: 'reportedById',
      de: 'Gemeldet von (ID)',
      kind: 'id',
      about: 'Id of the reporting actor; or give reportedByExternalId.',
    },
    {
      key: 'reportedBySource',
      de: 'Gemeldet von (Quelle)',
      kind: 'string',
      rule: rules('Actor', 'source'),
      about: "Source of the reporting actor's externalId; empty: the --source given to the import.",
    },
    {
      key: 'reportedByExternalId',
      de: 'Gemeldet von (Kennung)',
      kind: 'string',
      rule: rules('Actor', 'externalId'),
      about: 'externalId of the reporting actor.',
    },
    {
      key: 'reportedByName',
      de: 'Gemeldet von',
      kind: 'string',
      exportOnly: true,
      about: 'Name of the reporting actor (export only).',
    },
    {
      key: 'note',
      de: 'Notiz',
      aliases: ['Bemerkung', 'Anmerkung'],
      kind: 'text',
      rule: rules('Need', 'note'),
      about: 'Free text.',
    },
    ...timestampColumns,
  ],
  links: [
    {
      name: 'municipality',
      type: 'NEEDED_IN',
      outgoing: true,
      many: false,
      required: true,
      target: 'Municipality',
      agsColumn: 'municipalityAgs',
    },
    {
      name: 'reportedBy',
      type: 'REPORTED_BY',
      outgoing: true,
      many: false,
      required: false,
      target: 'Actor',
      idColumn: 'reportedById',
      sourceColumn: 'reportedBySource',
      externalIdColumn: 'reportedByExternalId',
    },
  ],
};

const cooperations: ImportTemplate = {
  type: 'cooperations',
  label: 'Cooperation',
  name: { de: 'Kooperationen', en: 'Cooperations' },
  requireOneOf: [
    ['fromId', 'fromExternalId'],
    ['toId', 'toExternalId'],
  ],
  columns: [
    {
      key: 'fromId',
      de: 'Von (ID)',
      kind: 'id',
      about: 'Id of the actor that entered the cooperation; or give fromExternalId.',
    },
    {
      key: 'fromSource',
      de: 'Von (Quelle)',
      kind: 'string',
      rule: rules('Actor', 'source'),
      about: 'Source of fromExternalId; empty: the --source given to the import.',
    },
    {
      key: 'fromExternalId',
      de: 'Von (Kennung)',
      kind: 'string',
      rule: rules('Actor', 'externalId'),
      about: 'externalId of that actor.',
      example: 'A-17',
    },
    { key: 'fromName', de: 'Von', kind: 'string', exportOnly: true, about: 'Name of that actor (export only).' },
    { key: 'toId', de: 'Mit (ID)', kind: 'id', about: 'Id of the partner actor; or give toExternalId.' },
    {
      key: 'toSource',
      de: 'Mit (Quelle)',
      kind: 'string',
      rule: rules('Actor', 'source'),
      about: 'Source of toExternalId; empty: the --source given to the import.',
    },
    {
      key: 'toExternalId',
      de: 'Mit (Kennung)',
      kind: 'string',
      rule: rules('Actor', 'externalId'),
      about: 'externalId of the partner actor.',
      example: 'JC-1',
    },
    { key: 'toName', de: 'Mit', kind: 'string', exportOnly: true, about: 'Name of the partner actor (export only).' },
    {
      key: 'kind',
      de: 'Art',
      aliases: ['Kooperationsart'],
      kind: 'enum',
      enumName: 'CooperationKind',
      required: true,
      about: 'Kind of cooperation.',
      example: 'Vermittlung',
    },
    { key: 'since', de: 'Seit', kind: 'date', about: 'Start of the cooperation.', example: '01.01.2025' },
    { key: 'until', de: 'Bis', kind: 'date', about: 'End of the cooperation; not before since.' },
    {
      key: 'strength',
      de: 'Stärke',
      aliases: ['Intensität'],
      kind: 'int',
      rule: rules('Cooperation', 'strength'),
      about: '1 (loose) to 3 (close).',
      example: '2',
    },
    {
      key: 'note',
      de: 'Notiz',
      aliases: ['Bemerkung'],
      kind: 'text',
      rule: rules('Cooperation', 'note'),
      about: 'Free text.',
    },
  ],
  links: [],
};

const count = (key: string, de: string, about: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  de,
  kind: 'int',
  about,
  ...extra,
});

// What came of an offer over one period (issue 19): aggregate counts only, never personal data. The same checks as
// the API's reportOutcomes (server/analysis/outcomes/check-outcome.ts); the same offer and period again replaces them.
const outcomes: ImportTemplate = {
  type: 'outcomes',
  label: 'Outcome',
  name: { de: 'Ergebnisse', en: 'Outcomes' },
  requireOneOf: [['offerId', 'offerExternalId']],
  columns: [
    {
      key: 'offerId',
      de: 'Angebot (ID)',
      aliases: ['Angebots-ID'],
      kind: 'id',
      about: "The offer's id in Bildungsnetz (from an export of offers); or give offerExternalId.",
    },
    {
      key: 'offerSource',
      de: 'Angebot (Quelle)',
      kind: 'string',
      rule: rules('Offer', 'source'),
      about: "Source of the offer's externalId; empty: the --source given to the import.",
      example: 'kurs-portal',
    },
    {
      key: 'offerExternalId',
      de: 'Angebot (Kennung)',
      kind: 'string',
      rule: rules('Offer', 'externalId'),
      about: "The offer's externalId in its source.",
      example: 'K-2027-014',
    },
    {
      key: 'periodStart',
      de: 'Zeitraum von',
      aliases: ['Beginn Zeitraum', 'von'],
      kind: 'date',
      required: true,
      about: 'First day of the period the counts cover.',
      example: '01.01.2026',
    },
    {
      key: 'periodEnd',
      de: 'Zeitraum bis',
      aliases: ['Ende Zeitraum', 'bis'],
      kind: 'date',
      required: true,
      about: 'Last day of the period; not in the future, at most three years after its start.',
      example: '30.06.2026',
    },
    count('started', 'Begonnen', 'Participants who began (0 or more).', {
      aliases: ['Teilnehmende', 'Teilnehmer begonnen'],
      required: true,
      example: '18',
    }),
    count('finished', 'Abgeschlossen', 'Of them, who completed; finished + droppedOut at most started.', {
      aliases: ['Beendet'],
      required: true,
      example: '14',
    }),
    count('droppedOut', 'Abgebrochen', 'Of them, who left without completing.', {
      aliases: ['Abbrüche', 'Abbrecher'],
      required: true,
      example: '3',
    }),
    count('dtzB1', 'DTZ B1', 'Integration courses: B1 reached in the DTZ; the DTZ results together at most started.', {
      example: '8',
    }),
    count('dtzA2', 'DTZ A2', 'Integration courses: A2 reached in the DTZ.', { example: '4' }),
    count('dtzBelowA2', 'DTZ unter A2', 'Integration courses: below A2 in the DTZ.', { example: '1' }),
    count(
      'orientationPassed',
      'Orientierungskurstest bestanden',
      'Integration courses: orientation course test passed; passed + failed at most started.',
      { aliases: ['LiD bestanden'] },
    ),
    count(
      'orientationFailed',
      'Orientierungskurstest nicht bestanden',
      'Integration courses: orientation course test failed.',
      {
        aliases: ['LiD nicht bestanden'],
      },
    ),
    count('certificates', 'Zertifikate', 'Job language courses: certificates reached; at most started.', {
      aliases: ['Zertifikate erreicht'],
    }),
  ],
  links: [],
};

export const importTemplates: Record<ImportType, ImportTemplate> = { actors, offers, needs, cooperations, outcomes };

/** Lower case, umlauts spelled out, no spaces or punctuation: "Gemeinde (AGS)" and "gemeinde_ags" are one header. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/** Every accepted spelling of every column of a template, normalised. */
export function headerLookup(template: ImportTemplate): Map<string, ColumnSpec> {
  const lookup = new Map<string, ColumnSpec>();
  for (const column of template.columns) {
    for (const header of [column.key, column.de, ...(column.aliases ?? [])])
      lookup.set(normaliseHeader(header), column);
  }
  return lookup;
}

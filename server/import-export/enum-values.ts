// The enum values of the schema (read from schema/enums.graphql, so that the import accepts exactly what the API
// accepts) and their German and English labels (schema/enum-labels.ts, the explorer's too), which spreadsheets use
// as often as the schema's keys.
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import {
  actorKindLabels,
  cadenceLabels,
  cefrLevelLabels,
  cooperationKindLabels,
  courseTypeLabels,
  municipalityKindLabels,
  needSourceLabels,
  needStatusLabels,
  networkKindLabels,
  offerCategoryLabels,
  offerFormatLabels,
  offerStatusLabels,
  severityLabels,
  targetGroupLabels,
} from '../../schema/enum-labels.js';
import { schemaDir } from '../sdl/load-type-defs.js';

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

/** German first, then English (schema/enum-labels.ts); the import accepts both, the export writes the one of its language. */
const labels: Record<EnumName, Labels> = {
  ActorKind: actorKindLabels,
  OfferCategory: offerCategoryLabels,
  CourseType: courseTypeLabels,
  TargetGroup: targetGroupLabels,
  CefrLevel: cefrLevelLabels,
  OfferFormat: offerFormatLabels,
  OfferStatus: offerStatusLabels,
  NeedSource: needSourceLabels,
  NeedStatus: needStatusLabels,
  CooperationKind: cooperationKindLabels,
  MunicipalityKind: municipalityKindLabels,
  NetworkKind: networkKindLabels,
  Cadence: cadenceLabels,
  GapSeverity: severityLabels,
};

/** More spellings met in real spreadsheets (normalised as by normaliseWord). */
const extraSpellings: Partial<Record<EnumName, Record<string, string[]>>> = {
  ActorKind: {
    ADULT_EDUCATION_CENTRE: ['vhs'],
    DAYCARE: ['kindertagesstaette', 'kindergarten'],
    EMPLOYMENT_AGENCY: ['arbeitsagentur'],
  },
  OfferCategory: {
    OTHER_LANGUAGE_COURSE: ['sonstiger sprachkurs'],
    LANGUAGE_CAFE: ['sprachcafe'],
    INTEGRATION_COURSE: ['ik'],
    JOB_LANGUAGE_COURSE: ['berufsbezogene sprachfoerderung', 'deufoev'],
  },
  OfferFormat: { IN_PERSON: ['praesenz', 'vor ort'] },
  TargetGroup: { ACADEMICS: ['akademiker', 'akademikerinnen'] },
};

function readSchemaEnums(): Map<string, string[]> {
  const document = parse(fs.readFileSync(path.join(schemaDir, 'enums.graphql'), 'utf8'));
  const enums = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION)
      enums.set(
        definition.name.value,
        (definition.values ?? []).map((value) => value.name.value),
      );
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
      for (const spelling of [value, de, en, ...(extraSpellings[name]?.[value] ?? [])])
        lookup.set(normaliseWord(spelling), value);
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

// The actor kinds: label, how common, how many offers each makes, and the categories of those offers by weight.
import type { ActorKind, OfferCategory } from '../synthetic-types.js';

export const actorKinds: Record<
  ActorKind,
  { label: string; weight: number; offers: number; categories: Partial<Record<OfferCategory, number>> }
> = {
  COUNTY_OFFICE: {
    label: 'Kreisverwaltung',
    weight: 0.6,
    offers: 1,
    categories: { EDUCATION_GUIDANCE: 40, FIRST_ORIENTATION_COURSE: 20, MIGRATION_COUNSELLING: 20, OTHER: 20 },
  },
  MUNICIPAL_ADMINISTRATION: {
    label: 'Gemeindeverwaltung',
    weight: 7,
    offers: 0.4,
    categories: { MIGRATION_COUNSELLING: 30, LANGUAGE_CAFE: 20, OTHER: 30, EDUCATION_GUIDANCE: 20 },
  },
  JOBCENTER: {
    label: 'Jobcenter',
    weight: 0.6,
    offers: 2,
    categories: { EDUCATION_GUIDANCE: 40, VOCATIONAL_ENTRY: 30, FURTHER_TRAINING: 30 },
  },
  EMPLOYMENT_AGENCY: {
    label: 'Arbeitsagentur',
    weight: 0.4,
    offers: 2,
    categories: { EDUCATION_GUIDANCE: 50, VOCATIONAL_ENTRY: 25, FURTHER_TRAINING: 25 },
  },
  COURSE_PROVIDER: {
    label: 'Kursträger',
    weight: 10,
    offers: 10,
    categories: {
      INTEGRATION_COURSE: 30,
      JOB_LANGUAGE_COURSE: 22,
      FIRST_ORIENTATION_COURSE: 6,
      OTHER_LANGUAGE_COURSE: 10,
      VOCATIONAL_ENTRY: 8,
      FURTHER_TRAINING: 12,
      LANGUAGE_CAFE: 2,
      OTHER: 2,
    },
  },
  ADULT_EDUCATION_CENTRE: {
    label: 'Volkshochschule',
    weight: 2,
    offers: 12,
    categories: {
      INTEGRATION_COURSE: 30,
      JOB_LANGUAGE_COURSE: 12,
      FIRST_ORIENTATION_COURSE: 6,
      OTHER_LANGUAGE_COURSE: 15,
      LANGUAGE_CAFE: 6,
      FURTHER_TRAINING: 10,
      EDUCATION_GUIDANCE: 5,
      OTHER: 4,
    },
  },
  SCHOOL: {
    label: 'Schule',
    weight: 18,
    offers: 1.2,
    categories: { SCHOOL_LANGUAGE_SUPPORT: 70, MENTORING: 10, LANGUAGE_CAFE: 5, OTHER: 5 },
  },
  VOCATIONAL_SCHOOL: {
    label: 'Berufsschule',
    weight: 3,
    offers: 3,
    categories: { VOCATIONAL_ENTRY: 40, SCHOOL_LANGUAGE_SUPPORT: 20, APPRENTICESHIP: 20, JOB_LANGUAGE_COURSE: 10 },
  },
  DAYCARE: { label: 'Kita', weight: 16, offers: 1, categories: { EARLY_CHILDHOOD: 80, OTHER: 10, LANGUAGE_CAFE: 5 } },
  COUNSELLING_SERVICE: {
    label: 'Beratungsstelle',
    weight: 6,
    offers: 4,
    categories: { MIGRATION_COUNSELLING: 45, RECOGNITION_COUNSELLING: 20, EDUCATION_GUIDANCE: 25, MENTORING: 5 },
  },
  WELFARE_ASSOCIATION: {
    label: 'Wohlfahrtsverband',
    weight: 5,
    offers: 4,
    categories: {
      MIGRATION_COUNSELLING: 35,
      INTEGRATION_COURSE: 10,
      EARLY_CHILDHOOD: 10,
      LANGUAGE_CAFE: 10,
      MENTORING: 10,
      EDUCATION_GUIDANCE: 10,
      OTHER: 5,
    },
  },
  CHAMBER: {
    label: 'Kammer',
    weight: 0.4,
    offers: 3,
    categories: { RECOGNITION_COUNSELLING: 40, APPRENTICESHIP: 30, FURTHER_TRAINING: 20, MENTORING: 10 },
  },
  EMPLOYER: {
    label: 'Betrieb',
    weight: 6,
    offers: 0.5,
    categories: { APPRENTICESHIP: 60, JOB_LANGUAGE_COURSE: 15, FURTHER_TRAINING: 25 },
  },
  ASSOCIATION: {
    label: 'Verein',
    weight: 8,
    offers: 1.5,
    categories: { LANGUAGE_CAFE: 30, OTHER: 30, MENTORING: 20, OTHER_LANGUAGE_COURSE: 10 },
  },
  MIGRANT_ORGANISATION: {
    label: 'Migrantenorganisation',
    weight: 4,
    offers: 2,
    categories: { LANGUAGE_CAFE: 25, MENTORING: 25, MIGRATION_COUNSELLING: 20, OTHER: 20, OTHER_LANGUAGE_COURSE: 10 },
  },
  VOLUNTEER_INITIATIVE: {
    label: 'Ehrenamtsinitiative',
    weight: 7,
    offers: 2,
    categories: { LANGUAGE_CAFE: 35, MENTORING: 25, OTHER_LANGUAGE_COURSE: 20, OTHER: 20 },
  },
  FOUNDATION: {
    label: 'Stiftung',
    weight: 1.5,
    offers: 0.5,
    categories: { MENTORING: 50, OTHER: 30, EDUCATION_GUIDANCE: 20 },
  },
  CHURCH: {
    label: 'Kirchengemeinde',
    weight: 3,
    offers: 1,
    categories: { LANGUAGE_CAFE: 40, OTHER: 30, MENTORING: 20, EARLY_CHILDHOOD: 10 },
  },
  OTHER: {
    label: 'Einrichtung',
    weight: 1.5,
    offers: 0.5,
    categories: { OTHER: 50, LANGUAGE_CAFE: 20, MENTORING: 30 },
  },
};
export const actorKindList = Object.keys(actorKinds) as ActorKind[];

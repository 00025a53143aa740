// The needs: the planned ones that make the south-west gap and the waiting lists, and the tables the further
// needs are drawn from (categories by weight, target groups, levels and sources per category).
import type { CefrLevel, NeedSource, NeedStatus, OfferCategory, TargetGroup } from '../demo-types.js';

export interface NeedPlan {
  at: string;
  category: OfferCategory;
  targetGroup: TargetGroup | null;
  level: CefrLevel | null;
  persons: number;
  source: NeedSource;
  by: string | null;
  status?: NeedStatus;
  note?: string;
}
export const plannedNeeds: NeedPlan[] = [
  {
    at: 'Diepenau',
    category: 'JOB_LANGUAGE_COURSE',
    targetGroup: 'ADULTS',
    level: 'B1',
    persons: 18,
    source: 'JOBCENTER',
    by: 'jc-sto',
    note: 'Kein Berufssprachkurs in erreichbarer Nähe; ohne Auto ist Nienburg kaum zu erreichen.',
  },
  {
    at: 'Warmsen',
    category: 'JOB_LANGUAGE_COURSE',
    targetGroup: 'EMPLOYED',
    level: 'A2',
    persons: 7,
    source: 'JOBCENTER',
    by: 'jc-sto',
    note: 'Beschäftigte in der Landwirtschaft, Kurs nur abends möglich.',
  },
  {
    at: 'Diepenau',
    category: 'EARLY_CHILDHOOD',
    targetGroup: 'PARENTS',
    level: null,
    persons: 12,
    source: 'SURVEY',
    by: 'kita-die',
    note: 'Kita-Abfrage: Familien fragen nach einer Eltern-Kind-Gruppe.',
  },
  {
    at: 'Raddestorf',
    category: 'RECOGNITION_COUNSELLING',
    targetGroup: 'ACADEMICS',
    level: null,
    persons: 5,
    source: 'AUTHORITY',
    by: 'sg-uch',
    note: 'Zugewanderte mit Hochschulabschluss ohne Beratung vor Ort.',
  },
  {
    at: 'Uchte',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'ADULTS',
    level: 'A1',
    persons: 32,
    source: 'WAITLIST',
    by: 'geest',
    note: 'Warteliste des einzigen Kursträgers vor Ort.',
  },
  {
    at: 'Diepenau',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'ADULTS',
    level: 'A1',
    persons: 14,
    source: 'AUTHORITY',
    by: 'sg-uch',
  },
  {
    at: 'Warmsen',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'WOMEN',
    level: 'A1',
    persons: 9,
    source: 'SURVEY',
    by: 'hk-uch',
    note: 'Frauen mit kleinen Kindern; Kurs nur mit Kinderbetreuung möglich.',
  },
  {
    at: 'Nienburg/Weser',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'ADULTS',
    level: 'A1',
    persons: 40,
    source: 'WAITLIST',
    by: 'sw',
  },
  {
    at: 'Nienburg/Weser',
    category: 'JOB_LANGUAGE_COURSE',
    targetGroup: 'ADULTS',
    level: 'B2',
    persons: 25,
    source: 'JOBCENTER',
    by: 'jc',
  },
  {
    at: 'Rehburg-Loccum',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'YOUNG_ADULTS',
    level: 'A1',
    persons: 15,
    source: 'WAITLIST',
    by: 'auetal',
  },
  {
    at: 'Samtgemeinde Heemsen',
    category: 'LANGUAGE_CAFE',
    targetGroup: null,
    level: null,
    persons: 10,
    source: 'ESTIMATE',
    by: 'sg-heem',
    note: 'Schätzung für die Samtgemeinde insgesamt.',
  },
  {
    at: 'Stolzenau',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'PARENTS',
    level: 'A1',
    persons: 11,
    source: 'SURVEY',
    by: 'kita-sto',
  },
  {
    at: 'Hoya',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'ADULTS',
    level: 'A1',
    persons: 22,
    source: 'WAITLIST',
    by: 'bgh',
  },
  {
    at: 'Uchte',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    targetGroup: 'CHILDREN',
    level: null,
    persons: 16,
    source: 'SCHOOL',
    by: 'gs-uch',
  },
  {
    at: 'Nienburg/Weser',
    category: 'INTEGRATION_COURSE',
    targetGroup: 'PARENTS',
    level: 'A1',
    persons: 13,
    source: 'SURVEY',
    by: 'fz-ni',
    status: 'MET',
    note: 'Durch den Elternkurs der Volkshochschule gedeckt.',
  },
];
export const needCategories: [OfferCategory, number][] = [
  ['INTEGRATION_COURSE', 22],
  ['JOB_LANGUAGE_COURSE', 12],
  ['FIRST_ORIENTATION_COURSE', 6],
  ['OTHER_LANGUAGE_COURSE', 6],
  ['LANGUAGE_CAFE', 4],
  ['EARLY_CHILDHOOD', 10],
  ['SCHOOL_LANGUAGE_SUPPORT', 12],
  ['VOCATIONAL_ENTRY', 8],
  ['APPRENTICESHIP', 4],
  ['FURTHER_TRAINING', 4],
  ['RECOGNITION_COUNSELLING', 3],
  ['MIGRATION_COUNSELLING', 4],
  ['EDUCATION_GUIDANCE', 3],
  ['MENTORING', 3],
];
export const targetsFor: Partial<Record<OfferCategory, TargetGroup[]>> = {
  INTEGRATION_COURSE: ['ADULTS', 'ADULTS', 'WOMEN', 'PARENTS', 'YOUNG_ADULTS', 'ILLITERATE'],
  JOB_LANGUAGE_COURSE: ['ADULTS', 'EMPLOYED', 'ACADEMICS'],
  EARLY_CHILDHOOD: ['PARENTS', 'CHILDREN'],
  SCHOOL_LANGUAGE_SUPPORT: ['CHILDREN', 'YOUTH', 'UNACCOMPANIED_MINORS'],
  VOCATIONAL_ENTRY: ['YOUTH', 'YOUNG_ADULTS', 'UNACCOMPANIED_MINORS'],
  APPRENTICESHIP: ['YOUNG_ADULTS'],
  RECOGNITION_COUNSELLING: ['ACADEMICS', 'EMPLOYED'],
  FURTHER_TRAINING: ['ADULTS', 'EMPLOYED'],
  MENTORING: ['YOUNG_ADULTS', 'WOMEN'],
};
export const levelFor: Partial<Record<OfferCategory, CefrLevel[]>> = {
  INTEGRATION_COURSE: ['A1', 'A1', 'A2'],
  JOB_LANGUAGE_COURSE: ['A2', 'B1', 'B2', 'C1'],
  FIRST_ORIENTATION_COURSE: ['A1'],
  OTHER_LANGUAGE_COURSE: ['A1', 'A2', 'B1'],
  VOCATIONAL_ENTRY: ['A2', 'B1'],
};
export function listNeedSources(category: OfferCategory): NeedSource[] {
  if (category === 'SCHOOL_LANGUAGE_SUPPORT') return ['SCHOOL', 'SCHOOL', 'AUTHORITY'];
  if (category === 'JOB_LANGUAGE_COURSE' || category === 'VOCATIONAL_ENTRY' || category === 'FURTHER_TRAINING')
    return ['JOBCENTER', 'JOBCENTER', 'WAITLIST', 'SURVEY'];
  if (category === 'INTEGRATION_COURSE') return ['WAITLIST', 'AUTHORITY', 'JOBCENTER', 'SURVEY'];
  return ['SURVEY', 'AUTHORITY', 'ESTIMATE'];
}

// The needs: categories by weight, target groups, levels, statuses and sources per category.
import { createWeightedTable } from '../../data-generation/weighted-picker.js';
import type { CefrLevel, NeedSource, NeedStatus, OfferCategory, TargetGroup } from '../synthetic-types.js';

export const needCategories = createWeightedTable<OfferCategory>({
  INTEGRATION_COURSE: 22,
  JOB_LANGUAGE_COURSE: 12,
  FIRST_ORIENTATION_COURSE: 6,
  OTHER_LANGUAGE_COURSE: 6,
  LANGUAGE_CAFE: 4,
  EARLY_CHILDHOOD: 10,
  SCHOOL_LANGUAGE_SUPPORT: 12,
  VOCATIONAL_ENTRY: 8,
  APPRENTICESHIP: 4,
  FURTHER_TRAINING: 4,
  RECOGNITION_COUNSELLING: 3,
  MIGRATION_COUNSELLING: 4,
  EDUCATION_GUIDANCE: 3,
  MENTORING: 3,
  OTHER: 1,
});
export const needTargets: Partial<Record<OfferCategory, TargetGroup[]>> = {
  INTEGRATION_COURSE: ['ADULTS', 'ADULTS', 'ADULTS', 'WOMEN', 'PARENTS', 'YOUNG_ADULTS', 'ILLITERATE'],
  JOB_LANGUAGE_COURSE: ['ADULTS', 'EMPLOYED', 'ACADEMICS'],
  EARLY_CHILDHOOD: ['PARENTS', 'CHILDREN'],
  SCHOOL_LANGUAGE_SUPPORT: ['CHILDREN', 'YOUTH', 'UNACCOMPANIED_MINORS'],
  VOCATIONAL_ENTRY: ['YOUTH', 'YOUNG_ADULTS', 'UNACCOMPANIED_MINORS'],
  APPRENTICESHIP: ['YOUNG_ADULTS'],
  RECOGNITION_COUNSELLING: ['ACADEMICS', 'EMPLOYED'],
  FURTHER_TRAINING: ['ADULTS', 'EMPLOYED'],
  MENTORING: ['YOUNG_ADULTS', 'WOMEN'],
};
export const needLevels: Partial<Record<OfferCategory, CefrLevel[]>> = {
  INTEGRATION_COURSE: ['A1', 'A1', 'A2'],
  JOB_LANGUAGE_COURSE: ['A2', 'B1', 'B2', 'C1'],
  FIRST_ORIENTATION_COURSE: ['A1'],
  OTHER_LANGUAGE_COURSE: ['A1', 'A2', 'B1'],
  VOCATIONAL_ENTRY: ['A2', 'B1'],
};
export const needStatuses = createWeightedTable<NeedStatus>({ OPEN: 78, MET: 14, OBSOLETE: 8 });

export function listNeedSources(category: OfferCategory): NeedSource[] {
  if (category === 'SCHOOL_LANGUAGE_SUPPORT') return ['SCHOOL', 'SCHOOL', 'AUTHORITY'];
  if (category === 'JOB_LANGUAGE_COURSE' || category === 'VOCATIONAL_ENTRY' || category === 'FURTHER_TRAINING')
    return ['JOBCENTER', 'JOBCENTER', 'WAITLIST', 'SURVEY'];
  if (category === 'INTEGRATION_COURSE') return ['WAITLIST', 'AUTHORITY', 'JOBCENTER', 'SURVEY'];
  return ['SURVEY', 'AUTHORITY', 'ESTIMATE'];
}

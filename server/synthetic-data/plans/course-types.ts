// The BAMF course types: teaching units, levels, target groups, places, hours per week; and how common each is.
import { createWeightedTable } from '../../data-generation/weighted-picker.js';
import type { CefrLevel, CourseType, TargetGroup } from '../synthetic-types.js';

export interface CourseTypeFacts {
  label: string;
  hours: number;
  from: CefrLevel | null;
  to: CefrLevel;
  targets: TargetGroup[];
  capacity: [number, number];
  perWeek: number;
  childcare: number; // probability
}

export const courseTypes: Record<CourseType, CourseTypeFacts> = {
  GENERAL: {
    label: 'Integrationskurs',
    hours: 700,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [18, 25],
    perWeek: 20,
    childcare: 0.05,
  },
  YOUTH: {
    label: 'Jugendintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['YOUNG_ADULTS'],
    capacity: [18, 25],
    perWeek: 20,
    childcare: 0,
  },
  PARENTS: {
    label: 'Elternintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['PARENTS'],
    capacity: [15, 22],
    perWeek: 16,
    childcare: 0.7,
  },
  WOMEN: {
    label: 'Frauenintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['WOMEN'],
    capacity: [15, 22],
    perWeek: 16,
    childcare: 0.7,
  },
  LITERACY: {
    label: 'Alphabetisierungskurs',
    hours: 1000,
    from: null,
    to: 'A2',
    targets: ['ILLITERATE', 'ADULTS'],
    capacity: [12, 18],
    perWeek: 20,
    childcare: 0.05,
  },
  SECOND_SCRIPT: {
    label: 'Zweitschriftlernerkurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [15, 22],
    perWeek: 20,
    childcare: 0.05,
  },
  INTENSIVE: {
    label: 'Intensivkurs',
    hours: 430,
    from: null,
    to: 'B1',
    targets: ['ADULTS', 'ACADEMICS'],
    capacity: [18, 25],
    perWeek: 25,
    childcare: 0,
  },
  REMEDIAL: {
    label: 'Wiederholerkurs',
    hours: 300,
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [18, 25],
    perWeek: 20,
    childcare: 0.05,
  },
  JOB_BASIC_B2: {
    label: 'Berufssprachkurs B2',
    hours: 500,
    from: 'B1',
    to: 'B2',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: 16,
    childcare: 0,
  },
  JOB_BASIC_C1: {
    label: 'Berufssprachkurs C1',
    hours: 500,
    from: 'B2',
    to: 'C1',
    targets: ['ACADEMICS', 'EMPLOYED'],
    capacity: [12, 20],
    perWeek: 12,
    childcare: 0,
  },
  JOB_SPECIAL_A2: {
    label: 'Berufssprachkurs Spezialmodul A2',
    hours: 400,
    from: 'A1',
    to: 'A2',
    targets: ['ADULTS'],
    capacity: [15, 25],
    perWeek: 20,
    childcare: 0.05,
  },
  JOB_SPECIAL_B1: {
    label: 'Berufssprachkurs Spezialmodul B1',
    hours: 400,
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: 16,
    childcare: 0,
  },
  JOB_SPECIAL_PROFESSION: {
    label: 'Berufssprachkurs Fachsprache',
    hours: 500,
    from: 'B1',
    to: 'B2',
    targets: ['EMPLOYED', 'ACADEMICS'],
    capacity: [12, 18],
    perWeek: 8,
    childcare: 0,
  },
};
export const integrationTypes = createWeightedTable<CourseType>({
  GENERAL: 40,
  YOUTH: 8,
  PARENTS: 10,
  WOMEN: 10,
  LITERACY: 12,
  SECOND_SCRIPT: 4,
  INTENSIVE: 6,
  REMEDIAL: 10,
});
export const jobTypes = createWeightedTable<CourseType>({
  JOB_BASIC_B2: 35,
  JOB_BASIC_C1: 15,
  JOB_SPECIAL_A2: 15,
  JOB_SPECIAL_B1: 20,
  JOB_SPECIAL_PROFESSION: 15,
});

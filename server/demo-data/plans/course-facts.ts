// Course facts (BAMF): teaching units, levels, target groups, and the weekly schedules by hours per week.
import type { CefrLevel, CourseType, TargetGroup } from '../demo-types.js';

export interface CourseFacts {
  label: string;
  hours: number | readonly number[];
  from: CefrLevel | null;
  to: CefrLevel;
  targets: TargetGroup[];
  capacity: [number, number];
  perWeek: readonly number[];
}

export const courseFacts: Record<CourseType, CourseFacts> = {
  GENERAL: {
    label: 'Integrationskurs (allgemein)',
    hours: 700,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [20, 25],
    perWeek: [20, 25],
  },
  INTENSIVE: {
    label: 'Intensivkurs',
    hours: 430,
    from: null,
    to: 'B1',
    targets: ['ADULTS', 'ACADEMICS'],
    capacity: [20, 25],
    perWeek: [25],
  },
  PARENTS: {
    label: 'Elternintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['PARENTS'],
    capacity: [18, 22],
    perWeek: [16, 20],
  },
  WOMEN: {
    label: 'Frauenintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['WOMEN'],
    capacity: [18, 22],
    perWeek: [16, 20],
  },
  LITERACY: {
    label: 'Integrationskurs mit Alphabetisierung',
    hours: 1000,
    from: null,
    to: 'A2',
    targets: ['ILLITERATE', 'ADULTS'],
    capacity: [15, 18],
    perWeek: [20],
  },
  YOUTH: {
    label: 'Jugendintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['YOUNG_ADULTS'],
    capacity: [20, 25],
    perWeek: [20, 25],
  },
  SECOND_SCRIPT: {
    label: 'Integrationskurs für Zweitschriftlernende',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [18, 22],
    perWeek: [20],
  },
  REMEDIAL: {
    label: 'Wiederholerkurs',
    hours: 300,
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [20, 25],
    perWeek: [15, 20],
  },
  JOB_BASIC_B2: {
    label: 'Berufssprachkurs Basismodul B2',
    hours: [400, 500],
    from: 'B1',
    to: 'B2',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: [8, 20],
  },
  JOB_BASIC_C1: {
    label: 'Berufssprachkurs Basismodul C1',
    hours: [400, 500],
    from: 'B2',
    to: 'C1',
    targets: ['ACADEMICS', 'EMPLOYED'],
    capacity: [12, 20],
    perWeek: [8, 16],
  },
  JOB_SPECIAL_A2: {
    label: 'Berufssprachkurs Spezialmodul A2',
    hours: [400, 500],
    from: 'A1',
    to: 'A2',
    targets: ['ADULTS'],
    capacity: [15, 25],
    perWeek: [16, 20],
  },
  JOB_SPECIAL_B1: {
    label: 'Berufssprachkurs Spezialmodul B1',
    hours: [400, 500],
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: [16, 20],
  },
  JOB_SPECIAL_PROFESSION: {
    label: 'Berufssprachkurs Fachsprache Pflege',
    hours: [400, 500],
    from: 'B1',
    to: 'B2',
    targets: ['EMPLOYED', 'ACADEMICS'],
    capacity: [12, 18],
    perWeek: [8, 12],
  },
};

export const scheduleByPerWeek: Record<number, string[]> = {
  8: ['Di und Do 17:30–20:45', 'Mo und Mi 18:00–21:15'],
  12: ['Mo, Mi und Fr 17:30–19:45', 'Di, Do 8:30–11:45 und Sa 9:00–12:15'],
  15: ['Mo–Fr 9:00–11:15'],
  16: ['Mo–Do 8:30–11:45', 'Mo–Do 9:00–12:15'],
  20: ['Mo–Fr 8:30–11:45', 'Mo–Fr 13:00–16:15'],
  25: ['Mo–Fr 8:30–12:45', 'Mo–Fr 8:00–12:15'],
};

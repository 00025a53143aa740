// The checks of one reported outcome, before anything is read or written: whole non-negative counts, a real
// period that has ended, finished + dropped out within started, exam results within the participants, and exam
// figures only where the category has such an exam. Pure; each problem names the field and quotes the value.
import { isCalendarDay } from '../../../shared/calendar.js';
import { quote } from '../../errors.js';

export const outcomeCounts = [
  'started',
  'finished',
  'droppedOut',
  'dtzB1',
  'dtzA2',
  'dtzBelowA2',
  'orientationPassed',
  'orientationFailed',
  'certificates',
] as const;

export type OutcomeCount = (typeof outcomeCounts)[number];

export interface OutcomeItem {
  offerId?: string | null;
  externalId?: string | null;
  periodStart: unknown;
  periodEnd: unknown;
  started: number;
  finished: number;
  droppedOut: number;
  dtzB1?: number | null;
  dtzA2?: number | null;
  dtzBelowA2?: number | null;
  orientationPassed?: number | null;
  orientationFailed?: number | null;
  certificates?: number | null;
}

export interface OutcomeProblem {
  index: number;
  field: string;
  value: unknown;
  message: string;
}

/**
 * How a message names what it is about: the API names its fields and quotes category keys; the spreadsheet import
 * names the columns of the file and the categories' German labels (server/import-export/import-outcomes.ts).
 */
export interface OutcomeNames {
  field: (name: string) => string; // e.g. finished, or the column header "Abgeschlossen"
  category: (value: string) => string; // e.g. "INTEGRATION_COURSE", or "Integrationskurs"
  missingSource: string; // what gives the source of an offer named by its externalId
}

export const apiOutcomeNames: OutcomeNames = {
  field: (name) => name,
  category: (value) => quote(value),
  missingSource: 'the source argument',
};

/** Counts above this are refused as typing errors: no course has so many participants. */
export const maxCount = 10_000;
/** The longest period one outcome may cover (an integration course with repeats runs about a year and a half). */
export const maxPeriodDays = 3 * 366;

const integrationOnly: OutcomeCount[] = ['dtzB1', 'dtzA2', 'dtzBelowA2', 'orientationPassed', 'orientationFailed'];
const jobLanguageOnly: OutcomeCount[] = ['certificates'];

// A Date argument arrives as a neo4j Date or a string; both print as YYYY-MM-DD.
// eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
const dayText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The problems of the item's own figures and period; the offer's category (when known) decides the exam fields. */
export function checkOutcomeItem(
  item: OutcomeItem,
  index: number,
  today: string,
  category: string | null,
  names: OutcomeNames = apiOutcomeNames,
): OutcomeProblem[] {
  const problems: OutcomeProblem[] = [];
  const n = names.field;
  const at = `outcomes[${index}]`;
  const add = (field: string, value: unknown, message: string) =>
    problems.push({ index, field, value, message: `${at}.${field}: ${message}` });
  const hasOffer = Boolean(item.offerId);
  const hasExternal = Boolean(item.externalId);
  if (hasOffer === hasExternal)
    add(
      'offerId',
      item.offerId ?? item.externalId ?? null,
      `give exactly one of ${n('offerId')} or ${n('externalId')}, got ${hasOffer ? 'both' : 'neither'}`,
    );
  for (const field of outcomeCounts) {
    const value = item[field];
    if (value === undefined || value === null) continue;
    if (!Number.isInteger(value) || value < 0)
      add(field, value, `must be a whole number of 0 or more, got ${quote(value)}`);
    else if (value > maxCount) add(field, value, `must be at most ${maxCount}, got ${quote(value)}`);
  }
  const start = dayText(item.periodStart);
  const end = dayText(item.periodEnd);
  if (!isCalendarDay(start)) add('periodStart', start, `must be a calendar date YYYY-MM-DD, got ${quote(start)}`);
  if (!isCalendarDay(end)) add('periodEnd', end, `must be a calendar date YYYY-MM-DD, got ${quote(end)}`);
  if (isCalendarDay(start) && isCalendarDay(end)) {
    if (start > end) add('periodStart', start, `${quote(start)} is after ${n('periodEnd')} ${quote(end)}`);
    else if (Date.parse(end) - Date.parse(start) > maxPeriodDays * 86_400_000)
      add('periodEnd', end, `the period ${quote(start)} to ${quote(end)} is longer than ${maxPeriodDays} days`);
    if (end > today)
      add('periodEnd', end, `${quote(end)} is in the future (today is ${today}); report a period once it has ended`);
  }
  const count = (field: OutcomeCount) => {
    const value = item[field];
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
  };
  const started = count('started');
  const left = count('finished') + count('droppedOut');
  if (left > started)
    add(
      'finished',
      item.finished,
      `${n('finished')} ${quote(item.finished)} + ${n('droppedOut')} ${quote(item.droppedOut)} = ${left} is more than ${n('started')} ${quote(started)}`,
    );
  const sums: [string, OutcomeCount[]][] = [
    [`DTZ results (${n('dtzB1')} + ${n('dtzA2')} + ${n('dtzBelowA2')})`, ['dtzB1', 'dtzA2', 'dtzBelowA2']],
    [
      `orientation test results (${n('orientationPassed')} + ${n('orientationFailed')})`,
      ['orientationPassed', 'orientationFailed'],
    ],
    [n('certificates'), ['certificates']],
  ];
  for (const [what, fields] of sums) {
    const total = fields.reduce((sum, field) => sum + count(field), 0);
    if (total > started)
      add(
        fields[0]!,
        item[fields[0]!],
        `${what} = ${total} is more than the participants (${n('started')} ${quote(started)})`,
      );
  }
  if (category !== null) {
    const given = (fields: OutcomeCount[]) =>
      fields.filter((field) => item[field] !== undefined && item[field] !== null);
    if (category !== 'INTEGRATION_COURSE')
      for (const field of given(integrationOnly))
        add(
          field,
          item[field],
          `only integration courses have DTZ and orientation test results; this offer is of category ${names.category(category)}`,
        );
    if (category !== 'JOB_LANGUAGE_COURSE')
      for (const field of given(jobLanguageOnly))
        add(
          field,
          item[field],
          `only job language courses have certificates; this offer is of category ${names.category(category)}`,
        );
  }
  return problems;
}

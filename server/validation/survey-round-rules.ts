// What a new Bedarfsabfrage round may be: checked before anything is written, each problem naming the field and
// quoting the value (the areas are checked against the database by the service).
import { todayInGermany, isCalendarDay } from '../../shared/calendar.js';
import { BadUserInputError, quote } from '../errors.js';
import { fieldRules } from './field-rules.js';
import { offerCategories, surveyLimits } from './survey-rules.js';
import { textRule } from './text-rules.js';

export interface SurveyRoundInputLike {
  title: string;
  deadline: string;
  graceDays?: number | null;
  areas: readonly { ags: string; email?: string | null }[];
  categories: readonly string[];
  message?: string | null;
  contactName: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

function fail(field: string, value: unknown, what: string): never {
  throw new BadUserInputError(`${field} ${what}; got ${quote(value)}; nothing was written`, {
    field,
    value: typeof value === 'string' ? value : JSON.stringify(value),
  });
}

function checkText(field: string, value: unknown, rule: (value: unknown) => string | undefined, required: boolean) {
  if (value === null || value === undefined) {
    if (required) fail(field, value ?? null, 'is required');
    return;
  }
  if (required && typeof value === 'string' && value.trim() === '') fail(field, value, 'must not be empty');
  const problem = rule(value);
  if (problem) fail(field, value, problem);
}

/** Throws BAD_USER_INPUT for the first problem of the round's input. */
export function checkSurveyRoundInput(input: SurveyRoundInputLike, today = todayInGermany()): void {
  checkText('input.title', input.title, textRule('title'), true);
  if (!isCalendarDay(String(input.deadline))) fail('input.deadline', input.deadline, 'must be a day YYYY-MM-DD');
  if (String(input.deadline) < today) fail('input.deadline', input.deadline, `must not lie before today (${today})`);
  const grace = input.graceDays ?? 7;
  if (!Number.isInteger(grace) || grace < 0 || grace > surveyLimits.graceDays)
    fail('input.graceDays', grace, `must be a whole number from 0 to ${surveyLimits.graceDays}`);
  if (input.areas.length === 0) fail('input.areas', [], 'must name at least one municipality or Samtgemeinde');
  if (input.areas.length > surveyLimits.areas)
    fail('input.areas', input.areas.length, `must have at most ${surveyLimits.areas} items`);
  const seen = new Set<string>();
  input.areas.forEach((area, index) => {
    if (!/^\d{8,9}$/.test(area.ags))
      fail(`input.areas[${index}].ags`, area.ags, 'must be an 8-digit AGS or a 9-digit Samtgemeinde key');
    if (seen.has(area.ags)) fail(`input.areas[${index}].ags`, area.ags, 'is named twice');
    seen.add(area.ags);
    checkText(`input.areas[${index}].email`, area.email, fieldRules.Actor!.email!, false);
  });
  if (input.categories.length === 0) fail('input.categories', [], 'must name at least one category');
  const categories = new Set<string>();
  input.categories.forEach((category, index) => {
    if (!(offerCategories as string[]).includes(category))
      fail(`input.categories[${index}]`, category, 'is not a known category');
    if (categories.has(category)) fail(`input.categories[${index}]`, category, 'is named twice');
    categories.add(category);
  });
  checkText('input.message', input.message, textRule('text', { multiline: true }), false);
  checkText('input.contactName', input.contactName, textRule('name'), true);
  checkText('input.contactEmail', input.contactEmail, fieldRules.Actor!.email!, false);
  checkText('input.contactPhone', input.contactPhone, fieldRules.Actor!.phone!, false);
}

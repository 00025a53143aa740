// Minimum and maximum group size per course type: documented defaults, which a county overrides with its own
// figures (CourseTypeSetting nodes, written through Mutation.setCourseTypeSettings).
import neo4j, { type Driver } from 'neo4j-driver';
import { advanceDataVersion } from '../../database/data-version.js';
import { BadUserInputError, quote, shownValue } from '../../errors.js';
import { fieldRules } from '../../validation/field-rules.js';
import { requireDriver, type AnalysisDeps } from '../analysis-deps.js';

export interface CourseTypeSetting {
  courseType: string;
  minGroupSize: number; // a course below it does not start
  maxGroupSize: number; // places of a course at most
  source: 'DEFAULT' | 'COUNTY';
  basis: string; // where the figures come from
}

// Maximum group sizes: BAMF, annex to Trägerrundschreiben 25/16 (general integration course 25, literacy 16,
// special courses lower); job language courses (DeuFöV) likewise at most 25. Minimum group sizes are not set by
// law: a provider starts a course when enough learners have registered to carry it. The defaults below are
// assumptions from practice (general courses rarely start below 12 registrations, special courses with smaller
// groups below 8) and are meant to be replaced by the county's own figures from its round of providers.
const maxBasis = 'Höchstteilnehmerzahl nach BAMF-Trägerrundschreiben 25/16';
const minBasis = 'Mindestgröße: Annahme aus der Praxis, vom Kreis anzupassen';

const defaults: Record<string, [min: number, max: number]> = {
  GENERAL: [12, 25],
  INTENSIVE: [12, 20],
  YOUTH: [10, 20],
  PARENTS: [8, 20],
  WOMEN: [8, 20],
  LITERACY: [8, 16],
  SECOND_SCRIPT: [8, 16],
  REMEDIAL: [8, 20],
  JOB_BASIC_B2: [12, 25],
  JOB_BASIC_C1: [12, 25],
  JOB_SPECIAL_A2: [10, 20],
  JOB_SPECIAL_B1: [10, 20],
  JOB_SPECIAL_PROFESSION: [8, 20],
};

export const courseTypes = Object.keys(defaults);

export function defaultSettings(): CourseTypeSetting[] {
  return Object.entries(defaults).map(([courseType, [minGroupSize, maxGroupSize]]) => ({
    courseType,
    minGroupSize,
    maxGroupSize,
    source: 'DEFAULT',
    basis: `${maxBasis}; ${minBasis}`,
  }));
}

export interface CourseTypeSettingInput {
  courseType: string;
  minGroupSize: number;
  maxGroupSize: number;
  basis?: string | null;
}

export const largestGroup = 100;

/** Throws BadUserInputError naming the first bad setting. */
export function checkSettings(settings: readonly CourseTypeSettingInput[]): void {
  const seen = new Set<string>();
  for (const setting of settings) {
    const { courseType, minGroupSize: min, maxGroupSize: max } = setting;
    const where = `courseType ${courseType}`;
    if (!courseTypes.includes(courseType))
      throw new BadUserInputError(`Unknown course type ${quote(courseType)}`, {
        field: 'courseType',
        value: courseType,
      });
    if (seen.has(courseType))
      throw new BadUserInputError(`${where} is given twice`, { field: 'courseType', value: courseType });
    seen.add(courseType);
    if (!Number.isInteger(min) || min < 1)
      throw new BadUserInputError(`${where}: minGroupSize must be a whole number of 1 or more, got ${quote(min)}`, {
        field: 'minGroupSize',
        value: min,
      });
    if (!Number.isInteger(max) || max < 1 || max > largestGroup) {
      throw new BadUserInputError(
        `${where}: maxGroupSize must be a whole number from 1 to ${largestGroup}, got ${quote(max)}`,
        { field: 'maxGroupSize', value: max },
      );
    }
    if (min > max)
      throw new BadUserInputError(`${where}: minGroupSize ${min} is above maxGroupSize ${max}`, {
        field: 'minGroupSize',
        value: min,
      });
    // The same text rule as every other text field (field-rules.ts): bounded, no control characters.
    const basisProblem =
      setting.basis === null || setting.basis === undefined
        ? undefined
        : fieldRules.CourseTypeSetting!.basis!(setting.basis);
    if (basisProblem)
      throw new BadUserInputError(`${where}: CourseTypeSetting.basis ${basisProblem}; got ${quote(setting.basis)}`, {
        field: 'CourseTypeSetting.basis',
        value: shownValue(setting.basis),
      });
  }
}

/** The settings in force: the county's where it set them, the defaults elsewhere. */
export async function loadSettings(driver: Driver, database?: string): Promise<Map<string, CourseTypeSetting>> {
  const { records } = await driver.executeQuery(
    'MATCH (s:CourseTypeSetting) RETURN s.courseType AS courseType, s.minGroupSize AS minGroupSize, s.maxGroupSize AS maxGroupSize, s.basis AS basis',
    {},
    { database, routing: neo4j.routing.READ },
  );
  const settings = new Map(defaultSettings().map((setting) => [setting.courseType, setting]));
  for (const record of records) {
    const courseType = record.get('courseType') as string;
    settings.set(courseType, {
      courseType,
      minGroupSize: Number(record.get('minGroupSize')),
      maxGroupSize: Number(record.get('maxGroupSize')),
      source: 'COUNTY',
      basis: (record.get('basis') as string | null) ?? 'vom Kreis festgelegt',
    });
  }
  return settings;
}

export async function saveSettings(
  driver: Driver,
  settings: readonly CourseTypeSettingInput[],
  database?: string,
): Promise<void> {
  checkSettings(settings);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(
        `UNWIND $settings AS setting
         MERGE (s:CourseTypeSetting {courseType: setting.courseType})
         SET s.minGroupSize = setting.minGroupSize, s.maxGroupSize = setting.maxGroupSize, s.basis = setting.basis, s.updatedAt = datetime()`,
        { settings: settings.map((setting) => ({ ...setting, basis: setting.basis ?? null })) },
      );
      // Group sizes decide course suggestions and recommendations: cached ones of the old settings are not served.
      await advanceDataVersion(tx);
    });
  } finally {
    await session.close();
  }
}

/** Every course type's setting (Query.courseTypeSettings). */
export async function listCourseTypeSettings(deps: AnalysisDeps): Promise<CourseTypeSetting[]> {
  return [...(await loadSettings(requireDriver(deps), deps.database)).values()];
}

/** Saves the settings given and answers them as stored (Mutation.setCourseTypeSettings). */
export async function setCourseTypeSettings(
  deps: AnalysisDeps,
  input: CourseTypeSettingInput[],
): Promise<CourseTypeSetting[]> {
  await saveSettings(requireDriver(deps), input, deps.database);
  const settings = await loadSettings(requireDriver(deps), deps.database);
  return input.map((setting) => settings.get(setting.courseType)!);
}

// The course calendar: the course starts of an area in a period, with their group sizes from the settings per
// course type and whether they can start.
import { todayInGermany } from '../../../shared/calendar.js';
import { BadUserInputError, quote } from '../../errors.js';
import { readRows, requireDriver, type AnalysisDeps } from '../analysis-deps.js';
import { loadArea } from '../area/load-area.js';
import { parseArea, type AreaArgs } from '../area/parse-area.js';
import { checkDate, courseCategories } from './course-arguments.js';
import { loadSettings, type CourseTypeSetting } from './course-type-settings.js';

const calendarStatuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

export interface CourseStart {
  id: string;
  title: string;
  category: string;
  courseType: string | null;
  languageLevelFrom: string | null;
  languageLevelTo: string | null;
  targetGroups: string[] | null;
  childcare: boolean | null;
  status: string;
  providerId: string | null;
  providerName: string | null;
  venueAgs: string | null;
  venueName: string | null;
  samtgemeindeAgs: string | null;
  startDate: string | null;
  endDate: string | null;
  registrations: number | null;
  capacity: number | null;
  minGroupSize: number;
  maxGroupSize: number;
  fillRate: number | null; // registrations / capacity
  canStart: boolean; // registrations reach the minimum group size
  placesToMinimum: number;
}

export interface CalendarArgs extends AreaArgs {
  from?: unknown;
  to?: unknown;
  courseTypes?: string[] | null;
  categories?: string[] | null;
}

export async function courseCalendar(deps: AnalysisDeps, args: CalendarArgs): Promise<CourseStart[]> {
  const from = checkDate('from', args.from) ?? todayInGermany();
  const to = checkDate('to', args.to);
  if (to !== undefined && to < from)
    throw new BadUserInputError(`to ${quote(to)} is before from ${quote(from)}`, { field: 'to', value: to });
  const categories = args.categories?.length ? args.categories : courseCategories;
  const area = await loadArea(deps, parseArea(args));
  const settings = await loadSettings(requireDriver(deps), deps.database);
  const rows = await readRows<
    Omit<CourseStart, 'minGroupSize' | 'maxGroupSize' | 'fillRate' | 'canStart' | 'placesToMinimum'> & {
      ownMinGroupSize: number | null;
    }
  >(
    deps,
    `MATCH (o:Offer)-[:TAKES_PLACE_IN]->(v:Municipality)
     WHERE ($areaAgs IS NULL OR v.ags IN $areaAgs) AND o.category IN $categories AND o.status IN $statuses
       AND ($courseTypes IS NULL OR o.courseType IN $courseTypes)
       AND coalesce(o.endDate, o.startDate) >= date($from) AND ($to IS NULL OR o.startDate <= date($to))
     OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
     OPTIONAL MATCH (v)-[:MEMBER_OF]->(sg:Municipality)
     RETURN o.id AS id, o.title AS title, o.category AS category, o.courseType AS courseType,
            o.languageLevelFrom AS languageLevelFrom, o.languageLevelTo AS languageLevelTo, o.targetGroups AS targetGroups,
            o.childcare AS childcare, o.status AS status, p.id AS providerId, p.name AS providerName, v.ags AS venueAgs, v.name AS venueName,
            sg.ags AS samtgemeindeAgs, toString(o.startDate) AS startDate, toString(o.endDate) AS endDate,
            o.booked AS registrations, o.capacity AS capacity, o.minGroupSize AS ownMinGroupSize
     ORDER BY o.startDate, o.title, o.id`,
    {
      areaAgs: area.kind === 'GERMANY' ? null : area.municipalities.map((m) => m.ags),
      categories,
      statuses: calendarStatuses,
      courseTypes: args.courseTypes?.length ? args.courseTypes : null,
      from,
      to: to ?? null,
    },
  );
  return rows.map(({ ownMinGroupSize, ...row }) => {
    const setting: CourseTypeSetting | undefined = row.courseType ? settings.get(row.courseType) : undefined;
    const minGroupSize = ownMinGroupSize ?? setting?.minGroupSize ?? 1;
    const maxGroupSize = setting?.maxGroupSize ?? row.capacity ?? minGroupSize;
    const registrations = row.registrations ?? 0;
    return {
      ...row,
      minGroupSize,
      maxGroupSize,
      fillRate: row.capacity ? registrations / row.capacity : null,
      canStart: row.status === 'RUNNING' || registrations >= minGroupSize,
      placesToMinimum: Math.max(0, minGroupSize - registrations),
    };
  });
}

// Why persons of a need are left without a suitable start: the first of the matching's conditions that no course in
// reach meets, checked in the order the coordinator would act on them. Only the matching itself knows who took the
// places, so "all full" is what remains when suitable courses start after asOf and yet none had a place left.
import { type AnalysisDeps, readRows } from '../analysis-deps.js';
import { bboxParams, boxAround } from '../area/bounding-box.js';
import { type WaitingCourse, type WaitingNeed, type WaitingOptions, suits } from './match-waiting-times.js';
import { indexPlaces } from './places-within.js';

export type UnplacedReason =
  'NO_COURSE_IN_REACH' | 'NO_COURSE_FOR_TARGET_GROUP' | 'NO_CHILDCARE' | 'NO_START_AFTER_AS_OF' | 'ALL_FULL';

/** A course of the category at any date and state but cancelled or completed: what a reason is made of. */
export interface ReasonCourse extends Omit<WaitingCourse, 'freePlaces'> {
  status: string;
}

type ReasonOptions = Pick<WaitingOptions, 'asOf' | 'radiusKm' | 'childcareGroups'>;

/** The reason for each need given (all of which have persons left); keyed by need id. */
export function explainUnplaced(
  needs: readonly WaitingNeed[],
  courses: readonly ReasonCourse[],
  options: ReasonOptions,
): Map<string, UnplacedReason> {
  const within = indexPlaces(courses);
  const reasons = new Map<string, UnplacedReason>();
  for (const need of needs) {
    const inReach: ReasonCourse[] = [];
    within(need, options.radiusKm, (i) => inReach.push(courses[i]!));
    reasons.set(need.id, reasonFor(need, inReach, options));
  }
  return reasons;
}

function reasonFor(need: WaitingNeed, inReach: readonly ReasonCourse[], options: ReasonOptions): UnplacedReason {
  if (inReach.length === 0) return 'NO_COURSE_IN_REACH';
  // The radius is already met; suits() then checks the target group and, for the groups that need it, childcare.
  const anyGroup = { ...options, childcareGroups: [] };
  const forGroup = inReach.filter((course) => suits(course, need, 0, anyGroup));
  if (forGroup.length === 0) return 'NO_COURSE_FOR_TARGET_GROUP';
  const withChildcare = forGroup.filter((course) => suits(course, need, 0, options));
  if (withChildcare.length === 0) return 'NO_CHILDCARE';
  const upcoming = withChildcare.filter(
    (course) => course.startDate >= options.asOf && ['PLANNED', 'OPEN', 'FULL'].includes(course.status),
  );
  if (upcoming.length === 0) return 'NO_START_AFTER_AS_OF';
  // Upcoming suitable courses exist: their places are booked, went to older needs, or were never given (no capacity).
  return 'ALL_FULL';
}

/** The courses of the category within the radius of the needs given, in any state but cancelled or completed. */
export async function loadReasonCourses(
  deps: AnalysisDeps,
  category: string,
  needs: readonly WaitingNeed[],
  radiusKm: number,
): Promise<ReasonCourse[]> {
  const box = boxAround(needs, radiusKm);
  if (!box) return [];
  return readRows<ReasonCourse>(
    deps,
    `MATCH (o:Offer) USING INDEX o:Offer(category, status)
     WHERE o.category = $category AND o.status IN ['PLANNED', 'OPEN', 'FULL', 'RUNNING'] AND o.format <> 'ONLINE'
     OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
     WITH o, coalesce(o.location, v.location) AS place
     WHERE place IS NOT NULL AND point.withinBBox(place, $sw, $ne)
     RETURN o.id AS id, place.latitude AS latitude, place.longitude AS longitude, toString(o.startDate) AS startDate,
            o.status AS status, o.targetGroups AS targetGroups, o.childcare AS childcare`,
    { category, ...bboxParams(box) },
  );
}

// Course coordination recommendations (../shared/DESIGN.md): POOL_COURSE_STARTS, START_NEW_COURSE and
// DATE_CONFLICT, in the same form as the other recommendations. Pure: the caller loads the courses (with their
// places) and the waiting-time figures.
import { haversineKm } from '../gaps/haversine.js';
import { indexPlaces } from './places-within.js';
import { countOf } from '../../../shared/german/count-of.js';
import { formatGermanDate } from '../../../shared/german/format-german-date.js';
import { words } from '../../../shared/german/words.js';
import { categoryLabel, categoryPhrase, compareGerman, courseTypeLabel, formatDe, formatEn } from '../labels.js';
import type { RankKey, Recommendation } from '../rank-recommendations.js';
import { TopRanked } from '../top-ranked.js';

export interface PlacedCourse {
  id: string;
  title: string;
  category: string;
  courseType: string | null;
  languageLevelFrom: string | null;
  status: string;
  startDate: string;
  registrations: number;
  capacity: number | null;
  minGroupSize: number;
  providerId: string | null;
  providerName: string | null;
  venueAgs: string | null;
  venueName: string | null;
  latitude: number;
  longitude: number;
}

/** Persons of one municipality waiting for one course type (server/analysis/courses/course-type-for-need.ts). */
export interface WaitingArea {
  ags: string;
  name: string;
  latitude: number;
  longitude: number;
  category: string;
  courseType: string;
  overTarget: number;
  noSuitableStart: number;
  needIds: string[];
}

export interface ProviderScore {
  id: string;
  weightedDegree: number;
  degree: number;
}

export interface CourseRecommendationInputs {
  asOf: string;
  radiusKm: number;
  targetWeeks: number;
  courses: PlacedCourse[]; // PLANNED and OPEN courses of the course categories, starting on or after asOf
  providerCourses: PlacedCourse[]; // every course a provider runs or ran, to know who runs which type
  waiting: WaitingArea[]; // per municipality, category and course type
  providers: ProviderScore[];
  conflictDays?: number; // starts this close are in conflict; default 14
}

type Draft = Omit<Recommendation, 'rank'>;

/**
 * A draft whose texts are written when first read. At Germany scale there are a hundred thousand suggestions and
 * only the few returned are ever read: writing every text took a third of the time. The getters sit on the
 * prototype, so that every draft keeps one fast object shape (rankRecommendations copies the texts explicitly).
 */
class LazyTexts {
  readonly #write: () => { de: string; en: string };
  #texts: { de: string; en: string } | undefined;
  constructor(write: () => { de: string; en: string }) {
    this.#write = write;
  }
  get textDe(): string {
    return (this.#texts ??= this.#write()).de;
  }
  get textEn(): string {
    return (this.#texts ??= this.#write()).en;
  }
}

function withTexts(fields: Omit<Draft, 'textDe' | 'textEn'>, write: () => { de: string; en: string }): Draft {
  return Object.assign(new LazyTexts(write), fields);
}

const km = (value: number) => Math.round(value * 10) / 10;
const distance = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number =>
  haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
/** "Integrationskurs (Elternkurs) ab A2": the category, the course type as a noun, the level. */
const typeLabel = (course: PlacedCourse) =>
  `${categoryLabel(course.category).de}${course.courseType ? ` (${courseTypeLabel(course.courseType).de})` : ''}${course.languageLevelFrom ? ` ab ${course.languageLevelFrom}` : ''}`;
const typeLabelEn = (course: PlacedCourse) =>
  `${categoryLabel(course.category).en}${course.courseType ? ` (${courseTypeLabel(course.courseType).en})` : ''}${course.languageLevelFrom ? ` from ${course.languageLevelFrom}` : ''}`;

/** Plain code-unit order: dates (YYYY-MM-DD) and ids need no locale, and localeCompare is slow by the million. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const kindOf = (course: PlacedCourse) =>
  `${course.category}|${course.courseType ?? ''}|${course.languageLevelFrom ?? ''}`;

/** Visits the courses within a radius of a point with their distance; `skip` leaves some out before measuring. */
type VisitCourses = (
  at: { latitude: number; longitude: number },
  visit: (other: PlacedCourse, distanceKm: number) => void,
  skip?: (other: PlacedCourse) => boolean,
) => void;

/** A k-d tree over some courses, so that all of Germany is not every course against every other. */
function courseFinder(courses: PlacedCourse[], radiusKm: number): VisitCourses {
  const within = indexPlaces(courses);
  return (at, visit, skip) =>
    within(
      at,
      radiusKm,
      (i, distanceKm) => visit(courses[i]!, distanceKm),
      skip ? (i) => skip(courses[i]!) : undefined,
    );
}

/** Like courseFinder, but only among courses of the same kind (category, course type, level): one tree a kind. */
function sameKindFinder(
  courses: PlacedCourse[],
  radiusKm: number,
): (
  course: PlacedCourse,
  visit: (other: PlacedCourse, distanceKm: number) => void,
  skip?: (other: PlacedCourse) => boolean,
) => void {
  const byKind = new Map<string, PlacedCourse[]>();
  for (const course of courses) {
    const kind = kindOf(course);
    const list = byKind.get(kind);
    if (list) list.push(course);
    else byKind.set(kind, [course]);
  }
  const finders = new Map([...byKind].map(([kind, list]) => [kind, courseFinder(list, radiusKm)]));
  return (course, visit, skip) =>
    finders.get(kindOf(course))?.(course, visit, (other) => other === course || (skip?.(other) ?? false));
}

/** Courses below their minimum whose registrations, gathered at one of them, reach it. */
function poolStarts(inputs: CourseRecommendationInputs): Draft[] {
  const below = inputs.courses.filter((course) => course.registrations < course.minGroupSize);
  const near = sameKindFinder(below, inputs.radiusKm);
  const used = new Set<string>();
  const drafts: Draft[] = [];
  const others: (PlacedCourse | null)[] = [];
  const distances: number[] = [];
  // The course with most registrations keeps; the nearest others of its kind move to it until it can start.
  const order = [...below].sort(
    (a, b) => b.registrations - a.registrations || byText(a.startDate, b.startDate) || byText(a.id, b.id),
  );
  for (const keep of order) {
    if (used.has(keep.id)) continue;
    others.length = 0;
    distances.length = 0;
    near(
      keep,
      (course, distanceKm) => {
        others.push(course);
        distances.push(distanceKm);
      },
      (other) => used.has(other.id),
    );
    // The nearest others (then by id) move until the minimum is reached: picked one by one, in the order a stable
    // sort of all of them would give (first found wins a tie), since a keep mostly needs one or two of hundreds.
    const moving: PlacedCourse[] = [];
    let longest = 0;
    let total = keep.registrations;
    while (total < keep.minGroupSize) {
      let next = -1;
      for (let k = 0; k < others.length; k += 1) {
        if (others[k] === null) continue;
        if (
          next === -1 ||
          distances[k]! < distances[next]! ||
          (distances[k] === distances[next] && byText(others[k]!.id, others[next]!.id) < 0)
        )
          next = k;
      }
      if (next === -1) break;
      const other = others[next]!;
      others[next] = null;
      moving.push(other);
      longest = distances[next]!;
      total += other.registrations;
    }
    const room = keep.capacity ?? Infinity;
    if (moving.length === 0 || total < keep.minGroupSize || total > room) continue;
    for (const course of [keep, ...moving]) used.add(course.id);
    drafts.push(
      withTexts(
        {
          id: `POOL_COURSE_STARTS:${keep.category}:${keep.venueAgs ?? '-'}:${keep.id}`,
          code: 'POOL_COURSE_STARTS',
          persons: total,
          category: keep.category,
          municipalityAgs: keep.venueAgs,
          municipalityName: keep.venueName,
          figures: [
            { name: 'registrations', value: total },
            { name: 'minGroupSize', value: keep.minGroupSize },
            { name: 'courses', value: moving.length + 1 },
            { name: 'longestMoveKm', value: km(longest) },
          ],
          offerIds: [keep.id, ...moving.map((m) => m.id)],
          actorIds: [...new Set([keep, ...moving].flatMap((c) => (c.providerId ? [c.providerId] : [])))],
          needIds: [],
          networkIds: [],
        },
        () => {
          const movesDe = moving
            .map(
              (m) =>
                `${countOf(m.registrations, words.registration)} aus „${m.title}“ (${m.providerName ?? 'Träger unbekannt'}, ${m.venueName ?? 'Ort unbekannt'}, ${formatDe(km(distance(keep, m)))} km)`,
            )
            .join('; ');
          const movesEn = moving
            .map(
              (m) =>
                `${m.registrations} from "${m.title}" (${m.providerName ?? '?'}, ${m.venueName ?? '?'}, ${formatEn(km(distance(keep, m)))} km)`,
            )
            .join('; ');
          return {
            de: `${typeLabel(keep)}: ${moving.length + 1} Kurse erreichen einzeln die Mindestgröße nicht, zusammen schon (${countOf(total, words.registration)}, Mindestgröße ${keep.minGroupSize}). „${keep.title}“ (${keep.providerName ?? 'Träger unbekannt'}, ${keep.venueName ?? 'Ort unbekannt'}, Start am ${formatGermanDate(keep.startDate)}, ${countOf(keep.registrations, words.registration)}) beibehalten; wechseln: ${movesDe}.`,
            en: `${typeLabelEn(keep)}: ${moving.length + 1} courses each fall short of the minimum group size but reach it together (${total} of ${keep.minGroupSize}). Keep "${keep.title}" (${keep.providerName ?? '?'}, ${keep.venueName ?? '?'}, starting ${keep.startDate}, ${keep.registrations} registrations); move: ${movesEn}.`,
          };
        },
      ),
    );
  }
  return drafts;
}

/** A START_NEW_COURSE before its providers are looked up: all the ranking needs. */
interface NewCourseCandidate extends RankKey {
  area: WaitingArea;
}

/** Persons over the target wait or without a start, per municipality and course type. */
function newCourseCandidates(inputs: CourseRecommendationInputs): NewCourseCandidate[] {
  return inputs.waiting
    .filter((area) => area.overTarget + area.noSuitableStart > 0)
    .map((area) => ({
      id: `START_NEW_COURSE:${area.category}:${area.ags}:${area.courseType}`,
      code: 'START_NEW_COURSE',
      persons: area.overTarget + area.noSuitableStart,
      municipalityName: area.name,
      area,
    }));
}

/** START_NEW_COURSE for the given areas: which providers in reach run that course type. */
function newCourses(inputs: CourseRecommendationInputs, candidates: NewCourseCandidate[]): Draft[] {
  const score = new Map(inputs.providers.map((provider) => [provider.id, provider]));
  // Only the course types asked for are indexed: with a limit, a few hundred areas are looked up, not all.
  const wanted = new Set(candidates.map(({ area }) => `${area.category}|${area.courseType}`));
  // One point per provider, course type and place is enough to know who runs which type where.
  const places = new Map<string, PlacedCourse>();
  for (const course of inputs.providerCourses) {
    if (!course.providerId || !course.courseType || !wanted.has(`${course.category}|${course.courseType}`)) continue;
    const key = `${course.category}|${course.courseType}|${course.providerId}|${course.latitude.toFixed(3)}|${course.longitude.toFixed(3)}`;
    if (!places.has(key)) places.set(key, course);
  }
  const byType = new Map<string, PlacedCourse[]>();
  for (const course of places.values()) {
    const key = `${course.category}|${course.courseType}`;
    const list = byType.get(key);
    if (list) list.push(course);
    else byType.set(key, [course]);
  }
  const finders = new Map([...byType].map(([key, list]) => [key, courseFinder(list, inputs.radiusKm)]));
  return candidates.map(({ area, id, persons }): Draft => {
    const runners = new Map<string, string>();
    finders.get(`${area.category}|${area.courseType}`)?.(
      area,
      (course) => runners.set(course.providerId!, course.providerName ?? course.providerId!),
      (course) => runners.has(course.providerId!), // a provider found once need not be measured again
    );
    const providers = [...runners]
      .map(([id, name]) => ({
        id,
        name,
        weighted: score.get(id)?.weightedDegree ?? -1,
        degree: score.get(id)?.degree ?? -1,
      }))
      // Equally connected providers go by name, then id (a provider's name is the same on all its courses).
      .sort(
        (a, b) => b.weighted - a.weighted || b.degree - a.degree || compareGerman(a.name, b.name) || byText(a.id, b.id),
      );
    return withTexts(
      {
        id,
        code: 'START_NEW_COURSE',
        persons,
        category: area.category,
        municipalityAgs: area.ags,
        municipalityName: area.name,
        figures: [
          { name: 'overTarget', value: area.overTarget },
          { name: 'noSuitableStart', value: area.noSuitableStart },
          { name: 'targetWeeks', value: inputs.targetWeeks },
          { name: 'providersInReach', value: providers.length },
        ],
        offerIds: [],
        actorIds: providers.map((p) => p.id),
        needIds: area.needIds,
        networkIds: [],
      },
      () => {
        const label = categoryLabel(area.category);
        const type = courseTypeLabel(area.courseType);
        const names =
          providers.length > 0
            ? providers
                .slice(0, 3)
                .map((p) => p.name)
                .join(', ')
            : null;
        return {
          de: `${area.name}: ${countOf(persons, { one: 'Person wartet', other: 'Personen warten' })} auf ${categoryPhrase(area.category).accusative} (${type.de}): ${formatDe(area.overTarget)} länger als ${countOf(inputs.targetWeeks, words.week)}, ${formatDe(area.noSuitableStart)} ohne passenden Start im Umkreis von ${formatDe(inputs.radiusKm)} km. Einen neuen Kurs dieser Art starten; ${names ? `in Frage kommen Träger im Umkreis, die ihn anbieten, am besten vernetzt zuerst: ${names}` : 'kein Träger im Umkreis bietet diese Kursart an: einen Träger von außerhalb gewinnen'}.`,
          en: `${area.name}: ${persons} persons wait for a ${label.en} (${type.en}): ${area.overTarget} longer than ${inputs.targetWeeks} weeks, ${area.noSuitableStart} with no suitable start within ${formatEn(inputs.radiusKm)} km. Start a new course of this type; ${names ? `providers in reach that run it, best connected first: ${names}` : 'no provider in reach runs this course type: win one from outside'}.`,
        };
      },
    );
  });
}

/**
 * Courses of one kind, in reach of each other, starting within two weeks of each other, neither full: each given
 * to `emit`. Pairs with fewer persons than `minPersons()` (with a limit: what the last kept suggestion has) cannot
 * be ranked among the first and are left out before they are written, and a course whose registrations together
 * with the most any course has cannot reach it is not searched at all.
 */
function dateConflicts(
  inputs: CourseRecommendationInputs,
  emit: (draft: Draft) => void,
  minPersons: () => number = () => -Infinity,
): void {
  const window = inputs.conflictDays ?? 14;
  const open = inputs.courses.filter((course) => course.capacity === null || course.registrations < course.capacity);
  const near = sameKindFinder(open, inputs.radiusKm);
  // Day numbers once per course: parsing dates for every pair would cost more than the rest.
  const day = new Map(open.map((course) => [course.id, Date.parse(`${course.startDate}T00:00:00Z`) / 86_400_000]));
  const mostRegistrations = open.reduce((most, course) => Math.max(most, course.registrations), 0);
  for (const first of open) {
    if (first.registrations + mostRegistrations < minPersons()) continue;
    const firstDay = day.get(first.id)!;
    // Each pair once, from its course with the smaller id; pairs of one provider and far apart in time are left
    // out before their distance is measured.
    const skip = (second: PlacedCourse) =>
      second.id < first.id ||
      second.providerId === first.providerId ||
      Math.abs(day.get(second.id)! - firstDay) > window + 0.5;
    near(
      first,
      (second, apart) => {
        const days = Math.round(Math.abs(day.get(second.id)! - firstDay));
        if (days > window || first.registrations + second.registrations < minPersons()) return;
        const [a, b] =
          byText(first.startDate, second.startDate) < 0 ||
          (first.startDate === second.startDate && first.id < second.id)
            ? [first, second]
            : [second, first];
        emit(
          withTexts(
            {
              id: `DATE_CONFLICT:${a.category}:${a.venueAgs ?? '-'}:${a.id}+${b.id}`,
              code: 'DATE_CONFLICT',
              persons: a.registrations + b.registrations,
              category: a.category,
              municipalityAgs: a.venueAgs,
              municipalityName: a.venueName,
              figures: [
                { name: 'daysApart', value: days },
                { name: 'distanceKm', value: km(apart) },
                { name: 'registrations', value: a.registrations + b.registrations },
              ],
              offerIds: [a.id, b.id],
              actorIds: [a.providerId, b.providerId].filter((id): id is string => id !== null), // two providers: pairs of one were skipped
              needIds: [],
              networkIds: [],
            },
            () => ({
              de: `${typeLabel(a)}: „${a.title}“ (${a.providerName ?? 'Träger unbekannt'}, Start am ${formatGermanDate(a.startDate)}, ${countOf(a.registrations, words.registration)}) und „${b.title}“ (${b.providerName ?? 'Träger unbekannt'}, Start am ${formatGermanDate(b.startDate)}, ${countOf(b.registrations, words.registration)}) beginnen ${days === 0 ? 'am selben Tag' : `${countOf(days, words.day)} auseinander`}, ${formatDe(km(apart))} km voneinander entfernt, und keiner ist voll. Starttermine in der Trägerrunde abstimmen.`,
              en: `${typeLabelEn(a)}: "${a.title}" (${a.providerName ?? '?'}, starting ${a.startDate}, ${a.registrations} registrations) and "${b.title}" (${b.providerName ?? '?'}, starting ${b.startDate}, ${b.registrations} registrations) start ${days} days apart, ${formatEn(km(apart))} km from each other, and neither is full. Agree on the start dates in the providers' round.`,
            }),
          ),
        );
      },
      skip,
    );
  }
}

/**
 * The course suggestions of an area. With a limit, only those that can be among the first `limit` in the ranking
 * (rank-recommendations.ts): the same first `limit` as ranking all of them, without looking up the providers of
 * every START_NEW_COURSE or writing out every date conflict (~115k suggestions for all of Germany, 200 returned).
 */
export function deriveCourseRecommendations(inputs: CourseRecommendationInputs, limit = Infinity): Draft[] {
  const upcoming = {
    ...inputs,
    courses: inputs.courses.filter(
      (course) => course.startDate >= inputs.asOf && ['PLANNED', 'OPEN'].includes(course.status),
    ),
  };
  if (limit === Infinity) {
    const conflicts: Draft[] = [];
    dateConflicts(upcoming, (draft) => conflicts.push(draft));
    return [...poolStarts(upcoming), ...newCourses(upcoming, newCourseCandidates(upcoming)), ...conflicts];
  }
  // START_NEW_COURSE first: their persons are known before their providers and are mostly the most, so that the
  // date conflicts below meet a high bar early.
  const top = new TopRanked<Draft | NewCourseCandidate>(limit);
  for (const candidate of newCourseCandidates(upcoming)) top.offer(candidate);
  for (const draft of poolStarts(upcoming)) top.offer(draft);
  dateConflicts(
    upcoming,
    (draft) => top.offer(draft),
    () => top.minPersons,
  );
  const kept = top.kept();
  const isCandidate = (item: Draft | NewCourseCandidate): item is NewCourseCandidate => 'area' in item;
  const built = new Map(newCourses(upcoming, kept.filter(isCandidate)).map((draft) => [draft.id, draft]));
  return kept.map((item) => (isCandidate(item) ? built.get(item.id)! : item));
}

// The part of a synthetic offer that depends on what it is: label, course type, levels, places and bookings,
// dates by status, languages and cost. The draws happen in a fixed order (see the fingerprint test).
import type { Random } from '../../data-generation/create-random.js';
import { pickWeighted } from '../../data-generation/weighted-picker.js';
import { otherLanguages } from '../plans/addresses.js';
import { courseTypes, integrationTypes, jobTypes } from '../plans/course-types.js';
import { categories, schedules } from '../plans/offer-categories.js';
import { synthetic } from '../plans/place-names.js';
import type {
  CefrLevel,
  CourseType,
  OfferCategory,
  OfferStatus,
  SyntheticOffer,
  TargetGroup,
} from '../synthetic-types.js';

type OfferDetails = Omit<
  SyntheticOffer,
  | 'id'
  | 'category'
  | 'format'
  | 'status'
  | 'lat'
  | 'lon'
  | 'venueAgs'
  | 'providerId'
  | 'source'
  | 'externalId'
  | 'updatedAt'
>;

/** What the offer's category (or course type) says about it. */
interface KindFacts {
  label: string;
  courseType: CourseType | null;
  capacityRange: [number, number] | null;
  hours: number | null;
  weeks: number;
  targets: TargetGroup[];
  levels: [CefrLevel | null, CefrLevel | null];
  costFree: boolean;
  cost: number | null;
  multilingual: boolean;
  childcareChance: number;
  minGroupSize: number | null;
}

function drawCourseFacts(random: Random, category: OfferCategory): KindFacts {
  const courseType = pickWeighted(random, category === 'INTEGRATION_COURSE' ? integrationTypes : jobTypes);
  const facts = courseTypes[courseType];
  const costFree = category === 'JOB_LANGUAGE_COURSE' || random.chance(0.3);
  return {
    label: facts.label,
    courseType,
    capacityRange: facts.capacity,
    hours: facts.hours,
    weeks: Math.ceil(facts.hours / facts.perWeek),
    targets: [...facts.targets],
    levels: [facts.from, facts.to],
    costFree,
    cost: costFree ? null : Math.round(facts.hours * 2.29),
    multilingual: false,
    childcareChance: facts.childcare,
    minGroupSize: random.chance(0.15) ? random.int(5, 12) : null,
  };
}

function drawCategoryFacts(
  random: Random,
  category: Exclude<OfferCategory, 'INTEGRATION_COURSE' | 'JOB_LANGUAGE_COURSE'>,
): KindFacts {
  const facts = categories[category];
  const hours = facts.hours ? random.int(facts.hours[0], facts.hours[1]) : null;
  const weeks =
    hours !== null && facts.perWeek > 0 ? Math.ceil(hours / facts.perWeek) : random.int(facts.weeks[0], facts.weeks[1]);
  const targets = [...random.pick(facts.targets)];
  const costFree = random.chance(facts.costFree);
  return {
    label: facts.label,
    courseType: null,
    capacityRange: facts.capacity,
    hours,
    weeks,
    targets,
    levels: facts.levels,
    costFree,
    cost: costFree ? null : random.int(facts.cost[0], facts.cost[1]),
    multilingual: facts.multilingual,
    childcareChance: facts.childcare,
    minGroupSize: null,
  };
}

/** Booked places and waiting list by status; a few are overbooked, as registrations sometimes are. */
function drawBookings(random: Random, status: OfferStatus, capacity: number): { booked: number; waitlist: number } {
  let booked: number;
  if (status === 'COMPLETED') booked = capacity - random.int(0, Math.min(3, capacity));
  else if (status === 'RUNNING') booked = capacity - random.int(0, Math.min(4, capacity));
  else if (status === 'FULL') booked = capacity;
  else if (status === 'OPEN') booked = Math.round(capacity * (0.1 + random.next() * 0.7));
  else if (status === 'PLANNED') booked = Math.round(capacity * random.next() * 0.5);
  else booked = random.int(0, Math.min(6, capacity));
  if (random.chance(0.03)) booked = capacity + random.int(1, 4);
  const waitlist =
    status === 'FULL' ? random.int(1, 15) : status === 'RUNNING' && random.chance(0.3) ? random.int(1, 6) : 0;
  return { booked, waitlist };
}

/** The start in days from today, by status. */
function drawStart(random: Random, status: OfferStatus, length: number): number {
  if (status === 'COMPLETED') return -random.int(7, 180) - length;
  if (status === 'RUNNING') return -random.int(1, Math.max(1, Math.min(length - 1, 200)));
  if (status === 'FULL') return random.int(7, 60);
  if (status === 'CANCELLED') return random.int(-60, 60);
  return random.int(14, 200); // OPEN and PLANNED: within the next half year
}

function drawLanguages(random: Random, multilingual: boolean): string[] {
  const languages = ['de'];
  if (!multilingual) return languages;
  for (let k = random.int(1, 3); k > 0; k--) {
    const language = random.pick(otherLanguages);
    if (!languages.includes(language)) languages.push(language);
  }
  return languages;
}

export function buildOfferDetails(
  random: Random,
  category: OfferCategory,
  status: OfferStatus,
  where: string,
  number: string,
  day: (offset: number) => string,
): OfferDetails {
  const facts =
    category === 'INTEGRATION_COURSE' || category === 'JOB_LANGUAGE_COURSE'
      ? drawCourseFacts(random, category)
      : drawCategoryFacts(random, category);
  // Places: some offers that would have them do not say how many.
  const { capacityRange } = facts;
  const capacity = capacityRange && !random.chance(0.06) ? random.int(capacityRange[0], capacityRange[1]) : null;
  const seats = capacity === null ? { booked: null, waitlist: null } : drawBookings(random, status, capacity);
  // Dates relative to today, by status; counselling hours and cafés run open-ended.
  const length = Math.max(1, facts.weeks) * 7;
  const start = drawStart(random, status, length);
  const openEnded = capacity === null && capacityRange === null && status !== 'COMPLETED' && status !== 'CANCELLED';
  const languages = drawLanguages(random, facts.multilingual);
  return {
    title: `${facts.label} ${number} – ${where} ${synthetic}`,
    description: `${facts.label}${facts.courseType ? ` (${facts.courseType})` : ''} ${where === 'online' ? 'online' : `in ${where}`}. Synthetischer Datensatz, kein reales Angebot.`,
    courseType: facts.courseType,
    languageLevelFrom: facts.levels[0],
    languageLevelTo: facts.levels[1],
    targetGroups: facts.targets,
    capacity,
    booked: seats.booked,
    waitlist: seats.waitlist,
    minGroupSize: facts.minGroupSize,
    startDate: day(openEnded && status !== 'PLANNED' ? -random.int(30, 1500) : start),
    endDate: openEnded ? null : day(start + length),
    registrationDeadline: capacity !== null ? day(start - random.int(7, 14)) : null,
    schedule: random.pick(schedules),
    hoursTotal: facts.hours,
    childcare: random.chance(facts.childcareChance),
    costFree: facts.costFree,
    cost: facts.cost,
    languages,
    accessible: random.chance(0.65),
  };
}

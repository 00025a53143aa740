// An offer of any other category: places (if any), hours, dates or an open-ended run, languages and cost.
import { categoryFacts, categoryLabel, counsellingLanguages } from '../plans/category-facts.js';
import type { OfferPlan } from '../plans/offer-plans.js';
import type { DemoContext, Place } from './demo-context.js';
import { drawCourseDates } from './draw-course-dates.js';
import { drawSeats } from './draw-seats.js';
import type { OfferDetails } from './offer-details.js';

export function buildOtherOfferDetails(context: DemoContext, plan: OfferPlan, venue: Place): OfferDetails {
  const { random, day } = context;
  const facts = categoryFacts[plan.category as keyof typeof categoryFacts];
  const hours = facts.hours ? random.int(facts.hours[0], facts.hours[1]) : null;
  const roundedHours = hours === null ? null : hours >= 100 ? Math.round(hours / 20) * 20 : hours;
  const capacity =
    facts.capacity && plan.category !== 'EARLY_CHILDHOOD'
      ? (plan.capacity ?? random.int(facts.capacity[0], facts.capacity[1]))
      : null;
  // Open groups in early childhood have places; visiting programmes and reading hours do not.
  const earlyPlaces =
    plan.category === 'EARLY_CHILDHOOD' && /gruppe|kurs|modul|treff/i.test(plan.what) ? random.int(8, 12) : null;
  const places = capacity ?? earlyPlaces;
  const dated = facts.course && places !== null;
  const weeks =
    roundedHours !== null && facts.perWeek > 0
      ? Math.ceil(roundedHours / facts.perWeek)
      : random.int(facts.weeks[0] || 8, facts.weeks[1] || 16);
  const seats =
    places === null ? { booked: null, waitlist: null } : drawSeats(random, plan.status, places, plan.booked);
  const costFree = random.next() < facts.costFree;
  const multilingual = !facts.course || plan.category === 'MENTORING';
  const languages = multilingual ? ['de', ...random.shuffle(counsellingLanguages).slice(0, random.int(1, 3))] : ['de'];
  const where = plan.venue === 'ONLINE' ? 'online' : `in ${venue.name}`;
  const ongoing = dated ? null : { startDate: day(-random.int(200, 1500)), endDate: null, registrationDeadline: null };
  return {
    title: plan.what,
    description: `${plan.what}: ${categoryLabel[plan.category]} ${where}.${places === null ? ' Ohne Anmeldung, offen für alle.' : ` Bis zu ${places} Plätze, Anmeldung erbeten.`}${plan.childcare ? ' Mit Kinderbetreuung.' : ''}`,
    courseType: null,
    languageLevelFrom: facts.levels[0],
    languageLevelTo: facts.levels[1],
    targetGroups: [...facts.targets],
    capacity: places,
    booked: seats.booked,
    waitlist: seats.waitlist,
    minGroupSize: plan.minGroupSize ?? null,
    ...(ongoing ?? drawCourseDates(context, plan.status, weeks, plan.startInDays)),
    schedule: random.pick(facts.schedules),
    hoursTotal: roundedHours,
    childcare: plan.childcare ?? false,
    costFree,
    cost: costFree ? null : random.int(facts.cost[0], facts.cost[1]),
    languages,
    accessible: random.chance(0.65),
  };
}

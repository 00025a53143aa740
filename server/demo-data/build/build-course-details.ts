// An integration or job language course (BAMF): its teaching units, levels, places, dates and cost.
import type { CourseType } from '../demo-types.js';
import { courseFacts, scheduleByPerWeek } from '../plans/course-facts.js';
import type { OfferPlan } from '../plans/offer-plans.js';
import type { DemoContext, Place } from './demo-context.js';
import { drawCourseDates } from './draw-course-dates.js';
import { drawSeats } from './draw-seats.js';
import type { OfferDetails } from './offer-details.js';

export function buildCourseDetails(context: DemoContext, plan: OfferPlan, venue: Place): OfferDetails {
  const { random } = context;
  const type = plan.what as CourseType;
  const facts = courseFacts[type];
  if (!facts) throw new Error(`demo offer plan "${plan.what}" is not a course type`);
  const hours = typeof facts.hours === 'number' ? facts.hours : random.pick(facts.hours);
  const perWeek = random.pick(facts.perWeek);
  const capacity = plan.capacity ?? random.int(facts.capacity[0], facts.capacity[1]);
  const { booked, waitlist } = drawSeats(random, plan.status, capacity, plan.booked);
  const integration = plan.category === 'INTEGRATION_COURSE';
  const where = plan.venue === 'ONLINE' ? 'online' : venue.name;
  const structure = integration
    ? hours === 300
      ? `${hours} Unterrichtseinheiten zur Wiederholung bis zum Deutsch-Test für Zuwanderer`
      : `${hours} Unterrichtseinheiten: ${hours - 100} Sprachkurs und 100 Orientierungskurs, Abschluss mit dem Deutsch-Test für Zuwanderer und dem Test „Leben in Deutschland“`
    : `${hours} Unterrichtseinheiten berufsbezogenes Deutsch mit Abschlussprüfung`;
  return {
    title: `${facts.label} – ${where}`,
    description: `${facts.label} (${facts.from ?? 'ohne Vorkenntnisse'} bis ${facts.to}), ${structure}.${plan.childcare ? ' Kinderbetreuung während des Unterrichts.' : ''}`,
    courseType: type,
    languageLevelFrom: facts.from,
    languageLevelTo: facts.to,
    targetGroups: [...facts.targets],
    capacity,
    booked,
    waitlist,
    minGroupSize: plan.minGroupSize ?? null,
    ...drawCourseDates(context, plan.status, Math.ceil(hours / perWeek), plan.startInDays),
    schedule: random.pick(scheduleByPerWeek[perWeek] ?? ['nach Vereinbarung']),
    hoursTotal: hours,
    childcare: plan.childcare ?? false,
    costFree: !integration,
    cost: integration ? Math.round(hours * 2.29) : null, // the participant's share per unit; exemption on request
    languages: ['de'],
    accessible: random.chance(0.7),
  };
}

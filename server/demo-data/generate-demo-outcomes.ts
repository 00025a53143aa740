// Two years of outcomes for the demo county (issue 19), in a random stream of their own ("outcomes"), so that the
// demo county and its history stay value for value what they were (generator-fingerprint.test.ts). Appended:
// - past courses: each provider and venue of today's integration and job language courses ran a course ending
//   every three months over the last 24 months (COMPLETED offers, kept out of the gap table and the waiting times),
//   each with its outcome (participants, finished, dropped out, DTZ and orientation test, certificates);
// - a provider with a high drop-out rate, which grows after the round asked it to act (a decision that did not
//   help), and a municipality whose courses improve month by month;
// - decisions of the monthly round that name what they address: pooling the integration courses in the
//   Samtgemeinde Uchte against its unmet demand (the gap the demo history closes: a decision that helped), and
//   learning support at the high drop-out provider against its completion rate.
import { addDays, addMonths } from '../../shared/calendar.js';
import { createStream } from '../data-generation/create-random.js';
import type { DemoData, DemoOffer } from './demo-types.js';

export interface DemoPastCourse {
  id: string;
  title: string;
  category: 'INTEGRATION_COURSE' | 'JOB_LANGUAGE_COURSE';
  courseType: DemoOffer['courseType'];
  capacity: number;
  booked: number;
  startDate: string;
  endDate: string;
  venueAgs: string;
  providerId: string;
  lat: number | null;
  lon: number | null;
}

export interface DemoOutcome {
  id: string;
  offerId: string;
  periodStart: string;
  periodEnd: string;
  started: number;
  finished: number;
  droppedOut: number;
  dtzB1: number | null;
  dtzA2: number | null;
  dtzBelowA2: number | null;
  orientationPassed: number | null;
  orientationFailed: number | null;
  certificates: number | null;
}

export interface DemoOutcomeDecision {
  id: string;
  meetingId: string;
  text: string;
  status: 'DONE';
  dueDate: string;
  addressesAreaAgs: string;
  addressesCategory: string;
  addressesIndicator: string;
}

export interface DemoOutcomes {
  pastCourses: DemoPastCourse[];
  outcomes: DemoOutcome[];
  decisions: DemoOutcomeDecision[];
  highDropOutProviderId: string | null;
  improvingAgs: string | null;
}

export const demoOutcomeMonths = 24;
const courseMonths = 6; // a past course runs this long
const every = 3; // one course per provider and venue ends every three months

const pad = (n: number) => String(n).padStart(3, '0');
const monthOf = (today: string, shift: number) => addMonths(`${today.slice(0, 7)}-01`, shift).slice(0, 7);
const lastDayOf = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

export function generateDemoOutcomes(data: DemoData): DemoOutcomes {
  const random = createStream(data.seed, 'outcomes');
  const courses = data.offers.filter(
    (o): o is DemoOffer & { category: DemoPastCourse['category'] } =>
      (o.category === 'INTEGRATION_COURSE' || o.category === 'JOB_LANGUAGE_COURSE') &&
      o.venueAgs !== null &&
      o.format !== 'ONLINE',
  );
  // One template per category, provider and venue: the first of today's courses there.
  const templates = new Map<string, (typeof courses)[number]>();
  for (const course of courses) {
    const key = `${course.category}|${course.providerId}|${course.venueAgs}`;
    if (!templates.has(key)) templates.set(key, course);
  }
  // Venues of integration courses with a single provider: the first one's provider drops many participants, the
  // second municipality improves.
  const providersAt = new Map<string, Set<string>>();
  for (const course of courses.filter((c) => c.category === 'INTEGRATION_COURSE'))
    providersAt.set(course.venueAgs, (providersAt.get(course.venueAgs) ?? new Set()).add(course.providerId));
  const single = [...providersAt]
    .filter(([, providers]) => providers.size === 1)
    .map(([ags]) => ags)
    .sort();
  const dropOutAgs = single[0] ?? null;
  const highDropOutProviderId = dropOutAgs ? [...providersAt.get(dropOutAgs)!][0]! : null;
  const improvingAgs = single[1] ?? null;
  // The round asked the high drop-out provider to act 8 months ago, due 7 months ago (decision below).
  const dropOutDue = monthOf(data.today, -7);

  const pastCourses: DemoPastCourse[] = [];
  const outcomes: DemoOutcome[] = [];
  let index = 0;
  for (const template of templates.values()) {
    const offset = index % every;
    for (let shift = -demoOutcomeMonths + offset; shift <= -1; shift += every) {
      index++;
      const month = monthOf(data.today, shift);
      const endDate = addDays(lastDayOf(month), -random.int(0, 20));
      const startDate = addDays(addMonths(endDate, -courseMonths), random.int(0, 10));
      const capacity = template.capacity ?? 20;
      const started = Math.max(6, Math.min(capacity, Math.round(capacity * (0.75 + 0.25 * random.next()))));
      // Drop-out: 12-20 % as a rule; 35 % at the high drop-out provider, 45 % after its due date; in the improving
      // municipality from 35 % two years ago down to 8 % last month.
      let dropRate = 0.12 + 0.08 * random.next();
      if (template.providerId === highDropOutProviderId && template.venueAgs === dropOutAgs)
        dropRate = month > dropOutDue ? 0.45 : 0.35;
      if (template.venueAgs === improvingAgs)
        dropRate = 0.35 - ((shift + demoOutcomeMonths) / (demoOutcomeMonths - 1)) * 0.27;
      const droppedOut = Math.round(started * dropRate);
      const finished = started - droppedOut - (random.chance(0.3) ? 1 : 0);
      const id = `demo-past-course-${pad(pastCourses.length + 1)}`;
      pastCourses.push({
        id,
        title: `${template.title} (abgeschlossen ${endDate.slice(5, 7)}/${endDate.slice(0, 4)})`,
        category: template.category,
        courseType: template.courseType,
        capacity,
        booked: started,
        startDate,
        endDate,
        venueAgs: template.venueAgs,
        providerId: template.providerId,
        lat: template.lat,
        lon: template.lon,
      });
      const integration = template.category === 'INTEGRATION_COURSE';
      const takers = Math.max(0, finished - (random.chance(0.4) ? 1 : 0));
      const b1Share =
        template.venueAgs === improvingAgs
          ? 0.4 + ((shift + demoOutcomeMonths) / (demoOutcomeMonths - 1)) * 0.3
          : 0.5 + 0.15 * random.next();
      const dtzB1 = Math.round(takers * b1Share);
      const dtzA2 = Math.round((takers - dtzB1) * 0.7);
      const orientationPassed = Math.round(takers * (0.85 + 0.1 * random.next()));
      outcomes.push({
        id: `demo-outcome-${pad(outcomes.length + 1)}`,
        offerId: id,
        periodStart: startDate,
        periodEnd: endDate,
        started,
        finished,
        droppedOut,
        dtzB1: integration ? dtzB1 : null,
        dtzA2: integration ? dtzA2 : null,
        dtzBelowA2: integration ? takers - dtzB1 - dtzA2 : null,
        orientationPassed: integration ? orientationPassed : null,
        orientationFailed: integration ? takers - orientationPassed : null,
        certificates: integration ? null : Math.round(finished * (0.6 + 0.2 * random.next())),
      });
    }
  }

  // The decisions hang on the meetings of the monthly round nearest to when they were taken.
  const round = data.networks.find((n) => n.name.startsWith('Monatsrunde')) ?? data.networks[0];
  const meetings = data.meetings.filter((m) => m.networkId === round?.id && m.date < data.today);
  const nearest = (day: string) =>
    meetings.reduce<(typeof meetings)[number] | undefined>(
      (best, m) =>
        !best || Math.abs(Date.parse(m.date) - Date.parse(day)) < Math.abs(Date.parse(best.date) - Date.parse(day))
          ? m
          : best,
      undefined,
    );
  const decisions: DemoOutcomeDecision[] = [];
  const uchte = data.municipalities.find((m) => m.kind === 'COLLECTIVE' && m.name.includes('Uchte'));
  const pooling = nearest(addMonths(data.today, -9));
  if (uchte && pooling)
    decisions.push({
      id: 'demo-outcome-decision-001',
      meetingId: pooling.id,
      text: 'Integrationskurse in der Samtgemeinde Uchte bündeln: die Träger legen ihre Anmeldungen zu einem gemeinsamen Kurs in Uchte zusammen, damit er starten kann.',
      status: 'DONE',
      dueDate: `${monthOf(data.today, -6)}-15`,
      addressesAreaAgs: uchte.ags,
      addressesCategory: 'INTEGRATION_COURSE',
      addressesIndicator: 'UNMET_DEMAND',
    });
  const support = nearest(addMonths(data.today, -8));
  const provider = data.actors.find((a) => a.id === highDropOutProviderId);
  if (dropOutAgs && provider && support)
    decisions.push({
      id: 'demo-outcome-decision-002',
      meetingId: support.id,
      text: `${provider.name} bietet Lernbegleitung für Teilnehmende mit Abbruchgefahr an, um die Abbrüche in den Integrationskursen zu senken.`,
      status: 'DONE',
      dueDate: `${dropOutDue}-20`,
      addressesAreaAgs: dropOutAgs,
      addressesCategory: 'INTEGRATION_COURSE',
      addressesIndicator: 'COMPLETION_RATE',
    });
  return { pastCourses, outcomes, decisions, highDropOutProviderId, improvingAgs };
}

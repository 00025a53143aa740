// Two Bedarfsabfrage rounds of the demo county (issue 18, item 7): one finished in spring, closed, with accepted,
// partly accepted and overdue areas, and one running, with its areas in every state (not opened, draft, submitted,
// sent back, accepted). Derived from the demo data alone, so equal (seed, today) give equal rounds. The figures an
// accepted answer reports are the open survey needs the data holds, so the accepted items agree with the graph.
// The links are stored with a hash no token has (not a SHA-256 in hex): no demo link opens a form, and the
// coordinator issues new links in the explorer (which replace them).
import { addDays } from '../../shared/calendar.js';
import type { OfferCategory, SurveyAnswerStatus, TargetGroup } from '../generated/graphql.js';
import type { DemoData, DemoNeed } from './demo-types.js';

export interface DemoSurveyRound {
  id: string;
  title: string;
  deadline: string; // YYYY-MM-DD
  graceDays: number;
  categories: OfferCategory[];
  message: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  state: 'OPEN' | 'CLOSED';
  createdAt: string; // ISO date-time
  createdBy: string;
  areaAgs: string[];
}

export interface DemoSurveyLink {
  id: string;
  roundId: string;
  areaAgs: string;
  tokenHash: string; // never the hash of a token
  createdAt: string;
  expiresAt: string;
  openedAt: string | null;
}

export interface DemoSurveyAnswer {
  id: string;
  roundId: string;
  areaAgs: string;
  status: SurveyAnswerStatus;
  needs: string; // JSON, as the form stores it
  offers: string; // JSON
  freeText: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface DemoSurveys {
  rounds: DemoSurveyRound[];
  links: DemoSurveyLink[];
  answers: DemoSurveyAnswer[];
}

/** Where each area stands in the running round, by its place in the list of areas (the rest: not opened). */
const runningStates: (SurveyAnswerStatus | 'NOT_OPENED')[] = [
  'ACCEPTED',
  'SUBMITTED',
  'SENT_BACK',
  'DRAFT',
  'SUBMITTED',
  'NOT_OPENED',
  'PARTLY_ACCEPTED',
  'DRAFT',
];
/** In the finished round: accepted mostly; one area never answered, one left its draft (both overdue). */
const finishedStates: (SurveyAnswerStatus | 'NOT_OPENED')[] = [
  'ACCEPTED',
  'PARTLY_ACCEPTED',
  'NOT_OPENED',
  'ACCEPTED',
  'ACCEPTED',
  'DRAFT',
];

const at = (day: string, minutes: number) =>
  `${day}T${String(8 + (Math.floor(minutes / 60) % 10)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`;

/** The first moment a link no longer works: midnight after the round's last day (Europe/Berlin, winter time). */
const expiryOf = (deadline: string, graceDays: number) => `${addDays(deadline, graceDays + 1)}T00:00:00+01:00`;

export function generateDemoSurveys(data: DemoData): DemoSurveys {
  const { today } = data;
  const members = new Map<string, string[]>();
  for (const m of data.municipalities)
    if (m.memberOfAgs) members.set(m.memberOfAgs, [...(members.get(m.memberOfAgs) ?? []), m.ags]);
  const areas = data.municipalities.filter((m) => m.memberOfAgs === null).sort((a, b) => a.ags.localeCompare(b.ags));
  const surveyNeeds = data.needs.filter((n) => n.source === 'SURVEY' && n.status === 'OPEN');
  // The categories the municipalities report most, in a fixed order.
  const byCount = new Map<OfferCategory, number>();
  for (const need of surveyNeeds) byCount.set(need.category, (byCount.get(need.category) ?? 0) + 1);
  const categories = [...byCount.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([category]) => category);
  if (categories.length === 0) categories.push('INTEGRATION_COURSE', 'LANGUAGE_CAFE');
  const contact = {
    contactName: `Bildungskoordination ${data.district.name}`,
    contactEmail: 'bildungskoordination@kreis-nienburg.example',
    contactPhone: '05021 967-0',
    createdBy: 'Bildungskoordination (Demo)',
  };
  const year = today.slice(0, 4);
  const rounds: DemoSurveyRound[] = [
    {
      id: 'demo-survey-spring',
      title: `Bedarfsabfrage Frühjahr ${year}`,
      deadline: addDays(today, -100),
      graceDays: 7,
      categories,
      message: 'Bitte melden Sie die Bedarfe vor Ort und die Angebote der Ehrenamtlichen in Ihrer Gemeinde.',
      state: 'CLOSED',
      createdAt: at(addDays(today, -130), 15),
      areaAgs: areas.map((a) => a.ags),
      ...contact,
    },
    {
      id: 'demo-survey-autumn',
      title: `Bedarfsabfrage Herbst ${year}`,
      deadline: addDays(today, 14),
      graceDays: 7,
      categories,
      message: 'Bitte bestätigen oder ändern Sie die zuletzt übernommenen Zahlen und nennen Sie neue Angebote.',
      state: 'OPEN',
      createdAt: at(addDays(today, -10), 20),
      areaAgs: areas.map((a) => a.ags),
      ...contact,
    },
  ];
  const links: DemoSurveyLink[] = [];
  const answers: DemoSurveyAnswer[] = [];
  for (const [roundIndex, round] of rounds.entries()) {
    const states = round.state === 'CLOSED' ? finishedStates : runningStates;
    const started = round.createdAt.slice(0, 10);
    for (const [index, area] of areas.entries()) {
      const state = states[index] ?? 'NOT_OPENED';
      const key = `${round.id}-${area.ags}`;
      const opened = state === 'NOT_OPENED' ? null : at(addDays(started, 1 + (index % 5)), 30 + index);
      links.push({
        id: `${key}-link`,
        roundId: round.id,
        areaAgs: area.ags,
        tokenHash: `demo-no-token:${key}`,
        createdAt: round.createdAt,
        expiresAt: expiryOf(round.deadline, round.graceDays),
        openedAt: opened,
      });
      if (state === 'NOT_OPENED') continue;
      const scope = new Set([area.ags, ...(members.get(area.ags) ?? [])]);
      const own = surveyNeeds
        .filter((n) => scope.has(n.municipalityAgs) && round.categories.includes(n.category))
        .sort((a, b) => a.id.localeCompare(b.id))
        .slice(0, 4);
      const reviewed = state === 'ACCEPTED' || state === 'PARTLY_ACCEPTED';
      // Reviewed answers report the figures the data holds; open ones propose a change to them.
      const change = (need: DemoNeed, n: number) =>
        reviewed ? need.persons : need.persons + ((index + n) % 3) * 4 - 2;
      const needItems = (
        own.length > 0
          ? own.map((need, n) => ({
              municipalityAgs: need.municipalityAgs,
              category: need.category,
              targetGroup: need.targetGroup,
              persons: Math.max(0, change(need, n)),
            }))
          : [
              {
                municipalityAgs: area.ags,
                category: round.categories[0]!,
                targetGroup: 'ADULTS' as TargetGroup,
                persons: reviewed ? 0 : 6 + index,
              },
            ]
      ).map((item, n) => ({
        id: `${key}-need-${n}`,
        ...item,
        note: n === 0 && !reviewed ? 'Zahl aus der Sprechstunde des Integrationsbeauftragten' : null,
        review: reviewed ? 'ACCEPTED' : 'PENDING',
      }));
      // A volunteers' offer, new to the data: pending, or not taken over in a partly accepted answer (an accepted
      // one would be in the data).
      const offerItems =
        state !== 'ACCEPTED' && (index % 2 === 0 || state === 'PARTLY_ACCEPTED')
          ? [
              {
                id: `${key}-offer-0`,
                initiativeName: `Willkommenskreis ${area.name}`,
                offerTitle: roundIndex === 0 ? 'Hausaufgabenhilfe für Kinder' : 'Sprachcafé am Nachmittag',
                contactRole: 'Sprecherin der Initiative',
                category: (roundIndex === 0 ? 'OTHER' : 'LANGUAGE_CAFE') as OfferCategory,
                targetGroups: ['ADULTS'] as TargetGroup[],
                schedule: index % 2 === 0 ? 'dienstags 15-17 Uhr' : 'donnerstags 16-18 Uhr',
                place: `Gemeindehaus ${area.name}`,
                municipalityAgs: area.ags,
                languages: ['de', 'ar', 'uk'],
                freePlaces: 8 + (index % 4),
                review: reviewed ? 'REJECTED' : 'PENDING',
              },
            ]
          : [];
      const saved = at(addDays(opened!.slice(0, 10), 2), 40 + index);
      const submitted = state === 'DRAFT' ? null : at(addDays(opened!.slice(0, 10), 3), 45 + index);
      answers.push({
        id: `${key}-answer`,
        roundId: round.id,
        areaAgs: area.ags,
        status: state,
        needs: JSON.stringify(needItems),
        offers: JSON.stringify(offerItems),
        freeText:
          index % 3 === 0
            ? 'Viele Familien fragen nach Kursen mit Kinderbetreuung; die Busverbindung am Nachmittag fehlt.'
            : null,
        createdAt: opened!,
        updatedAt: submitted ?? saved,
        submittedAt: submitted,
        reviewComment:
          state === 'SENT_BACK'
            ? 'Bitte prüfen Sie die Zahl der Erwachsenen beim Integrationskurs: sie liegt weit über der letzten Meldung.'
            : state === 'PARTLY_ACCEPTED'
              ? 'Das Angebot der Initiative nehmen wir nach Rücksprache auf.'
              : null,
        reviewedAt: reviewed || state === 'SENT_BACK' ? at(addDays(opened!.slice(0, 10), 5), 50 + index) : null,
        reviewedBy: reviewed || state === 'SENT_BACK' ? contact.createdBy : null,
      });
    }
  }
  return { rounds, links, answers };
}

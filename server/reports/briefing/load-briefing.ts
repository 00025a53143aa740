// What the briefing for the next meeting of a providers' round needs: the round and its meetings, the course
// calendar of the next three months, the waiting times and the suggestions for the round's area.
import neo4j from 'neo4j-driver';
import { NotFoundError, quote } from '../../errors.js';
import type { AnalysisDeps } from '../../analysis/analysis-deps.js';
import { courseCalendar, type CourseStart } from '../../analysis/courses/course-calendar-service.js';
import { courseSuggestionsFor } from '../../analysis/courses/course-suggestions-service.js';
import { waitingTimes } from '../../analysis/courses/waiting-times-service.js';
import { rankRecommendations, type Recommendation } from '../../analysis/recommendations/derive-recommendations.js';
import { addMonths, todayInGermany } from '../../../shared/calendar.js';

export interface BriefingDecision {
  id: string;
  text: string;
  status: string;
  dueDate: string | null;
  responsible: string | null;
}

export interface BriefingMeeting {
  id: string;
  date: string;
  topic: string | null;
  place: string | null;
  decisions: BriefingDecision[];
}

export interface Briefing {
  today: string;
  until: string; // end of the calendar: three months ahead
  districtAgs: string;
  districtName: string;
  network: { id: string; name: string; members: string[] };
  nextMeeting: BriefingMeeting | null; // the first meeting from today on
  lastMeeting: BriefingMeeting | null; // the latest before today, with its decisions
  openDecisions: BriefingDecision[]; // of earlier meetings, not done or dropped
  calendar: CourseStart[];
  waiting: Awaited<ReturnType<typeof waitingTimes>>[];
  suggestions: Recommendation[];
}

export interface BriefingOptions {
  districtAgs: string; // the area of the round
  networkId?: string; // the round; default: the district's exchange round with the most members
  today?: string; // YYYY-MM-DD; default today in Germany
}

export async function loadBriefing(deps: AnalysisDeps, options: BriefingOptions): Promise<Briefing> {
  const driver = deps.driver!;
  const today = options.today ?? todayInGermany();
  const until = addMonths(today, 3);
  const read = async (query: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(query, params, { database: deps.database, routing: neo4j.routing.READ })).records.map(
      (record) => record.toObject(),
    );

  const [district] = await read('MATCH (d:District {ags: $ags}) RETURN d.name AS name', { ags: options.districtAgs });
  if (!district)
    throw new NotFoundError(`There is no district with ags ${quote(options.districtAgs)}`, {
      value: options.districtAgs,
    });
  const [network] = await read(
    `MATCH (n:Network) WHERE ($id IS NOT NULL AND n.id = $id)
       OR ($id IS NULL AND n.kind = 'EXCHANGE_ROUND' AND EXISTS {
         (n)<-[:MEMBER_OF_NETWORK]-(:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $ags}) })
     RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)<-[:MEMBER_OF_NETWORK]-(a:Actor) RETURN a.name ORDER BY a.name } AS members
     ORDER BY size(members) DESC LIMIT 1`,
    { id: options.networkId ?? null, ags: options.districtAgs },
  );
  if (!network) {
    throw new NotFoundError(
      options.networkId
        ? `There is no network with id ${quote(options.networkId)}`
        : `District ${quote(options.districtAgs)} has no exchange round of providers`,
    );
  }
  const meetings = (await read(
    `MATCH (m:Meeting)-[:MEETING_OF]->(:Network {id: $id})
     RETURN m.id AS id, toString(m.date) AS date, m.topic AS topic, m.place AS place,
            COLLECT { MATCH (d:Decision)-[:DECIDED_AT]->(m) OPTIONAL MATCH (d)<-[:RESPONSIBLE_FOR]-(a:Actor)
                      RETURN { id: d.id, text: d.text, status: d.status, dueDate: toString(d.dueDate), responsible: a.name } ORDER BY d.id } AS decisions
     ORDER BY m.date`,
    { id: network.id },
  )) as unknown as BriefingMeeting[];
  const past = meetings.filter((meeting) => meeting.date < today);
  const lastMeeting = past.at(-1) ?? null;
  const nextMeeting = meetings.find((meeting) => meeting.date >= today) ?? null;
  const openDecisions = past
    .slice(0, -1)
    .flatMap((meeting) => meeting.decisions)
    .filter((decision) => decision.status === 'OPEN' || decision.status === 'IN_PROGRESS');

  const area = { districtAgs: options.districtAgs };
  const [calendar, waiting, suggestions] = await Promise.all([
    courseCalendar(deps, { ...area, from: today, to: until }),
    Promise.all(
      ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'].map((category) =>
        waitingTimes(deps, { ...area, category, asOf: today }),
      ),
    ),
    courseSuggestionsFor(deps, { ...area, asOf: today }),
  ]);
  return {
    today,
    until,
    districtAgs: options.districtAgs,
    districtName: district.name as string,
    network: { id: network.id as string, name: network.name as string, members: network.members as string[] },
    nextMeeting,
    lastMeeting,
    openDecisions,
    calendar,
    waiting,
    suggestions: rankRecommendations(suggestions),
  };
}

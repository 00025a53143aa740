// A network's meetings on the second of its weekday in the planned months, with attendees and the decisions taken;
// the next meeting ahead has neither. Older decisions are mostly done or dropped, recent ones open or in progress.
import { dayMs, formatDay } from '../../data-generation/days.js';
import { padNumber } from '../../data-generation/numbers.js';
import type { DecisionStatus, DemoDecision, DemoMeeting, DemoNetwork } from '../demo-types.js';
import type { NetworkPlan } from '../plans/network-plans.js';
import type { DemoContext } from './demo-context.js';
import { findMeetingDay } from './find-meeting-day.js';

export interface MeetingRecords {
  meetings: DemoMeeting[];
  decisions: DemoDecision[];
}

function drawDecisionStatus(context: DemoContext, ageDays: number): DecisionStatus {
  const { random } = context;
  if (ageDays > 180) return random.chance(0.75) ? 'DONE' : 'DROPPED';
  if (ageDays > 60) return random.pick<DecisionStatus>(['DONE', 'IN_PROGRESS', 'IN_PROGRESS']);
  return random.pick<DecisionStatus>(['OPEN', 'IN_PROGRESS']);
}

function addDecisions(
  context: DemoContext,
  records: MeetingRecords,
  meeting: DemoMeeting,
  time: number,
  count: number,
  nextText: () => string,
): void {
  const { random } = context;
  const ageDays = Math.round((context.todayTime - time) / dayMs);
  for (let i = 0; i < count; i++) {
    const text = nextText();
    const status = drawDecisionStatus(context, ageDays);
    const responsible = random.chance(0.85) ? random.pick(meeting.attendeeIds) : null;
    records.decisions.push({
      id: `demo-decision-${padNumber(records.decisions.length + 1)}`,
      meetingId: meeting.id,
      text,
      status,
      dueDate: random.chance(0.85) ? formatDay(time + random.int(30, 120) * dayMs) : null,
      responsibleId: responsible,
    });
  }
}

export function addMeetings(
  context: DemoContext,
  records: MeetingRecords,
  plan: NetworkPlan,
  network: DemoNetwork,
  texts: string[],
): void {
  const { random, todayTime } = context;
  let textIndex = 0;
  const nextText = () => (texts.length > 0 ? texts[textIndex++ % texts.length]! : 'Protokoll abstimmen');
  for (const monthsBack of plan.meetingsBack) {
    const time = findMeetingDay(context.today, monthsBack, plan.weekday, 2);
    const past = time < todayTime;
    if (!past && monthsBack >= 0) continue; // this month's meeting is still ahead: only the planned next one counts
    const participants = [
      network.coordinatorId,
      ...network.memberIds.filter((id) => id !== network.coordinatorId && random.chance(0.75)),
    ];
    const meeting: DemoMeeting = {
      id: `demo-meeting-${padNumber(records.meetings.length + 1)}`,
      networkId: network.id,
      date: formatDay(time),
      topic: random.pick(plan.topics),
      place: random.chance(0.15) ? 'Videokonferenz' : plan.place,
      attendeeIds: past ? participants : [],
    };
    records.meetings.push(meeting);
    if (!past) continue;
    const count = plan.key === 'round' ? random.int(1, 2) : random.int(1, 3);
    addDecisions(context, records, meeting, time, count, nextText);
  }
}

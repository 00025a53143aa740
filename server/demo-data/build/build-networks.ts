// The demo networks with their meetings and decisions, from the network plans.
import { padNumber } from '../../data-generation/numbers.js';
import type { DemoDecision, DemoMeeting, DemoNetwork } from '../demo-types.js';
import { decisionTexts, listNetworkPlans } from '../plans/network-plans.js';
import type { ActorDirectory } from './build-actors.js';
import { addMeetings, type MeetingRecords } from './build-meetings.js';
import type { DemoContext } from './demo-context.js';

export interface NetworkRecords {
  networks: DemoNetwork[];
  meetings: DemoMeeting[];
  decisions: DemoDecision[];
}

export function buildNetworks(context: DemoContext, directory: ActorDirectory): NetworkRecords {
  const { findActor, keysOf, linkable } = directory;
  const plans = listNetworkPlans({
    courseProviderKeys: keysOf(['COURSE_PROVIDER', 'ADULT_EDUCATION_CENTRE']),
    southKeys: linkable.filter((key) => findActor(key).lat < 52.56),
    keysOf,
  });
  const networks: DemoNetwork[] = [];
  const records: MeetingRecords = { meetings: [], decisions: [] };
  for (const plan of plans) {
    const network: DemoNetwork = {
      id: `demo-network-${padNumber(networks.length + 1)}`,
      name: plan.name,
      kind: plan.kind,
      cadence: plan.cadence,
      description: `${plan.description} Fiktiver Demo-Datensatz.`,
      coordinatorId: findActor(plan.coordinator).id,
      memberIds: [...new Set(plan.members)].map((key) => findActor(key).id),
    };
    networks.push(network);
    const texts = context.random.shuffle(decisionTexts[plan.key] ?? []);
    addMeetings(context, records, plan, network, texts);
  }
  return { networks, ...records };
}

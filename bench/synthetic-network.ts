// The synthetic district of `npm run bench:explorer`: 50 municipalities with 99 actors each (4,950 actor nodes +
// 50 municipality group nodes = 5,000 nodes in the network view) and 20,000 cooperation links (three quarters
// within a municipality, the rest to one of the next three municipalities; every 100th actor without links), as
// the explorer's Districts and DistrictGraph queries return them. Deterministic (a seeded xorshift32).
import type {
  ActorKind,
  CooperationKind,
  DistrictGraphQuery,
  DistrictsQuery,
} from '../explorer/src/generated/graphql.js';

export const syntheticAgs = '99001';

export function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const actorKinds: ActorKind[] = [
  'COUNTY_OFFICE',
  'MUNICIPAL_ADMINISTRATION',
  'JOBCENTER',
  'EMPLOYMENT_AGENCY',
  'CHAMBER',
  'EMPLOYER',
  'COURSE_PROVIDER',
  'ADULT_EDUCATION_CENTRE',
  'SCHOOL',
  'VOCATIONAL_SCHOOL',
  'DAYCARE',
  'COUNSELLING_SERVICE',
  'WELFARE_ASSOCIATION',
  'ASSOCIATION',
  'MIGRANT_ORGANISATION',
  'VOLUNTEER_INITIATIVE',
  'FOUNDATION',
  'CHURCH',
  'OTHER',
];
const cooperationKinds: CooperationKind[] = ['AGREEMENT', 'JOINT_OFFER', 'FUNDING', 'REFERRAL', 'EXCHANGE', 'INFORMAL'];

export interface Synthetic {
  districts: DistrictsQuery;
  graph: DistrictGraphQuery;
  actors: number;
  municipalities: number;
  links: number;
}

export function syntheticDistrict(): Synthetic {
  const random = xorshift(20261126);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const groups = 50;
  const perGroup = 99;
  const links = { within: 15_000, across: 5_000 };
  const municipalities: DistrictGraphQuery['municipalities'] = Array.from({ length: groups }, (_, g) => ({
    ags: `${syntheticAgs}${String(g + 1).padStart(3, '0')}`,
    name: `Synthetische Gemeinde ${String(g + 1).padStart(2, '0')}`,
    kind: 'MUNICIPALITY',
    population: 5_000 + Math.floor(random() * 20_000),
    newcomers: 50 + Math.floor(random() * 400),
    location: { latitude: 52.4 + random() * 0.6, longitude: 8.8 + random() * 0.8 },
    memberOf: [],
  }));
  const actors: DistrictGraphQuery['actors'] = [];
  for (let g = 0; g < groups; g++) {
    const m = municipalities[g]!;
    for (let i = 0; i < perGroup; i++) {
      const kind = pick(actorKinds);
      actors.push({
        id: `syn-a-${g * perGroup + i}`,
        name: `${kind === 'COURSE_PROVIDER' ? 'Sprachschule' : kind === 'SCHOOL' ? 'Grundschule' : 'Träger'} ${m.name.slice(-2)}-${String(i + 1).padStart(2, '0')} ${['Nord', 'Süd', 'Mitte', 'am Markt', 'e. V.'][i % 5]}`,
        kind,
        city: m.name,
        municipality: [{ ags: m.ags, name: m.name }],
        cooperatesWithConnection: { edges: [] },
      });
    }
  }
  const linked = (index: number) => index % 100 !== 99; // every 100th actor stays isolated
  const seen = new Set<string>();
  const degree = new Array<number>(actors.length).fill(0);
  const across = new Array<number>(actors.length).fill(0);
  const addLink = (a: number, b: number): boolean => {
    if (a === b || !linked(a) || !linked(b)) return false;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `${low}|${high}`;
    if (seen.has(key)) return false;
    seen.add(key);
    actors[low]!.cooperatesWithConnection.edges.push({
      properties: { kind: pick(cooperationKinds), strength: 1 + Math.floor(random() * 3), until: null },
      node: { id: actors[high]!.id },
    });
    degree[low]!++;
    degree[high]!++;
    return true;
  };
  for (let made = 0; made < links.within;) {
    const g = Math.floor(random() * groups);
    if (addLink(g * perGroup + Math.floor(random() * perGroup), g * perGroup + Math.floor(random() * perGroup))) made++;
  }
  for (let made = 0; made < links.across;) {
    const g = Math.floor(random() * groups);
    const h = (g + 1 + Math.floor(random() * 3)) % groups; // one of the next three municipalities
    const a = g * perGroup + Math.floor(random() * perGroup);
    const b = h * perGroup + Math.floor(random() * perGroup);
    if (addLink(a, b)) {
      across[a]!++;
      across[b]!++;
      made++;
    }
  }
  const brokerThreshold = [...across].sort((x, y) => y - x)[Math.floor(actors.length / 100)]!;
  const analysisActors = actors.map((actor, i) => ({
    id: actor.id,
    degree: degree[i]!,
    betweenness: across[i]! * 0.01 + degree[i]! * 0.001,
    isolated: degree[i] === 0,
    broker: across[i]! > brokerThreshold,
    communityId: Math.floor(i / perGroup),
  }));
  const linkCount = links.within + links.across;
  return {
    districts: {
      districts: [
        {
          ags: syntheticAgs,
          name: 'Synthetischer Landkreis (5.000 Knoten)',
          state: 'Niedersachsen',
          municipalitiesConnection: { aggregate: { count: { nodes: groups } } },
        },
      ],
    },
    graph: {
      municipalities,
      actors,
      offers: [],
      networkLayout: { positions: [] }, // nobody arranged it by hand: the seeded layout alone
      networkAnalysis: {
        actorCount: actors.length,
        linkCount,
        density: (2 * linkCount) / (actors.length * (actors.length - 1)),
        componentCount: 1 + actors.filter((_, i) => !linked(i)).length,
        isolatedCount: analysisActors.filter((a) => a.isolated).length,
        brokerCount: analysisActors.filter((a) => a.broker).length,
        communityCount: groups,
        actors: analysisActors,
      },
    },
    actors: actors.length,
    municipalities: groups,
    links: linkCount,
  };
}

// The district as the views need it: indexes by key, cooperation links as one undirected link per pair, and
// the centrality of each actor from the API's network analysis.
import type { CooperationKind, DistrictGraphQuery } from '../generated/graphql';
import { todayInGermany } from '../../../shared/calendar';

export type MunicipalityRecord = DistrictGraphQuery['municipalities'][number];
export type ActorRecord = DistrictGraphQuery['actors'][number];
export type OfferRecord = DistrictGraphQuery['offers'][number];
export type Centrality = DistrictGraphQuery['networkAnalysis']['actors'][number];

export interface CooperationLink {
  id: string;
  source: string; // actor ids, the lower one first
  target: string;
  kind: CooperationKind; // of the strongest link between the two
  strength: number;
}

export interface DistrictModel {
  districtAgs: string;
  municipalities: Map<string, MunicipalityRecord>;
  actors: Map<string, ActorRecord>;
  offers: Map<string, OfferRecord>;
  offersByProvider: Map<string, OfferRecord[]>;
  links: CooperationLink[];
  centrality: Map<string, Centrality>;
  analysis: Omit<DistrictGraphQuery['networkAnalysis'], 'actors'>;
  maxDegree: number;
  maxBetweenness: number;
  /** Where the coordinator placed actors by hand (actor id -> network coordinates); the rest keep the seeded layout. */
  storedPositions: Map<string, { x: number; y: number }>;
}

/**
 * The district's data as loaded: the staff's DistrictGraph, or the public directory's (PublicDistrictGraph), which
 * has no network analysis and no stored arrangement.
 */
export type DistrictData = Omit<DistrictGraphQuery, 'networkAnalysis' | 'networkLayout'> &
  Partial<Pick<DistrictGraphQuery, 'networkAnalysis' | 'networkLayout'>>;

/**
 * Without the API's analysis (the public directory): each actor's partners counted from the links it shows anyway,
 * and nothing of the analysis proper (betweenness, brokers, isolated actors, communities), which is the staff's.
 */
function countPartners(
  actors: Iterable<string>,
  links: Iterable<CooperationLink>,
): DistrictGraphQuery['networkAnalysis'] {
  const degree = new Map<string, number>();
  let linkCount = 0;
  for (const link of links) {
    linkCount += 1;
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const ids = [...actors];
  return {
    actorCount: ids.length,
    linkCount,
    density: 0,
    componentCount: 0,
    isolatedCount: 0,
    brokerCount: 0,
    communityCount: 0,
    actors: ids.map((id) => ({
      id,
      degree: degree.get(id) ?? 0,
      betweenness: null,
      isolated: false,
      broker: false,
      communityId: null,
    })),
  };
}

export function toDistrictModel(districtAgs: string, data: DistrictData, today = todayInGermany()): DistrictModel {
  const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
  const offers = new Map(data.offers.map((offer) => [offer.id, offer]));
  const offersByProvider = new Map<string, OfferRecord[]>();
  for (const offer of data.offers) {
    const providerId = offer.provider[0]?.id;
    if (!providerId) continue;
    const list = offersByProvider.get(providerId) ?? [];
    list.push(offer);
    offersByProvider.set(providerId, list);
  }
  // A cooperation is mutual (as in the API's network analysis): one link per pair, the strongest kept, ended ones left out.
  const links = new Map<string, CooperationLink>();
  for (const actor of data.actors) {
    for (const edge of actor.cooperatesWithConnection.edges) {
      const partner = edge.node.id;
      if (partner === actor.id || !actors.has(partner)) continue;
      if (edge.properties.until && edge.properties.until < today) continue;
      const [source, target] = actor.id < partner ? [actor.id, partner] : [partner, actor.id];
      const id = `${source}|${target}`;
      const strength = edge.properties.strength ?? 1;
      const known = links.get(id);
      if (!known || strength > known.strength)
        links.set(id, { id, source, target, kind: edge.properties.kind, strength });
    }
  }
  const { actors: centralityList, ...analysis } = data.networkAnalysis ?? countPartners(actors.keys(), links.values());
  const centrality = new Map(centralityList.map((c) => [c.id, c]));
  return {
    districtAgs,
    municipalities: new Map(data.municipalities.map((m) => [m.ags, m])),
    actors,
    offers,
    offersByProvider,
    links: [...links.values()],
    centrality,
    analysis,
    maxDegree: Math.max(1, ...centralityList.map((c) => c.degree)),
    maxBetweenness: Math.max(1e-9, ...centralityList.map((c) => c.betweenness ?? 0)),
    // Absent when a stand-in answers the district's graph (bench/synthetic-network.ts leaves it empty).
    storedPositions: new Map(
      (data.networkLayout?.positions ?? [])
        .filter((p) => actors.has(p.actorId))
        .map((p) => [p.actorId, { x: p.x, y: p.y }]),
    ),
  };
}

/** The municipalities an area key stands for: a Samtgemeinde with its members, or one municipality. */
export function areaMembers(model: DistrictModel, area: string): Set<string> | undefined {
  if (!area) return undefined;
  const members = new Set([area]);
  for (const m of model.municipalities.values()) if (m.memberOf[0]?.ags === area) members.add(m.ags);
  return members;
}

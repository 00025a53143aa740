// Network analytics of the cooperation graph (DESIGN.md, "Network analytics"): degree, betweenness
// (brokers), connected components, isolated actors, Louvain communities and cooperation density per
// municipality. Pure: plain data in, plain data out; the algorithms are graphology's, never our own.
//
// Cooperation is mutual, so the graph is undirected and simple: links A->B and B->A, or several links of
// different kinds between the same two actors, are one edge with the strongest strength and all kinds.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import type { NetworkActor, NetworkLink, NetworkMunicipality } from './load-cooperation-graph.js';

/**
 * These two packages are CommonJS (`module.exports = fn`) with types that say `export default fn`: under
 * NodeNext TypeScript types the default import as the module, while Node hands over the function itself.
 */
function cjsDefault<T>(module: { default: T }): T {
  return typeof module === 'function' ? module : module.default;
}
const louvain = cjsDefault(louvainModule);
const betweennessCentrality = cjsDefault(betweennessModule);

export interface AnalyseNetworkOptions {
  seed: number; // seeds Louvain's random node order: the same data and seed give the same communities
  resolution: number; // Louvain resolution; above 1 finds more and smaller communities
  weightedCommunities: boolean; // Louvain and modularity weigh a link by its strength (closer cooperation binds more)
  defaultStrength: number; // strength of a link that has none recorded
  brokerCount: number; // at most this many actors with the highest betweenness are brokers (ties at the cut included)
  brokerMinBetweenness: number; // and only those with a betweenness of at least this (normalised, 0..1)
  betweennessMaxComponentSize: number; // components with more actors get betweenness null (exact Brandes is O(n·m)); Infinity: always, 0: never
}

export const defaultAnalyseNetworkOptions: AnalyseNetworkOptions = {
  seed: 1,
  resolution: 1,
  weightedCommunities: true,
  defaultStrength: 1,
  brokerCount: 10,
  brokerMinBetweenness: 0.05,
  betweennessMaxComponentSize: 5000,
};

export interface NetworkInput {
  actors: NetworkActor[];
  links: NetworkLink[]; // links naming an actor not in `actors`, and self-links, are ignored
  municipalities?: NetworkMunicipality[]; // every municipality of the scope; defaults to the actors' own
}

export interface ActorCentrality {
  id: string;
  name: string;
  kind: string;
  municipalityAgs: string | null;
  municipalityName: string | null;
  samtgemeindeAgs: string | null;
  degree: number; // distinct partners in scope
  degreeCentrality: number; // degree / (actors - 1); 0 with one actor
  weightedDegree: number; // sum of the strengths of its links
  betweenness: number | null; // normalised 0..1 over the whole scope; null when its component was too large
  componentId: number; // 1 is the largest component
  componentSize: number;
  communityId: number | null; // 1 is the largest community; null for an isolated actor
  isolated: boolean; // no link in scope
  broker: boolean;
  linksOutsideScope: number;
}

export interface NetworkCommunity {
  id: number;
  size: number;
  internalLinks: number;
  mainMunicipalityAgs: string | null; // the municipality most of its members sit in (ties: lowest AGS)
  mainMunicipalityName: string | null;
  mainMunicipalityActors: number; // members sitting there
}

export interface MunicipalityCooperation {
  ags: string;
  name: string;
  kind: string | null;
  samtgemeindeAgs: string | null;
  actorCount: number; // actors located here
  internalLinks: number; // links among them
  density: number | null; // 2E / (n(n-1)); null with fewer than two actors
  linksToOtherMunicipalities: number; // links to actors in scope located elsewhere (or nowhere)
  linksOutsideScope: number; // links of its actors to partners outside the scope
  linksElsewhere: number; // the two together
}

export interface NetworkAnalysisResult {
  actorCount: number;
  linkCount: number; // distinct pairs of cooperating actors
  density: number | null; // 2E / (n(n-1)); null with fewer than two actors
  componentCount: number; // an isolated actor is a component of its own
  largestComponentSize: number;
  largestComponentShare: number | null; // largestComponentSize / actorCount; null without actors
  isolatedCount: number;
  brokerCount: number;
  communityCount: number;
  modularity: number | null; // of the communities found; null without links
  betweennessComplete: boolean; // false when some component was above betweennessMaxComponentSize
  betweennessSkippedActors: number; // actors whose betweenness is null for that reason
  actors: ActorCentrality[]; // highest betweenness first, then degree, then id
  communities: NetworkCommunity[]; // by id: largest first
  municipalities: MunicipalityCooperation[]; // by AGS
}

interface EdgeAttributes {
  strength: number;
  kinds: string[];
}

/** A small seeded generator (a 32-bit linear congruential one) so that Louvain's random order repeats. */
function seededRandom(seed: number): () => number {
  let state = Math.floor(seed) >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups sorted largest first, ties by their smallest member id, numbered from 1. */
function numberGroups(groups: string[][]): Map<string, { id: number; size: number }> {
  const sorted = groups
    .map((members) => [...members].sort(byString))
    .sort((a, b) => b.length - a.length || byString(a[0]!, b[0]!));
  const byNode = new Map<string, { id: number; size: number }>();
  sorted.forEach((members, index) => {
    for (const node of members) byNode.set(node, { id: index + 1, size: members.length });
  });
  return byNode;
}

function buildGraph(
  input: NetworkInput,
  options: AnalyseNetworkOptions,
): { graph: UndirectedGraph<Record<string, never>, EdgeAttributes>; actors: Map<string, NetworkActor> } {
  const actors = new Map<string, NetworkActor>();
  for (const actor of [...input.actors].sort((a, b) => byString(a.id, b.id))) {
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
  }
  const pairs = new Map<string, { a: string; b: string; strength: number; kinds: Set<string> }>();
  for (const link of input.links) {
    if (link.from === link.to || !actors.has(link.from) || !actors.has(link.to)) continue;
    const [a, b] = link.from < link.to ? [link.from, link.to] : [link.to, link.from];
    const key = `${a}\u0000${b}`;
    const strength = link.strength ?? options.defaultStrength;
    const pair = pairs.get(key);
    if (pair) {
      pair.strength = Math.max(pair.strength, strength);
      pair.kinds.add(link.kind);
    } else {
      pairs.set(key, { a, b, strength, kinds: new Set([link.kind]) });
    }
  }
  // Insertion order decides graphology's iteration order, and so Louvain's: sorted, the result depends on
  // the data and the seed only, not on the order the database returned the rows in.
  const graph = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
  for (const id of actors.keys()) graph.addNode(id);
  for (const key of [...pairs.keys()].sort(byString)) {
    const pair = pairs.get(key)!;
    graph.addEdge(pair.a, pair.b, { strength: pair.strength, kinds: [...pair.kinds].sort(byString) });
  }
  return { graph, actors };
}

/**
 * Exact betweenness, one connected component at a time: shortest paths never leave a component, so its
 * raw values equal those of the whole graph, and components above the size limit can be left out alone.
 * Values are normalised over the whole scope, as graphology does for the whole graph: raw / ((n-1)(n-2)/2).
 */
function computeBetweenness(
  graph: UndirectedGraph<Record<string, never>, EdgeAttributes>,
  components: string[][],
  maxComponentSize: number,
): Map<string, number | null> {
  const values = new Map<string, number | null>();
  const n = graph.order;
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  for (const members of components) {
    if (members.length > maxComponentSize) {
      for (const node of members) values.set(node, null);
      continue;
    }
    if (members.length < 3) {
      for (const node of members) values.set(node, 0);
      continue;
    }
    let component = graph;
    if (members.length < n) {
      component = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
      for (const node of members) component.addNode(node);
      for (const node of members) {
        graph.forEachNeighbor(node, (neighbour) => {
          if (node < neighbour) component.addEdge(node, neighbour, graph.getEdgeAttributes(node, neighbour));
        });
      }
    }
    // Unweighted: a strength says how close two actors are, not how far apart, so it is no path length.
    const raw = betweennessCentrality(component, { getEdgeWeight: null, normalized: false });
    for (const node of members) values.set(node, (raw[node] ?? 0) * scale);
  }
  return values;
}

function findBrokers(betweenness: Map<string, number | null>, options: AnalyseNetworkOptions): Set<string> {
  const candidates = [...betweenness.entries()]
    .filter(
      (entry): entry is [string, number] =>
        entry[1] !== null && entry[1] > 0 && entry[1] >= options.brokerMinBetweenness,
    )
    .sort((a, b) => b[1] - a[1]);
  if (options.brokerCount <= 0 || candidates.length === 0) return new Set();
  const cut = candidates[Math.min(options.brokerCount, candidates.length) - 1]![1];
  // Sums of the same paths in another order may differ in the last bits: equal within 1e-12 is a tie.
  return new Set(candidates.filter(([, value]) => value >= cut - 1e-12).map(([id]) => id));
}

function mainMunicipality(members: NetworkActor[]): { ags: string | null; name: string | null; count: number } {
  const counts = new Map<string, { name: string | null; count: number }>();
  for (const actor of members) {
    if (actor.municipalityAgs === null) continue;
    const entry = counts.get(actor.municipalityAgs) ?? { name: actor.municipalityName, count: 0 };
    entry.count += 1;
    counts.set(actor.municipalityAgs, entry);
  }
  let best: { ags: string | null; name: string | null; count: number } = { ags: null, name: null, count: 0 };
  for (const [ags, entry] of counts) {
    if (entry.count > best.count || (entry.count === best.count && best.ags !== null && ags < best.ags))
      best = { ags, name: entry.name, count: entry.count };
  }
  return best;
}

function density(nodes: number, edges: number): number | null {
  return nodes < 2 ? null : undirectedDensity(nodes, edges);
}

export function analyseNetwork(
  input: NetworkInput,
  overrides: Partial<AnalyseNetworkOptions> = {},
): NetworkAnalysisResult {
  const options: AnalyseNetworkOptions = { ...defaultAnalyseNetworkOptions, ...overrides };
  const { graph, actors } = buildGraph(input, options);
  const n = graph.order;

  const componentList = connectedComponents(graph);
  const components = numberGroups(componentList);
  const largestComponentSize = componentList.reduce((max, members) => Math.max(max, members.length), 0);

  const betweenness = computeBetweenness(graph, componentList, options.betweennessMaxComponentSize);
  const skipped = [...betweenness.values()].filter((value) => value === null).length;
  const brokers = findBrokers(betweenness, options);

  const degreeCentralities = n > 1 ? degreeCentrality(graph) : {};

  // Louvain places an isolated actor in a community of its own; that is no community, so it is left out.
  let modularity: number | null = null;
  const rawCommunities = new Map<number, string[]>();
  if (graph.size > 0) {
    const detailed = louvain.detailed(graph, {
      rng: seededRandom(options.seed),
      resolution: options.resolution,
      getEdgeWeight: options.weightedCommunities ? 'strength' : null,
    });
    modularity = detailed.modularity;
    for (const [node, community] of Object.entries(detailed.communities)) {
      if (graph.degree(node) === 0) continue;
      const members = rawCommunities.get(community);
      if (members) members.push(node);
      else rawCommunities.set(community, [node]);
    }
  }
  const communityOf = numberGroups([...rawCommunities.values()]);

  const communityLinks = new Map<number, number>();
  const municipalityLinks = new Map<string, { internal: number; cross: number }>();
  const linksAt = (ags: string) => {
    const entry = municipalityLinks.get(ags) ?? { internal: 0, cross: 0 };
    municipalityLinks.set(ags, entry);
    return entry;
  };
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = communityOf.get(source)?.id;
    if (a !== undefined && a === communityOf.get(target)?.id) communityLinks.set(a, (communityLinks.get(a) ?? 0) + 1);
    const ma = actors.get(source)!.municipalityAgs;
    const mb = actors.get(target)!.municipalityAgs;
    if (ma !== null && ma === mb) {
      linksAt(ma).internal += 1;
    } else {
      if (ma !== null) linksAt(ma).cross += 1;
      if (mb !== null) linksAt(mb).cross += 1;
    }
  });

  const actorRows: ActorCentrality[] = [...actors.values()].map((actor) => {
    const degree = graph.degree(actor.id);
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      municipalityAgs: actor.municipalityAgs,
      municipalityName: actor.municipalityName,
      samtgemeindeAgs: actor.samtgemeindeAgs,
      degree,
      degreeCentrality: degreeCentralities[actor.id] ?? 0,
      weightedDegree: weightedDegree(graph, actor.id, 'strength'),
      betweenness: betweenness.get(actor.id) ?? null,
      componentId: components.get(actor.id)!.id,
      componentSize: components.get(actor.id)!.size,
      communityId: communityOf.get(actor.id)?.id ?? null,
      isolated: degree === 0,
      broker: brokers.has(actor.id),
      linksOutsideScope: actor.linksOutsideScope,
    };
  });
  actorRows.sort(
    (a, b) => (b.betweenness ?? -1) - (a.betweenness ?? -1) || b.degree - a.degree || byString(a.id, b.id),
  );

  const communities: NetworkCommunity[] = [];
  const membersOf = new Map<number, NetworkActor[]>();
  for (const [node, { id }] of communityOf) {
    const members = membersOf.get(id);
    if (members) members.push(actors.get(node)!);
    else membersOf.set(id, [actors.get(node)!]);
  }
  for (const [id, members] of [...membersOf.entries()].sort((a, b) => a[0] - b[0])) {
    const main = mainMunicipality(members);
    communities.push({
      id,
      size: members.length,
      internalLinks: communityLinks.get(id) ?? 0,
      mainMunicipalityAgs: main.ags,
      mainMunicipalityName: main.name,
      mainMunicipalityActors: main.count,
    });
  }

  const places = new Map<
    string,
    { name: string; kind: string | null; samtgemeindeAgs: string | null; actors: number; outside: number }
  >();
  for (const m of input.municipalities ?? [])
    places.set(m.ags, { name: m.name, kind: m.kind, samtgemeindeAgs: m.samtgemeindeAgs, actors: 0, outside: 0 });
  for (const actor of actors.values()) {
    if (actor.municipalityAgs === null) continue;
    const place = places.get(actor.municipalityAgs) ?? {
      name: actor.municipalityName ?? actor.municipalityAgs,
      kind: null,
      samtgemeindeAgs: actor.samtgemeindeAgs,
      actors: 0,
      outside: 0,
    };
    place.actors += 1;
    place.outside += actor.linksOutsideScope;
    places.set(actor.municipalityAgs, place);
  }
  const municipalities: MunicipalityCooperation[] = [...places.entries()]
    .sort((a, b) => byString(a[0], b[0]))
    .map(([ags, place]) => {
      const links = municipalityLinks.get(ags) ?? { internal: 0, cross: 0 };
      return {
        ags,
        name: place.name,
        kind: place.kind,
        samtgemeindeAgs: place.samtgemeindeAgs,
        actorCount: place.actors,
        internalLinks: links.internal,
        density: density(place.actors, links.internal),
        linksToOtherMunicipalities: links.cross,
        linksOutsideScope: place.outside,
        linksElsewhere: links.cross + place.outside,
      };
    });

  return {
    actorCount: n,
    linkCount: graph.size,
    density: density(n, graph.size),
    componentCount: componentList.length,
    largestComponentSize,
    largestComponentShare: n === 0 ? null : largestComponentSize / n,
    isolatedCount: actorRows.filter((actor) => actor.isolated).length,
    brokerCount: brokers.size,
    communityCount: communities.length,
    modularity,
    betweennessComplete: skipped === 0,
    betweennessSkippedActors: skipped,
    actors: actorRows,
    communities,
    municipalities,
  };
}

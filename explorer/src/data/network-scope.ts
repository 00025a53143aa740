// Which actors and links the filters leave in the network, and the figures of what is left: the network view, its
// counters and the Akteure view count the same actors, so that "Akteursart = Jobcenter" reads "2 Akteure".
import type { ActorKind, CooperationKind } from '../generated/graphql';
import { areaMembers, type ActorRecord, type CooperationLink, type DistrictModel } from './district-model';

/** The filters that decide which actors and links are in scope (fields of the view state; '' = no filter). */
export interface ScopeFilters {
  actorKind: ActorKind | '';
  area: string; // AGS of a municipality or Samtgemeinde
  coopKind: CooperationKind | '';
}

/** A test whether an actor passes the actor kind and area filters. */
export function actorFilter(model: DistrictModel, state: ScopeFilters): (actor: ActorRecord) => boolean {
  const inArea = areaMembers(model, state.area);
  return (actor) => {
    if (state.actorKind && actor.kind !== state.actorKind) return false;
    const ags = actor.municipality[0]?.ags;
    return !inArea || Boolean(ags && inArea.has(ags));
  };
}

export interface NetworkScope {
  actorIds: Set<string>;
  links: CooperationLink[]; // between actors in scope, of the chosen kind
}

export function networkScope(model: DistrictModel, state: ScopeFilters): NetworkScope {
  const passes = actorFilter(model, state);
  const actorIds = new Set([...model.actors.values()].filter(passes).map((a) => a.id));
  const links = model.links.filter(
    (l) => (!state.coopKind || l.kind === state.coopKind) && actorIds.has(l.source) && actorIds.has(l.target),
  );
  return { actorIds, links };
}

export interface NetworkFigures {
  actors: number;
  links: number;
  brokers: number;
  isolated: number; // shown actors without any cooperation in the district (the analysis's isolated ones)
  density: number | null; // 2 · links / (actors · (actors - 1)); null with fewer than two actors
}

export function networkFigures(model: DistrictModel, scope: NetworkScope): NetworkFigures {
  let brokers = 0;
  let isolated = 0;
  for (const id of scope.actorIds) {
    const c = model.centrality.get(id);
    if (c?.broker) brokers++;
    if (c?.isolated) isolated++;
  }
  const n = scope.actorIds.size;
  return {
    actors: n,
    links: scope.links.length,
    brokers,
    isolated,
    density: n < 2 ? null : (2 * scope.links.length) / (n * (n - 1)),
  };
}

/** Each actor's partners over all current links (the district's network, whatever the filters). */
export function partnersOf(model: DistrictModel): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = partners.get(a) ?? new Set<string>();
    set.add(b);
    partners.set(a, set);
  };
  for (const link of model.links) {
    add(link.source, link.target);
    add(link.target, link.source);
  }
  return partners;
}

/**
 * The shortest chain of cooperations from one actor to another over the actors and links in scope (breadth
 * first, neighbours by id, so that the same data give the same path), as actor ids from `from` to `to`; null when
 * there is none. On actors, not on the drawing: a collapsed municipality is passed through like any other.
 */
export function shortestCooperationPath(scope: NetworkScope, from: string, to: string): string[] | null {
  if (!scope.actorIds.has(from) || !scope.actorIds.has(to)) return null;
  if (from === to) return [from];
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of scope.links) {
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }
  for (const list of neighbours.values()) list.sort();
  const previous = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0 && !previous.has(to)) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of neighbours.get(id) ?? [])
        if (!previous.has(other)) {
          previous.set(other, id);
          next.push(other);
        }
    frontier = next;
  }
  if (!previous.has(to)) return null;
  const path = [to];
  while (path[path.length - 1] !== from) path.push(previous.get(path[path.length - 1]!)!);
  return path.reverse();
}

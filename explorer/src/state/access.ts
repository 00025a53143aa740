// What the person looking may see and do in the explorer, from the role the server gave the login (DESIGN.md, "Who
// may do what"): staff (coordinator, analyst) see everything, the coordinator alone changes anything; a partner
// person and an anonymous visitor see the public directory (actors, their cooperation links and public offers, on
// the network, the map and the offers list), a partner its own organisation's offers besides. The explorer offers
// only what the role may do and asks the API only what the role may read; the API checks every request again.
import type { CurrentViewer } from '../api/current-viewer';
import type { ViewName, ViewState } from './view-state';

export interface Access {
  role: CurrentViewer['role'];
  /** Needs, analyses, waiting times, monitoring, networks, notes, recommendations: coordinator and analyst. */
  staff: boolean;
  /** Changes to the county's data (decisions, import, the arrangement, edit forms): the coordinator. */
  edit: boolean;
  /** A partner person's organisation, whose offers are its own. */
  ownActorId?: string;
}

export function accessOf(viewer: Pick<CurrentViewer, 'role' | 'actorId'>): Access {
  const staff = viewer.role === 'coordinator' || viewer.role === 'analyst';
  return {
    role: viewer.role,
    staff,
    edit: viewer.role === 'coordinator',
    ...(viewer.role === 'partner' && viewer.actorId ? { ownActorId: viewer.actorId } : {}),
  };
}

/** The views of the public directory: the network of actors, the offers on the map, the list of offers. */
export const directoryViews: readonly ViewName[] = ['network', 'map', 'offers'];

export function viewsOf(access: Access, all: readonly ViewName[]): ViewName[] {
  return access.staff ? [...all] : all.filter((view) => directoryViews.includes(view));
}

/**
 * A change of the view state as the role may have it: a link of the staff opened by a visitor shows the directory's
 * network instead of a view it may not see, and no staff-only figure (waiting times, brokers, betweenness,
 * recommendations) is switched on.
 */
export function limitState<T extends Partial<ViewState>>(access: Access, patch: T): T {
  if (access.staff) return patch;
  const limited: Partial<ViewState> = { ...patch };
  if (limited.view !== undefined && !directoryViews.includes(limited.view)) limited.view = 'network';
  if (limited.waiting) limited.waiting = false;
  if (limited.brokers) limited.brokers = false;
  if (limited.isolated) limited.isolated = false;
  if (limited.sizeBy === 'betweenness') limited.sizeBy = 'degree';
  if (limited.rec) limited.rec = '';
  return limited as T;
}

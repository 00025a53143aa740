// The context the components share (state/app-context.ts): the view state as signals, and the data behind the
// views, loaded on first use through one signal per query and its arguments.
import { signal, type ReadonlySignal } from '@preact/signals';
import { requestGraphQL } from '../api/request-graphql';
import { toDistrictModel, type DistrictModel } from '../data/district-model';
import {
  ActorDetailsDocument,
  PublicActorDetailsDocument,
  AreaOutlinesDocument,
  CourseCalendarDocument,
  CoverageGapsDocument,
  MonitoringSeriesDocument,
  NeedsByIdsDocument,
  OfferDetailsDocument,
  ProviderRoundDocument,
  RecommendationsDocument,
  WaitingTimesDocument,
  type DistrictsQuery,
} from '../generated/graphql';
import { translate } from '../i18n/messages';
import { limitState, type Access } from '../state/access';
import type { AppContext, PathResult } from '../state/app-context';
import { createLoader, failedLoadable } from '../state/loadables';
import { gapCategory, waitingCategory } from '../state/view-state';
import type { ViewStore } from '../state/view-store';
import { timelinePeriod } from '../views/courses-view';
import { monitoringArea, monthsAgo } from '../views/monitoring-view';
import { todayInGermany } from '../../../shared/calendar';

/**
 * `district`: the district's data, undefined while they load (the explorer's frame is drawn meanwhile; ctx.loaded says
 * whether they are there, and ctx.model is an empty district until then).
 */
export function createContext(
  store: ViewStore,
  districts: DistrictsQuery['districts'],
  districtAgs: string,
  district: ReadonlySignal<DistrictModel | undefined>,
  access: Access,
): AppContext {
  const { state } = store;
  const empty = toDistrictModel(districtAgs, { municipalities: [], actors: [], offers: [] });
  const { load, put } = createLoader();
  const path = signal<PathResult | undefined>(undefined);

  /** The district's round of course providers: its exchange round with the most members (as the briefing picks it). */
  const loadProviderRound = async () => {
    const { networks } = await requestGraphQL(ProviderRoundDocument, { districtAgs });
    const size = (n: (typeof networks)[number]) => n.membersConnection.aggregate.count.nodes;
    return [...networks].sort((a, b) => size(b) - size(a) || a.name.localeCompare(b.name, 'de'))[0] ?? null;
  };

  const ctx: AppContext = {
    state,
    peek: store.peek,
    districts,
    // Read in a render, either subscribes the component to the district's data: it is drawn again once they are there.
    get model() {
      return district.value ?? empty;
    },
    get loaded() {
      return district.value !== undefined;
    },
    // A role sees only its views and figures (state/access.ts), whatever a link or a button asks for.
    set: (patch) => store.set(limitState(access, patch)),
    gaps: () => {
      const category = gapCategory(state);
      const radiusKm = state.radius;
      return load(
        `gaps:${category}:${radiusKm}`,
        async () => (await requestGraphQL(CoverageGapsDocument, { category, districtAgs, radiusKm })).coverageGaps,
      );
    },
    recommendations: () => {
      const radiusKm = state.radius;
      return load(
        `recs:${radiusKm}`,
        async () => (await requestGraphQL(RecommendationsDocument, { districtAgs, radiusKm })).recommendations,
      );
    },
    monitoring: () => {
      const area = monitoringArea({ model: ctx.model, state });
      const from = monthsAgo(state.months);
      return load(
        `monitoring:${JSON.stringify(area)}:${from}`,
        async () => (await requestGraphQL(MonitoringSeriesDocument, { ...area, from })).monitoringSeries,
      );
    },
    load,
    calendar: () => {
      const { from, to } = timelinePeriod(ctx);
      const categories = state.category ? [state.category] : null;
      return load(
        `calendar:${from}:${to}:${state.category}`,
        async () =>
          (await requestGraphQL(CourseCalendarDocument, { districtAgs, from, to, categories })).courseCalendar,
      );
    },
    waitingTimes: () => {
      const category = waitingCategory(state);
      const radiusKm = state.radius;
      return load(
        `waiting:${category}:${radiusKm}`,
        async () => (await requestGraphQL(WaitingTimesDocument, { districtAgs, category, radiusKm })).waitingTimes,
      );
    },
    outlines: () =>
      load('outlines', async () => (await requestGraphQL(AreaOutlinesDocument, { districtAgs })).areaOutlines),
    today: todayInGermany(),
    // The public directory's actor has no networks (staff only): it is asked without them.
    actorDetails: (id) =>
      load(`actor:${id}`, async () =>
        access.staff
          ? (await requestGraphQL(ActorDetailsDocument, { id })).actors[0]
          : (await requestGraphQL(PublicActorDetailsDocument, { id })).actors.map((actor) => ({
              ...actor,
              memberships: [],
            }))[0],
      ),
    offerDetails: (id) =>
      load(`offer:${id}`, async () => (await requestGraphQL(OfferDetailsDocument, { id })).offers[0]),
    needs: (ids) =>
      load(`needs:${ids.join(',')}`, async () => (await requestGraphQL(NeedsByIdsDocument, { ids })).needs),
    providerRound: () => load('round', loadProviderRound),
    reloadProviderRound: async () => {
      // The loaded round stays on screen (and the form with it) until the new one is there.
      try {
        put('round', { status: 'ready', value: await loadProviderRound() });
      } catch (error) {
        put(
          'round',
          failedLoadable(error, () => void ctx.reloadProviderRound()),
        );
      }
    },
    canEdit: access.edit,
    access,
    path: () => path.value,
    setPath: (found) => {
      const known = path.peek();
      const same =
        known === found ||
        (known &&
          found &&
          known.from === found.from &&
          known.to === found.to &&
          String(known.actorIds) === String(found.actorIds));
      if (!same) path.value = found;
    },
    toggleGroup: (ags) => {
      const collapsed = store.peek().collapsed;
      store.set({ collapsed: collapsed.includes(ags) ? collapsed.filter((c) => c !== ags) : [...collapsed, ags] });
    },
    t: (key) => translate(key, state.lang),
    get lang() {
      return state.lang;
    },
  };
  return ctx;
}

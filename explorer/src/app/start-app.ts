// The explorer's controller: loads the district, keeps the view state (mirrored in the URL), and renders the
// header, filters, the view shown and the details panel on every change.
import type { Core } from 'cytoscape';
import { fetchCurrentViewer } from '../api/current-viewer';
import { onReportClick } from '../api/download-report';
import { loadDistrictGraph } from '../api/load-district-graph';
import { requestGraphQL } from '../api/request-graphql';
import { logOut, promptLogIn, sessionToken } from '../api/session-token';
import { toDistrictModel } from '../data/district-model';
import {
  ActorDetailsDocument,
  CourseCalendarDocument,
  CoverageGapsDocument,
  DistrictsDocument,
  MonitoringSeriesDocument,
  NeedsByIdsDocument,
  OfferDetailsDocument,
  ProviderRoundDocument,
  RecommendationsDocument,
  WaitingTimesDocument,
} from '../generated/graphql';
import type { GapTable, WaitingOverlay } from '../graph/map-elements';
import { offerMatches } from '../graph/network-elements';
import { enumLabel, offerCategoryLabels, severityLabels } from '../i18n/enum-labels';
import { translate, type MessageKey } from '../i18n/messages';
import { download } from '../export/download';
import {
  gapCategory,
  parseViewState,
  toSearchParams,
  waitingCategory,
  type ViewName,
  type ViewState,
} from '../state/view-state';
import { renderDetails } from '../ui/details-panel';
import { formatNumber, h, replaceChildren } from '../ui/dom';
import { renderFilters } from '../ui/filters-panel';
import { renderLegend } from '../ui/legend';
import { openImportDialog } from '../ui/import-dialog';
import { createSearchBox } from '../ui/search-box';
import { createMapView, type MapView } from '../views/map-view';
import { createNetworkView, type NetworkView } from '../views/network-view';
import { exportGapCsv, renderOffersView } from '../views/offers-view';
import { exportMonitoringCsv, monitoringArea, monthsAgo, renderMonitoringView } from '../views/monitoring-view';
import { renderRecommendationsView } from '../views/recommendations-view';
import { exportCalendarCsv, renderCoursesView, timelinePeriod } from '../views/courses-view';
import type { AppContext, Loadable, Recommendation } from '../state/app-context';
import { todayInGermany } from '../../../shared/calendar';

declare global {
  interface Window {
    /** For browser tests and the benchmark: the canvases and the state of the running explorer. */
    bildungsnetz?: { network(): Core | undefined; map(): Core | undefined; state(): ViewState };
  }
}

const tabs: [ViewName, MessageKey][] = [
  ['network', 'viewNetwork'],
  ['map', 'viewMap'],
  ['offers', 'viewOffers'],
  ['courses', 'viewCourses'],
  ['recommendations', 'viewRecommendations'],
  ['monitoring', 'viewMonitoring'],
];

export async function startApp(root: HTMLElement): Promise<void> {
  let state = parseViewState(window.location.search);
  root.replaceChildren(h('p', { className: 'boot' }, translate('loading', state.lang)));
  const [{ districts }, viewer] = await Promise.all([requestGraphQL(DistrictsDocument, {}), fetchCurrentViewer()]);
  const largest = [...districts].sort(
    (a, b) => b.municipalitiesConnection.aggregate.count.nodes - a.municipalitiesConnection.aggregate.count.nodes,
  )[0];
  const districtAgs = districts.some((d) => d.ags === state.district) ? state.district : (largest?.ags ?? '');
  if (!districtAgs) {
    root.replaceChildren(h('p', { className: 'boot error' }, 'No district in the database.'));
    return;
  }
  const model = toDistrictModel(districtAgs, await loadDistrictGraph(districtAgs));
  const district = districts.find((d) => d.ags === districtAgs)!;

  // Loaded on first use, then kept for the session: the explorer only reads.
  const caches = new Map<string, Loadable<unknown>>();
  const load = <T>(key: string, fetch: () => Promise<T>): Loadable<T> => {
    const known = caches.get(key);
    if (known) return known as Loadable<T>;
    caches.set(key, { status: 'loading' });
    fetch()
      .then(
        (value) => caches.set(key, { status: 'ready', value }),
        (error: unknown) =>
          caches.set(key, { status: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => render());
    return { status: 'loading' };
  };

  // The page shell ------------------------------------------------------------------------------------------
  const header = h('header', { className: 'topbar' });
  const filters = h('aside', { className: 'filters', 'aria-label': 'Filter' });
  const networkCanvas = h('div', {
    id: 'network-canvas',
    className: 'canvas',
    hidden: true,
    'aria-label': 'Netzwerk',
    role: 'img',
  });
  const mapCanvas = h('div', {
    id: 'map-canvas',
    className: 'canvas',
    hidden: true,
    'aria-label': 'Karte',
    role: 'img',
  });
  const page = h('div', { id: 'page', className: 'page', hidden: true });
  const legend = h('details', { id: 'legend', className: 'legend', open: true });
  const stats = h('div', { id: 'stats', className: 'stats overlay', 'aria-live': 'polite' });
  const zoom = h('div', { className: 'zoom overlay' });
  // The legend is a strip under the canvas, so that it never covers the graph.
  const stage = h(
    'section',
    { id: 'stage', className: 'stage', role: 'tabpanel' },
    h('div', { className: 'canvas-area' }, networkCanvas, mapCanvas, page, stats, zoom),
    legend,
  );
  const details = h('aside', { id: 'details', className: 'details', tabindex: -1, 'aria-live': 'polite' });
  root.replaceChildren(header, h('main', { className: 'layout' }, filters, stage, details));

  let networkView: NetworkView | undefined;
  let mapView: MapView | undefined;
  let headerLanguage = '';

  const activeCy = (): Core | undefined =>
    state.view === 'network' ? networkView?.cy : state.view === 'map' ? mapView?.cy : undefined;

  const set = (patch: Partial<ViewState>) => {
    state = { ...state, ...patch };
    render();
  };
  const toggleGroup = (ags: string) =>
    set({
      collapsed: state.collapsed.includes(ags) ? state.collapsed.filter((c) => c !== ags) : [...state.collapsed, ags],
    });
  const select = (selected: string) => set({ selected });

  const gapsKey = () => `gaps:${gapCategory(state)}:${state.radius}`;
  /** The district's round of course providers: its exchange round with the most members (as the briefing picks it). */
  const loadProviderRound = async () => {
    const { networks } = await requestGraphQL(ProviderRoundDocument, { districtAgs });
    const size = (n: (typeof networks)[number]) => n.membersConnection.aggregate.count.nodes;
    return [...networks].sort((a, b) => size(b) - size(a) || a.name.localeCompare(b.name, 'de'))[0] ?? null;
  };
  const ctx: AppContext = {
    get state() {
      return state;
    },
    districts,
    model,
    set,
    gaps: () => {
      const category = gapCategory(state);
      const radiusKm = state.radius;
      return load(
        gapsKey(),
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
      const area = monitoringArea({ model, state });
      const from = monthsAgo(state.months);
      return load(
        `monitoring:${JSON.stringify(area)}:${from}`,
        async () => (await requestGraphQL(MonitoringSeriesDocument, { ...area, from })).monitoringSeries,
      );
    },
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
    today: todayInGermany(),
    actorDetails: (id) =>
      load(`actor:${id}`, async () => (await requestGraphQL(ActorDetailsDocument, { id })).actors[0]),
    offerDetails: (id) =>
      load(`offer:${id}`, async () => (await requestGraphQL(OfferDetailsDocument, { id })).offers[0]),
    needs: (ids) =>
      load(`needs:${ids.join(',')}`, async () => (await requestGraphQL(NeedsByIdsDocument, { ids })).needs),
    providerRound: () => load('round', loadProviderRound),
    reloadProviderRound: async () => {
      // The loaded round stays on screen (and the form with it) until the new one is there.
      try {
        caches.set('round', { status: 'ready', value: await loadProviderRound() });
      } catch (error) {
        caches.set('round', { status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      render();
    },
    canEdit: viewer.role === 'coordinator',
    path: () => networkView?.path,
    toggleGroup,
    t: (key) => translate(key, state.lang),
    get lang() {
      return state.lang;
    },
  };

  const exportView = () => {
    const cy = activeCy();
    if (cy) {
      const blob = cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob;
      download(blob, `bildungsnetz-${state.view === 'network' ? 'netzwerk' : 'karte'}.png`);
    } else if (state.view === 'monitoring') {
      exportMonitoringCsv(ctx);
    } else if (state.view === 'courses') {
      exportCalendarCsv(ctx);
    } else {
      exportGapCsv(ctx);
    }
  };

  const renderHeader = () => {
    const t = ctx.t;
    const search = createSearchBox(
      districtAgs,
      state.lang,
      state.search,
      (suggestion, text) => {
        const view: ViewName = suggestion.key.startsWith('m:')
          ? 'map'
          : suggestion.key.startsWith('a:') && state.view === 'map'
            ? 'network'
            : state.view;
        set({ selected: suggestion.key, search: text, view });
      },
      (text) => {
        state = { ...state, search: text };
        writeUrl();
      },
    );
    replaceChildren(
      header,
      h(
        'div',
        { className: 'brand' },
        h('h1', {}, t('appTitle')),
        h('span', { className: 'district-name', title: t('district') }, district.name),
      ),
      h(
        'nav',
        { className: 'tabs', role: 'tablist', 'aria-label': t('views') },
        tabs.map(([view, label]) =>
          h(
            'button',
            {
              type: 'button',
              role: 'tab',
              id: `tab-${view}`,
              'aria-controls': 'stage',
              'data-view': view,
              onclick: () => set({ view }),
            },
            t(label),
          ),
        ),
      ),
      search,
      h(
        'div',
        { className: 'lang', role: 'group', 'aria-label': t('language') },
        h('button', { type: 'button', id: 'lang-de', lang: 'de', onclick: () => set({ lang: 'de' }) }, 'DE'),
        h('button', { type: 'button', id: 'lang-en', lang: 'en', onclick: () => set({ lang: 'en' }) }, 'EN'),
      ),
      // The needs analysis of the district as a document for the committee (server/reports/needs-analysis).
      h(
        'a',
        {
          id: 'report-link',
          className: 'report-link',
          href: `../reports/needs-analysis.pdf?district=${districtAgs}`,
          download: '',
          onclick: onReportClick,
          title: t('needsAnalysisHtml'),
        },
        `⤓ ${t('needsAnalysis')}`,
      ),
      h('button', { type: 'button', id: 'export', className: 'primary', onclick: exportView }),
      // The spreadsheet upload writes the county's data: offered to the coordinator (the server checks the role).
      viewer.role === 'coordinator' &&
        h(
          'button',
          {
            type: 'button',
            id: 'import-open',
            className: 'primary',
            'aria-haspopup': 'dialog',
            onclick: () => openImportDialog(state.lang, () => window.location.reload()),
          },
          `⤒ ${t('importOpen')}`,
        ),
      sessionToken()
        ? h(
            'button',
            {
              type: 'button',
              id: 'auth',
              onclick: () => {
                logOut();
                window.location.reload();
              },
            },
            t('logOut'),
          )
        : h('button', { type: 'button', id: 'auth', onclick: () => promptLogIn(t('logInPrompt')) }, t('logIn')),
    );
    headerLanguage = state.lang;
  };

  const writeUrl = () => {
    const query = toSearchParams({
      ...state,
      district: districtAgs === largest?.ags && !state.district ? '' : districtAgs,
    }).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', url);
  };

  const focusedRecommendation = (): Recommendation | undefined => {
    if (!state.rec) return undefined;
    const recs = ctx.recommendations();
    return recs.status === 'ready' ? recs.value.find((r) => r.id === state.rec) : undefined;
  };

  const renderStats = (table: GapTable | undefined) => {
    const { t, lang } = ctx;
    const a = model.analysis;
    if (state.view === 'network') {
      replaceChildren(
        stats,
        `${formatNumber(a.actorCount, lang)} ${t('actorsCount')} · ${formatNumber(a.linkCount, lang)} ${t('linksCount')} · ${formatNumber(a.brokerCount, lang)} ${t('brokersCount')} · ${formatNumber(a.isolatedCount, lang)} ${t('isolatedCount')} · ${t('densityLabel')} ${formatNumber(a.density, lang, 3)}`,
      );
    } else if (state.view === 'map' && state.waiting) {
      const waiting = ctx.waitingTimes();
      if (waiting.status === 'ready') {
        const a = waiting.value.area;
        replaceChildren(
          stats,
          h(
            'strong',
            {},
            `${t('waitingTimes')} ${enumLabel(offerCategoryLabels, waiting.value.category, lang)}, ${formatNumber(waiting.value.radiusKm, lang)} km: `,
          ),
          `${t('personsWaiting')} ${formatNumber(a.waiting, lang)} · ${t('medianWait')} ${formatNumber(a.medianWeeks, lang)} / 90 % ${formatNumber(a.p90Weeks, lang)} ${t('weeks')} · ${t('overTarget')} ${formatNumber(a.overTarget, lang)} · ${t('noSuitableStart')} ${formatNumber(a.noSuitableStart, lang)}`,
        );
      } else replaceChildren(stats, waiting.status === 'loading' ? t('loading') : waiting.message);
    } else if (state.view === 'map' && table) {
      replaceChildren(
        stats,
        h(
          'strong',
          {},
          `${enumLabel(offerCategoryLabels, table.category, lang)}, ${formatNumber(table.radiusKm, lang)} km: `,
        ),
        `${t('demand')} ${formatNumber(table.area.demand, lang)} · ${t('unmet')} ${formatNumber(table.area.unmet, lang)} · ${enumLabel(severityLabels, table.area.severity, lang)}`,
      );
    } else replaceChildren(stats);
    stats.hidden = !(state.view === 'network' || state.view === 'map');
  };

  function render(): void {
    writeUrl();
    document.documentElement.lang = state.lang;
    document.title = `${translate('appTitle', state.lang)} – ${district.name}`;
    if (headerLanguage !== state.lang) renderHeader();
    for (const button of header.querySelectorAll<HTMLButtonElement>('[role=tab]'))
      button.setAttribute('aria-selected', String(button.dataset['view'] === state.view));
    header.querySelector('#lang-de')?.setAttribute('aria-pressed', String(state.lang === 'de'));
    header.querySelector('#lang-en')?.setAttribute('aria-pressed', String(state.lang === 'en'));
    const exportButton = header.querySelector<HTMLButtonElement>('#export')!;
    exportButton.textContent = `⤓ ${ctx.t(state.view === 'network' || state.view === 'map' ? 'exportPng' : 'exportCsv')}`;

    const focusedId = document.activeElement?.id;
    const focusInDetails = details.contains(document.activeElement);
    replaceChildren(filters, renderFilters(ctx));

    let ready = false;
    const rec = focusedRecommendation();
    networkCanvas.hidden = state.view !== 'network';
    mapCanvas.hidden = state.view !== 'map';
    page.hidden = state.view === 'network' || state.view === 'map';
    zoom.hidden = !page.hidden;
    legend.hidden = !page.hidden && state.view !== 'courses';
    stats.hidden = !page.hidden;
    replaceChildren(legend, renderLegend(ctx)); // before drawing: its height decides the canvas's
    let table: GapTable | undefined;
    if (state.view === 'network') {
      networkView ??= createNetworkView(networkCanvas, select, toggleGroup);
      networkView.resize();
      networkView.update(model, state, { focusActorIds: new Set(rec?.actorIds ?? []), focusKey: rec?.id ?? '' });
      ready = true;
    } else if (state.view === 'map') {
      const gaps = ctx.gaps();
      const waiting = state.waiting ? ctx.waitingTimes() : undefined;
      if (gaps.status === 'ready' && (!waiting || waiting.status !== 'loading')) {
        table = gaps.value;
        mapView ??= createMapView(mapCanvas, select);
        mapView.resize();
        // With waiting times the map shows the courses of the waiting category, else the offers of the gap category.
        const category = waiting ? waitingCategory(state) : gapCategory(state);
        const offers = [...model.offers.values()].filter(
          (o) => o.category === category && offerMatches(o, { ...state, category }),
        );
        const overlay: WaitingOverlay | undefined =
          waiting?.status === 'ready'
            ? {
                targetWeeks: waiting.value.targetWeeks,
                rows: new Map(waiting.value.municipalities.map((row) => [row.ags, row])),
                weeksShort: ctx.t('weeksShort'),
              }
            : undefined;
        mapView.update(model, table, state, offers, new Set(rec?.offerIds ?? []), overlay);
        ready = true;
      }
    } else if (state.view === 'courses') {
      replaceChildren(page, renderCoursesView(ctx, page.clientWidth));
      ready = ctx.calendar().status !== 'loading';
    } else if (state.view === 'offers') {
      replaceChildren(page, renderOffersView(ctx));
      ready = ctx.gaps().status !== 'loading';
    } else if (state.view === 'monitoring') {
      const monitoring = renderMonitoringView(ctx);
      replaceChildren(page, monitoring.element);
      monitoring.mount();
      ready = monitoring.ready;
    } else {
      replaceChildren(page, renderRecommendationsView(ctx));
      ready = ctx.recommendations().status !== 'loading';
    }
    renderStats(table);
    replaceChildren(
      zoom,
      h(
        'button',
        {
          type: 'button',
          id: 'zoom-in',
          'aria-label': ctx.t('zoomIn'),
          title: ctx.t('zoomIn'),
          onclick: () => zoomBy(1.25),
        },
        '+',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'zoom-out',
          'aria-label': ctx.t('zoomOut'),
          title: ctx.t('zoomOut'),
          onclick: () => zoomBy(0.8),
        },
        '−',
      ),
      h(
        'button',
        { type: 'button', id: 'zoom-fit', 'aria-label': ctx.t('fit'), title: ctx.t('fit'), onclick: fitView },
        '⤢',
      ),
    );
    replaceChildren(details, renderDetails(ctx));
    if (focusedId && focusedId !== 'search') document.getElementById(focusedId)?.focus();
    else if (focusInDetails && !details.contains(document.activeElement)) details.focus();
    if (ready) document.documentElement.dataset['ready'] = state.view;
    else delete document.documentElement.dataset['ready'];
  }

  const fitView = () => {
    const cy = activeCy();
    if (!cy) return;
    // The map fits the district, not the catchment circle around a selected municipality.
    cy.fit(state.view === 'map' ? cy.nodes().not('.reach') : undefined, 30);
  };

  const zoomBy = (factor: number) => {
    const cy = activeCy();
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  // The timeline is drawn to the width of the page: draw it again when the window changes size.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => state.view === 'courses' && render(), 150);
  });

  window.bildungsnetz = { network: () => networkView?.cy, map: () => mapView?.cy, state: () => state };
  render();
}

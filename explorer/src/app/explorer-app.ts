// The explorer's component tree: the header, the filters, the stage (the two canvases, the page of the table
// views, the figures and zoom buttons over the canvas, the legend under it) and the details panel. Each component
// reads the fields of the view state and the data it shows, and is drawn again when those change and only then;
// none is torn down while the page is open, so an input keeps its focus and its text, and Cytoscape and the
// charts are made once and updated.
import type { Core } from 'cytoscape';
import { useSignalEffect, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { onReportClick } from '../api/download-report';
import { loginHref, logOut, type CurrentViewer } from '../api/current-viewer';
import { ExportMenu } from '../export/export-menu';
import { AdminMenu } from './admin-menu';
import { viewExportItems } from './view-exports';
import { enumLabel, offerCategoryLabels, severityLabels } from '../i18n/enum-labels';
import { translate, type MessageKey } from '../i18n/messages';
import type { AppContext, GapTable } from '../state/app-context';
import { toSearchParams, type ViewName } from '../state/view-state';
import type { ViewStore } from '../state/view-store';
import { DetailsPanel } from '../views/details-panel';
import { formatNumber, h, type Child } from '../ui/dom';
import { ExplainFigure } from '../ui/explain-figure';
import { explainAreaGap, explainWaiting } from '../i18n/explanations';
import { FiltersPanel } from '../ui/filters-panel';
import { onTabListKey, tabIndexOf } from '../ui/tab-keys';
import { NewMenu } from '../editing/edit-controls';
import { Legend } from '../ui/legend';
import { SearchBox } from '../ui/search-box';
import { CoursesView } from '../views/courses-view';
import { areaGapFigures, areaWaitingFigures } from '../views/area-figures';
import { directoryMapOffers, MapCanvas, mapCategoryMissing } from '../views/map-canvas';
import { MonitoringView } from '../views/monitoring-view';
import { ActorsView } from '../views/actors-view';
import { NetworkCanvas } from '../views/network-canvas';
import { networkFigures, networkScope } from '../data/network-scope';
import { OffersView } from '../views/offers-view';
import { RecommendationsView } from '../views/recommendations-view';
import { SurveysView } from '../views/surveys-view';
import { pendingNotice } from '../ui/error-notice';
import { createDrawers, type DrawerName, type Drawers } from '../ui/drawers';
import { useState } from 'preact/hooks';
import { viewsOf } from '../state/access';
import { accessText, roleName } from '../i18n/access-messages';

/** The Cytoscape instances, once the canvases have made them: for the zoom buttons and the PNG export. */
export interface Canvases {
  network?: Core;
  map?: Core;
}

export interface Shell {
  ctx: AppContext;
  store: ViewStore;
  districtName: string;
  /** The district opened when the URL names none: left out of the URL. */
  defaultDistrictAgs: string;
  viewer: CurrentViewer; // who is logged in, for the header
  canvases: Canvases;
  /**
   * Whether the side panels (filters, details) and the hidden map show the district's data. When the data arrive
   * with the network shown, only from the frame after its first drawing (network-canvas.ts): their first rendering
   * (some 30 ms for the county, and the browser's layout of their DOM) would otherwise delay the network. They take
   * no space from the canvas (the legend, which does, comes with the data), so that filling them moves nothing. With
   * another view shown, at once (start-app.ts).
   */
  panelsFilled: Signal<boolean>;
}

const tabs: [ViewName, MessageKey][] = [
  ['network', 'viewNetwork'],
  ['actors', 'viewActors'],
  ['map', 'viewMap'],
  ['offers', 'viewOffers'],
  ['courses', 'viewCourses'],
  ['recommendations', 'viewRecommendations'],
  ['monitoring', 'viewMonitoring'],
  ['surveys', 'viewSurveys'],
];

/** The Abfragen are for staff: the coordinator runs them, analysts read them; no one else sees the tab. */
const mayOpen = (view: ViewName, viewer: CurrentViewer) =>
  view !== 'surveys' || viewer.role === 'coordinator' || viewer.role === 'analyst';

const mapChooseCategory = ['Karte: bitte eine Kategorie wählen', 'Map: please choose a category'] as const;

const isCanvasView = (view: ViewName) => view === 'network' || view === 'map';

function activeCy({ ctx, canvases }: Shell): Core | undefined {
  const view = ctx.peek().view;
  return view === 'network' ? canvases.network : view === 'map' ? canvases.map : undefined;
}

export function ExplorerApp({ shell }: { shell: Shell }): Child {
  const { ctx, store } = shell;
  // The URL follows the whole view state (a link reopens the same view), replacing the history entry.
  useSignalEffect(() => {
    const state = store.snapshot.value;
    const district =
      state.district === '' && ctx.model.districtAgs === shell.defaultDistrictAgs ? '' : ctx.model.districtAgs;
    const query = toSearchParams({ ...state, district }).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', url);
  });
  useSignalEffect(() => {
    // Set only when it changes: setting <html lang> makes the browser compute the whole page's style again.
    if (document.documentElement.lang !== ctx.state.lang) document.documentElement.lang = ctx.state.lang;
    document.title = `${translate('appTitle', ctx.state.lang)} – ${shell.districtName}`;
  });
  // On a narrow screen the side panels are drawers (ui/drawers.ts): made once for the page.
  const [drawers] = useState(createDrawers);
  const compact = drawers.compact.value;
  // The frame is drawn while the district's data load; what shows them comes once they are there, the side panels
  // after the network (Shell.panelsFilled).
  const loaded = ctx.loaded && shell.panelsFilled.value;
  return [
    h(HeaderBar, { shell }),
    h(
      'main',
      { className: `layout${compact ? ' compact' : ''}` },
      compact ? h(DrawerBar, { ctx, drawers }) : null,
      h(
        DrawerSlot,
        { name: 'filters', ctx, drawers },
        h(
          'aside',
          { id: 'filters', className: 'filters', 'aria-label': ctx.t('filters'), tabindex: -1 },
          loaded ? h(FiltersPanel, { ctx }) : h(Loading, { ctx }),
        ),
      ),
      h(Stage, { shell, drawers }),
      h(
        DrawerSlot,
        { name: 'details', ctx, drawers },
        loaded ? h(DetailsPanel, { ctx }) : h('aside', { className: 'details' }, h(Loading, { ctx })),
      ),
      compact && drawers.open.value
        ? h('div', { className: 'drawer-backdrop', 'aria-hidden': 'true', onclick: () => drawers.close() })
        : null,
    ),
  ];
}

const drawerLabel: Record<DrawerName, MessageKey> = { filters: 'filters', details: 'details' };

/** In place of what shows the district's data, while they load. */
function Loading({ ctx }: { ctx: AppContext }): Child {
  return h('p', { className: 'loading muted', role: 'status' }, ctx.t('loading'));
}

/** On a narrow screen: the buttons that open the filters and the details as drawers over the view. */
function DrawerBar({ ctx, drawers }: { ctx: AppContext; drawers: Drawers }): Child {
  const open = drawers.open.value;
  const button = (name: DrawerName) =>
    h(
      'button',
      {
        type: 'button',
        id: `open-${name}`,
        className: 'secondary',
        'aria-controls': `drawer-${name}`,
        'aria-expanded': String(open === name),
        onclick: (event: MouseEvent) => drawers.show(name, event.currentTarget as HTMLElement),
      },
      ctx.t(drawerLabel[name]),
    );
  return h('div', { className: 'drawer-bar' }, button('filters'), button('details'));
}

/**
 * A side panel: a column on a wide screen; on a narrow one a drawer over the view, shown only while open, with
 * "Schließen" at its top. Escape inside closes it (and gives the focus back to what opened it).
 */
function DrawerSlot({
  name,
  ctx,
  drawers,
  children,
}: {
  name: DrawerName;
  ctx: AppContext;
  drawers: Drawers;
  children?: Child;
}): Child {
  const compact = drawers.compact.value;
  const open = drawers.open.value === name;
  return h(
    'div',
    {
      id: `drawer-${name}`,
      className: `drawer-slot drawer-${name}${compact ? ' as-drawer' : ''}`,
      hidden: compact && !open,
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Escape' && !event.defaultPrevented && drawers.close()) event.preventDefault();
      },
      // Tab out of an open drawer: it closes, so that it never covers the control that has the focus now
      // (WCAG 2.4.11); a click on the page behind it closes it by the backdrop.
      onfocusout: (event: FocusEvent) => {
        const to = event.relatedTarget as Node | null;
        if (compact && open && to && !(event.currentTarget as HTMLElement).contains(to)) drawers.dismiss();
      },
    },
    compact
      ? h(
          'div',
          { className: 'drawer-head' },
          h('strong', {}, ctx.t(drawerLabel[name])),
          h(
            'button',
            { type: 'button', id: `close-${name}`, className: 'secondary', onclick: () => drawers.close() },
            ctx.t('close'),
          ),
        )
      : null,
    children,
  );
}

function HeaderBar({ shell }: { shell: Shell }): Child {
  const { ctx } = shell;
  const { t } = ctx;
  const view = ctx.state.view;
  const lang = ctx.state.lang;
  const districtAgs = ctx.model.districtAgs;
  // Only the views the role may see (state/access.ts): the public directory has three.
  const shownTabs = tabs.filter(([tab]) => viewsOf(ctx.access, [tab]).length > 0 && mayOpen(tab, shell.viewer));
  // The selected tab is the one Tab reaches; should the view have no tab (a moment before a redirect), the first.
  const inTabOrder = shownTabs.some(([tab]) => tab === view) ? view : shownTabs[0]?.[0];
  return h(
    'header',
    { className: 'topbar' },
    h(
      'div',
      { className: 'brand' },
      h('h1', {}, t('appTitle')),
      h('span', { className: 'district-name', title: t('district') }, shell.districtName),
    ),
    h(
      'nav',
      { className: 'tabs', role: 'tablist', 'aria-label': t('views'), onkeydown: onTabListKey },
      shownTabs.map(([tab, label]) =>
        h(
          'button',
          {
            key: tab,
            type: 'button',
            role: 'tab',
            id: `tab-${tab}`,
            'aria-controls': 'stage',
            'aria-selected': String(tab === view),
            tabindex: tabIndexOf(tab === inTabOrder),
            'data-view': tab,
            onclick: () => ctx.set({ view: tab }),
          },
          t(label),
        ),
      ),
    ),
    h(SearchBox, {
      districtAgs,
      lang,
      initial: ctx.peek().search,
      onPick: (suggestion, text) => {
        const current = ctx.peek().view;
        const next: ViewName = suggestion.key.startsWith('m:')
          ? 'map'
          : suggestion.key.startsWith('a:') && current === 'map'
            ? 'network'
            : current;
        ctx.set({ selected: suggestion.key, search: text, view: next });
      },
      onText: (text) => ctx.set({ search: text }),
    }),
    h(
      'div',
      { className: 'lang', role: 'group', 'aria-label': t('language') },
      h(
        'button',
        {
          type: 'button',
          id: 'lang-de',
          lang: 'de',
          'aria-pressed': String(lang === 'de'),
          onclick: () => ctx.set({ lang: 'de' }),
        },
        'DE',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'lang-en',
          lang: 'en',
          'aria-pressed': String(lang === 'en'),
          onclick: () => ctx.set({ lang: 'en' }),
        },
        'EN',
      ),
    ),
    // The needs analysis of the district as a document for the committee (server/reports/needs-analysis): staff only.
    ctx.access.staff &&
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
    // What the view shows, as CSV and XLSX (tables) or as a picture with legend (network, map); the public
    // directory exports its pictures only, the tables being of the staff's figures. Once the data are there.
    ctx.loaded &&
      (ctx.access.staff || isCanvasView(view)) &&
      h(ExportMenu, { id: 'export', lang, items: viewExportItems(ctx, shell.canvases) }),
    // The import, the Papierkorb and the partner conflicts: the coordinator's (admin-menu.ts).
    ctx.access.edit && h(AdminMenu, { ctx }),
    // The coordinator's forms for new entries (explorer/src/editing/), which offer the district's municipalities.
    ctx.loaded && h(NewMenu, { ctx, network: () => shell.canvases.network }),
    // Logged in: who, and "Abmelden"; else "Anmelden", the login page, which comes back to this very view.
    shell.viewer.role !== 'anonymous'
      ? h(
          'span',
          { className: 'login-state', 'aria-label': accessText('loggedInAs', lang) },
          h('span', { id: 'viewer-name', className: 'viewer-name' }, shell.viewer.name),
          h('span', { id: 'viewer-role', className: 'viewer-role' }, roleName(shell.viewer.role, lang)),
          h('button', { type: 'button', id: 'auth', onclick: () => void logOut(shell.viewer) }, t('logOut')),
        )
      : h(
          'a',
          {
            id: 'auth',
            className: 'button-link',
            href: loginHref(),
            // The view may have changed since the header was drawn: the link takes the address of now.
            onclick: (event: MouseEvent) => ((event.currentTarget as HTMLAnchorElement).href = loginHref()),
          },
          t('logIn'),
        ),
  );
}

function Stage({ shell, drawers }: { shell: Shell; drawers: Drawers }): Child {
  const { ctx, canvases } = shell;
  const view = ctx.state.view;
  const onCanvas = isCanvasView(view);
  // The network's canvas is made at once (empty until the data are there); the rest waits for the data.
  const loaded = ctx.loaded;
  return h(
    'section',
    {
      id: 'stage',
      className: `stage${onCanvas ? ' on-canvas' : ''}`,
      role: 'tabpanel',
      'aria-labelledby': `tab-${view}`,
    },
    // The legend is a strip under the canvas, so that it never covers the graph.
    h(
      'div',
      { className: 'canvas-area' },
      h(NetworkCanvas, {
        ctx,
        canvases,
        drawers,
        panelsFilled: shell.panelsFilled.value,
        onFirstDrawing: () => (shell.panelsFilled.value = true),
      }),
      loaded && shell.panelsFilled.value && h(MapCanvas, { ctx, canvases }),
      h(
        'div',
        { id: 'page', className: 'page', hidden: onCanvas },
        onCanvas ? null : loaded ? h(PageView, { shell }) : h(Loading, { ctx }),
      ),
      h(StatsOverlay, { ctx }),
      h(ZoomControls, { shell }),
    ),
    loaded && h(Legend, { ctx }),
  );
}

/** The table views, one at a time; each marks itself ready (data-ready on <html>) once its data are there. */
function PageView({ shell }: { shell: Shell }): Child {
  const { ctx } = shell;
  switch (ctx.state.view) {
    case 'offers':
      return h(OffersView, { ctx });
    case 'courses':
      return h(CoursesView, { ctx });
    case 'monitoring':
      return h(MonitoringView, { ctx });
    case 'recommendations':
      return h(RecommendationsView, { ctx });
    case 'actors':
      return h(ActorsView, { ctx });
    case 'surveys':
      // Opened by an address without the role for it: the network instead (the API would refuse the rounds).
      return mayOpen('surveys', shell.viewer) ? h(SurveysView, { ctx }) : h(RedirectToNetwork, { ctx });
    default:
      return null;
  }
}

function RedirectToNetwork({ ctx }: { ctx: AppContext }): Child {
  useEffect(() => ctx.set({ view: 'network' }), []);
  return null;
}

function ZoomControls({ shell }: { shell: Shell }): Child {
  const { ctx } = shell;
  const fit = () => {
    const cy = activeCy(shell);
    // The map fits the district, not the catchment circle around a selected municipality.
    if (cy) cy.fit(ctx.peek().view === 'map' ? cy.nodes().not('.reach') : undefined, 30);
  };
  const zoomBy = (factor: number) => {
    const cy = activeCy(shell);
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const button = (id: string, label: MessageKey, text: string, onclick: () => void) =>
    h('button', { type: 'button', id, 'aria-label': ctx.t(label), title: ctx.t(label), onclick }, text);
  return h(
    'div',
    { className: 'zoom overlay', hidden: !isCanvasView(ctx.state.view) },
    button('zoom-in', 'zoomIn', '+', () => zoomBy(1.25)),
    button('zoom-out', 'zoomOut', '−', () => zoomBy(0.8)),
    button('zoom-fit', 'fit', '⤢', fit),
  );
}

/** The figures over the canvas: the network's, or those of the map's gap table or waiting times. */
function StatsOverlay({ ctx }: { ctx: AppContext }): Child {
  const { t, lang, state } = ctx;
  const view = state.view;
  const body = (): Child => {
    if (!ctx.loaded) return isCanvasView(view) ? t('loading') : null;
    if (view === 'network') {
      // The figures of what the filters leave (data/network-scope.ts), not of the whole district.
      const a = networkFigures(ctx.model, networkScope(ctx.model, state));
      const actors = a.actors === 1 ? t('actorOne') : t('actorsCount');
      const links = a.links === 1 ? t('linkOne') : t('linksCount');
      // Brokers, isolated actors and density are the analysis's: the staff's figures.
      if (!ctx.access.staff)
        return `${formatNumber(a.actors, lang)} ${actors} · ${formatNumber(a.links, lang)} ${links}`;
      return `${formatNumber(a.actors, lang)} ${actors} · ${formatNumber(a.links, lang)} ${links} · ${formatNumber(a.brokers, lang)} ${t('brokersCount')} · ${formatNumber(a.isolated, lang)} ${t('isolatedCount')} · ${t('densityLabel')} ${formatNumber(a.density, lang, 3)}`;
    }
    if (view !== 'map') return null;
    if (!ctx.access.staff) {
      const shown = directoryMapOffers(ctx).length;
      return `${formatNumber(shown, lang)} ${accessText(shown === 1 ? 'offerOnMap' : 'offersOnMap', lang)}`;
    }
    // The map shows one category: until one is chosen, the figures say so (map-canvas.ts asks for it).
    if (mapCategoryMissing(state)) return h('strong', {}, mapChooseCategory[lang === 'de' ? 0 : 1]);
    // The figures follow the area chosen in the filter (a Samtgemeinde, a municipality), else the district's.
    const where = (name: string | undefined) => (name ? `${name} · ` : '');
    if (state.waiting) {
      const waiting = ctx.waitingTimes();
      if (waiting.status !== 'ready') return pendingNotice(waiting, lang);
      const a = areaWaitingFigures(ctx.model, waiting.value, state.area);
      const median =
        a.medianWeeks === undefined
          ? ''
          : ` · ${t('medianWait')} ${formatNumber(a.medianWeeks, lang)} / 90 % ${formatNumber(a.p90Weeks, lang)} ${t('weeks')}`;
      return [
        h(
          'strong',
          {},
          `${where(a.name)}${t('waitingTimes')} ${enumLabel(offerCategoryLabels, waiting.value.category, lang)}, ${formatNumber(waiting.value.radiusKm, lang)} km: `,
        ),
        `${t('personsWaiting')} ${formatNumber(a.waiting, lang)}${median} · ${t('overTarget')} ${formatNumber(a.overTarget, lang)} · ${t('noSuitableStart')} ${formatNumber(a.noSuitableStart, lang)}`,
        h(ExplainFigure, {
          lang,
          name: 'map-waiting',
          figure: t('waitingTimes'),
          explanation: explainWaiting(
            { ...a, name: a.name ?? waiting.value.area.name },
            {
              category: enumLabel(offerCategoryLabels, waiting.value.category, lang),
              radiusKm: waiting.value.radiusKm,
              asOf: waiting.value.asOf,
              targetWeeks: waiting.value.targetWeeks,
            },
            lang,
          ),
        }),
      ];
    }
    const gaps = ctx.gaps();
    if (gaps.status !== 'ready') return null;
    const table: GapTable = gaps.value;
    const figures = areaGapFigures(ctx.model, table, state.area);
    return [
      h(
        'strong',
        {},
        `${where(figures.name)}${enumLabel(offerCategoryLabels, table.category, lang)}, ${formatNumber(table.radiusKm, lang)} km: `,
      ),
      `${t('demand')} ${formatNumber(figures.demand, lang)} · ${t('unmet')} ${formatNumber(figures.unmet, lang)} · ${enumLabel(severityLabels, figures.severity, lang)}`,
      h(ExplainFigure, {
        lang,
        name: 'map-gap',
        figure: t('unmet'),
        explanation: explainAreaGap(
          { ...figures, name: figures.name ?? table.area.name },
          enumLabel(offerCategoryLabels, table.category, lang),
          table.radiusKm,
          lang,
        ),
      }),
    ];
  };
  return h(
    'div',
    { id: 'stats', className: 'stats overlay', 'aria-live': 'polite', hidden: !isCanvasView(view) },
    body(),
  );
}

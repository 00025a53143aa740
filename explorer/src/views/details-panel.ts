// The details panel: what was clicked (actor, municipality or offer) with its figures, each traceable to the
// offers and needs behind it, and links that select the related entities. A component: which needs lists are
// unfolded is its own state, and a link that selects another entity keeps the keyboard focus in the panel.
import { borderDistrictName } from '../data/border-offers';
import { readyBorderOffers } from '../state/load-border-offers';
import type { AppContext, Loadable, WaitingTable } from '../state/app-context';
import { gapCategory } from '../state/view-state';
import {
  actorKindLabels,
  cadenceLabels,
  cooperationKindLabels,
  courseTypeLabels,
  enumLabel,
  municipalityKindLabels,
  needSourceLabels,
  networkKindLabels,
  offerCategoryLabels,
  offerFormatLabels,
  offerStatusLabels,
  recommendationCodeLabels,
  severityLabels,
  targetGroupLabels,
  unplacedReasonLabels,
} from '../i18n/enum-labels';
import { countIn } from '../i18n/count-in';
import { areaMembers } from '../data/district-model';
import { noDemandColour, severityColours } from '../graph/palette';
import { waitColour } from '../graph/map-elements';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber, h, type Child } from '../ui/dom';
import { pendingNotice } from '../ui/error-notice';
import { HistoryMount } from '../history/history-mount';
import { ExplainFigure } from '../ui/explain-figure';
import { missingToMinimum } from '../i18n/count-in';
import { explainMunicipalityGap, explainNetworkRoles, explainWaiting } from '../i18n/explanations';
import { EditActions, EditLinkButton, EditNetworkButton, NewNeedButton } from '../editing/edit-controls';
import { accessText } from '../i18n/access-messages';

/** The municipalities whose needs list is unfolded (the panel's own state, not part of the URL). */
interface OpenNeeds {
  has: (ags: string) => boolean;
  toggle: (ags: string) => void;
}

function facts(rows: [string, Child][]): Child {
  return h(
    'dl',
    { className: 'facts' },
    rows
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

function linkButton(label: Child, onClick: () => void, attributes: Record<string, string> = {}): Child {
  return h('button', { type: 'button', className: 'link', onclick: onClick, ...attributes }, label);
}

function loadingOr<T>(ctx: AppContext, loadable: Loadable<T>, show: (value: T) => Child): Child {
  if (loadable.status !== 'ready') return pendingNotice(loadable, ctx.lang);
  return show(loadable.value);
}

export function DetailsPanel({ ctx }: { ctx: AppContext }): Child {
  const panel = useRef<HTMLElement>(null);
  const hadFocus = useRef(false);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const openNeeds: OpenNeeds = {
    has: (ags) => unfolded.has(ags),
    toggle: (ags) => {
      const next = new Set(unfolded);
      if (!next.delete(ags)) next.add(ags);
      setUnfolded(next);
    },
  };
  // A link in the panel that selects another entity is replaced with the new content: the focus then goes to
  // the panel, not to the page's start.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (hadFocus.current && panel.current && (!active || active === document.body)) panel.current.focus();
    hadFocus.current = false;
  });
  return h(
    'aside',
    {
      ref: panel,
      id: 'details',
      className: 'details',
      tabindex: -1,
      'aria-live': 'polite',
      onclickCapture: () => (hadFocus.current = Boolean(panel.current?.contains(document.activeElement))),
    },
    detailsBody(ctx, openNeeds),
  );
}

function detailsBody(ctx: AppContext, openNeeds: OpenNeeds): Child {
  const { state } = ctx;
  const selected = state.selected;
  const body = selected.startsWith('a:')
    ? actorDetails(ctx, selected.slice(2))
    : selected.startsWith('m:')
      ? municipalityDetails(ctx, selected.slice(2), openNeeds)
      : selected.startsWith('o:')
        ? offerDetails(ctx, selected.slice(2))
        : [
            ctx.access.staff ? null : h('p', { className: 'directory-intro' }, accessText('directoryIntro', ctx.lang)),
            h('p', { className: 'muted' }, ctx.t('detailsEmpty')),
          ];
  return [
    h(
      'div',
      { className: 'panel-head' },
      h('h2', {}, ctx.t('details')),
      selected
        ? h(
            'button',
            {
              type: 'button',
              className: 'icon',
              'aria-label': ctx.t('close'),
              title: ctx.t('close'),
              onclick: () => ctx.set({ selected: '' }),
            },
            '×',
          )
        : null,
    ),
    body,
    // The change history is the staff's: the public directory and a partner do not ask for it.
    selected && ctx.access.staff ? h(HistoryMount, { ctx, selected }) : null,
    pathSummary(ctx),
  ];
}

function pathSummary(ctx: AppContext): Child {
  const path = ctx.path();
  if (!path || ctx.state.view !== 'network') return null;
  const name = (id: string) => ctx.model.actors.get(id)?.name ?? id;
  return h(
    'section',
    { className: 'path-result', 'data-testid': 'path-result' },
    h('h3', {}, `${ctx.t('path')}: ${name(path.from)} → ${name(path.to)}`),
    path.actorIds
      ? [
          h('p', {}, `${path.actorIds.length - 1} ${ctx.t('pathSteps')}`),
          h(
            'ol',
            {},
            path.actorIds.map((id) =>
              h(
                'li',
                {},
                linkButton(name(id), () => ctx.set({ selected: `a:${id}` })),
              ),
            ),
          ),
        ]
      : h('p', { className: 'error' }, ctx.t('pathNone')),
  );
}

function actorDetails(ctx: AppContext, id: string): Child {
  const { t, lang, model } = ctx;
  const known = model.actors.get(id);
  const centrality = model.centrality.get(id);
  return loadingOr(ctx, ctx.actorDetails(id), (actor) => {
    if (!actor) return h('p', { className: 'muted' }, id);
    const partners = new Map<string, { name: string; kind: string; coop: string[] }>();
    for (const edge of [...actor.cooperatesWithConnection.edges, ...actor.cooperatedWithByConnection.edges]) {
      const entry = partners.get(edge.node.id) ?? { name: edge.node.name, kind: edge.node.kind, coop: [] };
      entry.coop.push(enumLabel(cooperationKindLabels, edge.properties.kind, lang));
      partners.set(edge.node.id, entry);
    }
    const website = actor.website
      ? h(
          'a',
          {
            href: actor.website.startsWith('http') ? actor.website : `https://${actor.website}`,
            target: '_blank',
            rel: 'noopener',
          },
          actor.website,
        )
      : null;
    return h(
      'article',
      { className: 'details-body', 'data-kind': 'actor' },
      h('p', { className: 'eyebrow' }, enumLabel(actorKindLabels, actor.kind, lang)),
      h('h3', { className: 'entity-title' }, actor.name),
      centrality?.broker ? h('span', { className: 'badge broker' }, t('brokerActor')) : null,
      centrality?.isolated ? h('span', { className: 'badge isolated' }, t('isolatedActor')) : null,
      actor.description ? h('p', {}, actor.description) : null,
      h('h4', {}, t('contact')),
      facts([
        [
          t('venue'),
          [actor.address, [actor.postcode, actor.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null,
        ],
        ['Tel.', actor.phone ? h('a', { href: `tel:${actor.phone}` }, actor.phone) : null],
        ['E-Mail', actor.email ? h('a', { href: `mailto:${actor.email}` }, actor.email) : null],
        ['Web', website],
        [t('languages'), actor.languages?.join(', ') ?? null],
        [t('serves'), actor.serves.map((m) => m.name).join(', ') || null],
        [t('degree'), centrality ? formatNumber(centrality.degree, lang) : null],
        [
          t('betweenness'),
          centrality?.betweenness !== null && centrality
            ? [
                formatNumber(centrality.betweenness, lang, 3),
                ' ',
                h(ExplainFigure, {
                  lang,
                  name: 'actor-network-roles',
                  figure: t('betweenness'),
                  explanation: explainNetworkRoles(lang),
                }),
              ]
            : null,
        ],
        [t('updatedAt'), formatDate(actor.updatedAt, lang)],
      ]),
      h(
        'div',
        { className: 'actions' },
        known && ctx.state.view !== 'network'
          ? h('button', { type: 'button', onclick: () => ctx.set({ view: 'network' }) }, t('showInNetwork'))
          : null,
        h('button', { type: 'button', onclick: () => ctx.set({ pathFrom: id, view: 'network' }) }, t('pathFromHere')),
        h('button', { type: 'button', onclick: () => ctx.set({ pathTo: id, view: 'network' }) }, t('pathToHere')),
      ),
      h(EditActions, { ctx, kind: 'actor', id }),
      h('h4', {}, `${t('offers')} (${actor.offers.length})`),
      h(
        'ul',
        { className: 'list' },
        actor.offers.map((o) =>
          h(
            'li',
            {},
            linkButton(o.title, () => ctx.set({ selected: `o:${o.id}` })),
            h(
              'span',
              { className: 'muted' },
              ` · ${enumLabel(offerStatusLabels, o.status, lang)} · ${t('freePlaces')}: ${formatNumber(o.freePlaces, lang)}`,
            ),
          ),
        ),
      ),
      h('h4', {}, `${t('partners')} (${partners.size})`),
      h(
        'ul',
        { className: 'list' },
        [...partners]
          .sort((a, b) => a[1].name.localeCompare(b[1].name))
          .map(([pid, p]) =>
            h(
              'li',
              {},
              linkButton(p.name, () => ctx.set({ selected: `a:${pid}` })),
              h('span', { className: 'muted' }, ` · ${[...new Set(p.coop)].join(', ')}`),
              h(EditLinkButton, { ctx, actorId: id, partnerId: pid, name: p.name }),
            ),
          ),
      ),
      // The networks an actor belongs to are the staff's (the public directory does not ask for them).
      ctx.access.staff && h('h4', {}, `${t('networks')} (${actor.memberships.length})`),
      ctx.access.staff &&
        h(
          'ul',
          { className: 'list' },
          actor.memberships.map((n) =>
            h(
              'li',
              {},
              n.name,
              h(
                'span',
                { className: 'muted' },
                ` · ${enumLabel(networkKindLabels, n.kind, lang)}${n.cadence ? `, ${enumLabel(cadenceLabels, n.cadence, lang)}` : ''}`,
              ),
              h(EditNetworkButton, { ctx, id: n.id, name: n.name }),
            ),
          ),
        ),
    );
  });
}

function municipalityDetails(ctx: AppContext, ags: string, openNeeds: OpenNeeds): Child {
  const { t, lang, model, state } = ctx;
  const m = model.municipalities.get(ags);
  if (!m) return h('p', { className: 'muted' }, ags);
  const category = gapCategory(state);
  const collapsed = state.collapsed.includes(ags);
  const actorsHere = [...model.actors.values()].filter((a) => a.municipality[0]?.ags === ags);
  const header = [
    h('p', { className: 'eyebrow' }, enumLabel(municipalityKindLabels, m.kind, lang)),
    h('h3', { className: 'entity-title' }, m.name),
    facts([
      [t('population'), formatNumber(m.population, lang)],
      [t('newcomers'), formatNumber(m.newcomers, lang)],
      [
        t('samtgemeinde'),
        m.memberOf[0] ? linkButton(m.memberOf[0].name, () => ctx.set({ selected: `m:${m.memberOf[0]!.ags}` })) : null,
      ],
      [t('actorsHere'), String(actorsHere.length)],
    ]),
    h(
      'div',
      { className: 'actions' },
      state.view !== 'map'
        ? h('button', { type: 'button', onclick: () => ctx.set({ view: 'map' }) }, t('showOnMap'))
        : null,
      state.view === 'network' && actorsHere.length > 0
        ? h('button', { type: 'button', onclick: () => ctx.toggleGroup(ags) }, collapsed ? t('expand') : t('collapse'))
        : null,
      h(NewNeedButton, { ctx, ags, name: m.name }),
    ),
  ];
  // The public directory knows no needs, gaps, waiting times or recommendations: the place's offers instead.
  if (!ctx.access.staff) return publicMunicipality(ctx, ags, header);
  const gaps = loadingOr(ctx, ctx.gaps(), (table) => {
    const row = table.municipalities.find((r) => r.ags === ags);
    if (!row) return null;
    const needsOpen = openNeeds.has(ags);
    // The offers in reach include those across the district border, which the district's graph does not hold.
    const across = new Map(readyBorderOffers(ctx).map((o) => [o.id, o]));
    const inReach = row.offerIdsInReach
      .map((id) => model.offers.get(id) ?? across.get(id))
      .filter((o) => o !== undefined);
    return h(
      'section',
      { className: 'gap-figures', 'data-testid': 'gap-figures' },
      h(
        'h4',
        {},
        `${t('gapFor')} ${enumLabel(offerCategoryLabels, category, lang)}, ${formatNumber(state.radius, lang)} km`,
      ),
      h(
        'p',
        {},
        h('span', {
          className: 'severity-chip',
          style: `background:${row.demand > 0 ? severityColours[row.severity] : noDemandColour}`,
        }),
        ' ',
        row.demand > 0 ? enumLabel(severityLabels, row.severity, lang) : t('noDemand'),
      ),
      facts([
        [
          t('demand'),
          row.needIds.length > 0
            ? linkButton(formatNumber(row.demand, lang), () => openNeeds.toggle(ags), {
                'aria-expanded': String(needsOpen),
                'data-testid': 'demand-link',
              })
            : formatNumber(row.demand, lang),
        ],
        [t('freePlacesInReach'), formatNumber(row.freePlacesInReach, lang)],
        [t('coverage'), `${formatNumber(row.coverage * 100, lang)} %`],
        [t('unmet'), h('strong', {}, formatNumber(row.unmet, lang))],
        [t('offersInReach'), formatNumber(row.offersInReach, lang)],
        [
          t('nearestOffer'),
          row.nearestOffer
            ? [
                linkButton(row.nearestOffer.title, () => ctx.set({ selected: `o:${row.nearestOffer!.id}` })),
                ` (${formatNumber(row.nearestOfferKm, lang, 1)} km${row.nearestOffer.providerName ? `, ${row.nearestOffer.providerName}` : ''})`,
              ]
            : null,
        ],
      ]),
      h(ExplainFigure, {
        lang,
        name: 'details-gap',
        figure: `${t('coverage')}, ${t('unmet')}`,
        explanation: explainMunicipalityGap(row, enumLabel(offerCategoryLabels, category, lang), table.radiusKm, lang),
      }),
      needsOpen ? needsList(ctx, row.needIds) : null,
      inReach.length > 0
        ? [
            h('h4', {}, `${t('offersInReach')} (${inReach.length})`),
            h(
              'ul',
              { className: 'list', 'data-testid': 'offers-in-reach' },
              inReach.map((o) =>
                h(
                  'li',
                  {},
                  linkButton(o.title, () => ctx.set({ selected: `o:${o.id}` })),
                  h('span', { className: 'muted' }, ` · ${t('freePlaces')}: ${formatNumber(o.freePlaces, lang)}`),
                  across.has(o.id)
                    ? h(
                        'span',
                        { className: 'badge across-border' },
                        `${t('acrossBorder')}: ${borderDistrictName(across.get(o.id)!)}`,
                      )
                    : null,
                ),
              ),
            ),
          ]
        : null,
    );
  });
  const recs = loadingOr(ctx, ctx.recommendations(), (all) => {
    const mine = all.filter((r) => r.municipalityAgs === ags);
    return [
      h('h4', {}, `${t('recommendations')} (${mine.length})`),
      mine.length === 0
        ? h('p', { className: 'muted' }, t('noRecommendations'))
        : h(
            'ul',
            { className: 'list recs-mini' },
            mine.map((r) =>
              h(
                'li',
                {},
                h('strong', {}, `#${r.rank} ${enumLabel(recommendationCodeLabels, r.code, lang)}: `),
                lang === 'de' ? r.textDe : r.textEn,
              ),
            ),
          ),
    ];
  });
  const waiting = waitingFigures(ctx, m.ags, m.kind === 'COLLECTIVE');
  return h(
    'article',
    { className: 'details-body', 'data-kind': 'municipality' },
    header,
    state.waiting ? [waiting, gaps] : [gaps, waiting],
    recs,
  );
}

/** A place in the public directory: its figures from the statistics and the offers that take place there. */
function publicMunicipality(ctx: AppContext, ags: string, header: Child): Child {
  const { t, lang, model } = ctx;
  const inArea = areaMembers(model, ags) ?? new Set([ags]);
  const offers = [...model.offers.values()]
    .filter((o) => o.venue[0] && inArea.has(o.venue[0].ags))
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
  return h(
    'article',
    { className: 'details-body', 'data-kind': 'municipality' },
    header,
    h('h4', {}, `${t('offers')} (${formatNumber(offers.length, lang)})`),
    h(
      'ul',
      { className: 'list' },
      offers.map((o) =>
        h(
          'li',
          { key: o.id },
          linkButton(o.title, () => ctx.set({ selected: `o:${o.id}` })),
          h(
            'span',
            { className: 'muted' },
            ` · ${enumLabel(offerStatusLabels, o.status, lang)} · ${t('freePlaces')}: ${formatNumber(o.freePlaces, lang)}`,
          ),
        ),
      ),
    ),
  );
}

/** The waiting times of a municipality (or a Samtgemeinde as a whole) for the waiting category. */
function waitingFigures(ctx: AppContext, ags: string, samtgemeinde: boolean): Child {
  const { t, lang, state } = ctx;
  return loadingOr(ctx, ctx.waitingTimes(), (table) => {
    const row = (samtgemeinde ? table.samtgemeinden : table.municipalities).find((r) => r.ags === ags);
    const weeks = (value: number | null | undefined) => countIn(lang, value, 'week');
    return h(
      'section',
      { className: 'gap-figures', 'data-testid': 'waiting-figures' },
      h(
        'h4',
        {},
        `${t('waitingTimes')}: ${enumLabel(offerCategoryLabels, table.category, lang)}, ${formatNumber(table.radiusKm, lang)} km`,
      ),
      row && row.waiting > 0
        ? [
            h(
              'p',
              {},
              h('span', { className: 'severity-chip', style: `background:${waitColour(row, table.targetWeeks)}` }),
              ' ',
              `${t('targetWait')}: ${table.targetWeeks} ${t('weeks')}`,
            ),
            facts([
              [t('personsWaiting'), h('strong', {}, formatNumber(row.waiting, lang))],
              [t('placed'), formatNumber(row.placed, lang)],
              [t('medianWait'), weeks(row.medianWeeks)],
              [t('p90Wait'), weeks(row.p90Weeks)],
              [t('overTarget'), formatNumber(row.overTarget, lang)],
              [t('noSuitableStart'), formatNumber(row.noSuitableStart, lang)],
            ]),
            h(ExplainFigure, {
              lang,
              name: 'details-waiting',
              figure: t('waitingTimes'),
              explanation: explainWaiting(
                row,
                {
                  category: enumLabel(offerCategoryLabels, table.category, lang),
                  radiusKm: table.radiusKm,
                  asOf: table.asOf,
                  targetWeeks: table.targetWeeks,
                },
                lang,
              ),
            }),
            placementsList(ctx, table.needs, samtgemeinde ? areaMembers(ctx.model, ags) : new Set([ags])),
          ]
        : h('p', { className: 'muted' }, t('noneWaiting')),
      state.view === 'map' && !state.waiting
        ? h(
            'div',
            { className: 'actions' },
            h('button', { type: 'button', onclick: () => ctx.set({ waiting: true }) }, t('showWaiting')),
          )
        : null,
    );
  });
}

type WaitingNeed = WaitingTable['needs'][number];

/**
 * The matching behind the waiting figures, oldest need first as the matching takes them: which course start took
 * how many of each need's persons, and for the rest why there is no suitable start.
 */
function placementsList(
  ctx: AppContext,
  needs: readonly WaitingNeed[],
  members: ReadonlySet<string> | undefined,
): Child {
  const { t, lang } = ctx;
  const ours = needs.filter((need) => members?.has(need.municipalityAgs));
  if (ours.length === 0) return null;
  const courseName = (id: string) => ctx.model.offers.get(id)?.title ?? t('courseElsewhere');
  return h(
    'details',
    { className: 'placements', 'data-testid': 'placements' },
    h('summary', {}, t('placementsBehind')),
    h(
      'ol',
      {},
      ours.map((need) =>
        h(
          'li',
          { 'data-need': need.needId },
          h(
            'span',
            {},
            `${formatDate(need.reportedAt, lang)} · ${countIn(lang, need.persons, 'person')}`,
            need.targetGroup ? ` (${enumLabel(targetGroupLabels, need.targetGroup, lang)})` : '',
            ctx.model.municipalities.size > 0 && members && members.size > 1
              ? ` · ${ctx.model.municipalities.get(need.municipalityAgs)?.name ?? need.municipalityAgs}`
              : '',
          ),
          h(
            'ul',
            {},
            need.placements.map((p) =>
              h(
                'li',
                {},
                `${countIn(lang, p.persons, 'person')} → ${courseName(p.courseId)}, ${t('startsOn')} ${formatDate(p.startDate, lang)} (${countIn(lang, p.weeks, 'week')}, ${formatNumber(p.distanceKm, lang, 1)} km)`,
              ),
            ),
            need.unplaced > 0
              ? h(
                  'li',
                  { className: 'unplaced' },
                  `${countIn(lang, need.unplaced, 'person')} ${t('withoutStart')}`,
                  need.unplacedReason ? `: ${enumLabel(unplacedReasonLabels, need.unplacedReason, lang)}` : '',
                )
              : null,
          ),
        ),
      ),
    ),
  );
}

function needsList(ctx: AppContext, ids: string[]): Child {
  const { t, lang } = ctx;
  return loadingOr(ctx, ctx.needs(ids), (needs) =>
    h(
      'section',
      { 'data-testid': 'needs-list' },
      h('h4', {}, `${t('needsBehind')} (${needs.length})`),
      h(
        'table',
        { className: 'mini' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, t('targetGroup')),
            h('th', {}, t('persons')),
            h('th', {}, t('source')),
            h('th', {}, t('reportedAt')),
          ),
        ),
        h(
          'tbody',
          {},
          needs.map((n) =>
            h(
              'tr',
              {},
              h('td', {}, enumLabel(targetGroupLabels, n.targetGroup, lang)),
              h('td', { className: 'num' }, formatNumber(n.persons, lang)),
              h('td', {}, enumLabel(needSourceLabels, n.source, lang)),
              h('td', {}, formatDate(n.reportedAt, lang)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** An offer of a neighbouring district within the radius (data/border-offers.ts) says so, naming the district. */
function acrossBorderNote(ctx: AppContext, id: string): Child {
  if (ctx.model.offers.has(id)) return null;
  const offer = readyBorderOffers(ctx).find((o) => o.id === id);
  if (!offer) return null;
  return h(
    'p',
    { className: 'across-border-note', 'data-testid': 'offer-across-border' },
    `${ctx.t('acrossBorder')}: ${borderDistrictName(offer)}`,
  );
}

function offerDetails(ctx: AppContext, id: string): Child {
  const { t, lang } = ctx;
  return loadingOr(ctx, ctx.offerDetails(id), (offer) => {
    if (!offer) return h('p', { className: 'muted' }, id);
    const provider = offer.provider[0];
    const level =
      offer.languageLevelFrom || offer.languageLevelTo
        ? `${offer.languageLevelFrom ?? ''}–${offer.languageLevelTo ?? ''}`
        : null;
    const bool = (value: boolean | null) => (value === null ? null : value ? t('yes') : t('no'));
    // The calendar knows the course's minimum (its own or its type's) and whether it can start; only in the timeline.
    const calendar = ctx.state.view === 'courses' ? ctx.calendar() : undefined;
    const course = calendar?.status === 'ready' ? calendar.value.find((c) => c.id === offer.id) : undefined;
    return h(
      'article',
      { className: 'details-body', 'data-kind': 'offer' },
      h('p', { className: 'eyebrow' }, enumLabel(offerCategoryLabels, offer.category, lang)),
      h('h3', { className: 'entity-title' }, offer.title),
      acrossBorderNote(ctx, offer.id),
      h('span', { className: `badge status-${offer.status}` }, enumLabel(offerStatusLabels, offer.status, lang)),
      h(EditActions, { ctx, kind: 'offer', id: offer.id, providerId: provider?.id }),
      course
        ? h(
            'span',
            { className: `badge ${course.canStart ? 'can-start' : 'cannot-start'}`, 'data-testid': 'can-start' },
            course.canStart
              ? t('canStart')
              : `⚠ ${t('cannotStart')} (${missingToMinimum(course.placesToMinimum, lang)})`,
          )
        : null,
      offer.description ? h('p', {}, offer.description) : null,
      facts([
        [t('freePlaces'), h('strong', {}, formatNumber(offer.freePlaces, lang))],
        [t('capacity'), formatNumber(offer.capacity, lang)],
        [t('booked'), formatNumber(offer.booked, lang)],
        [t('waitlist'), formatNumber(offer.waitlist, lang)],
        [
          t('minGroupSize'),
          course
            ? formatNumber(course.minGroupSize, lang)
            : offer.minGroupSize !== null
              ? formatNumber(offer.minGroupSize, lang)
              : null,
        ],
        [
          t('fillRate'),
          course?.fillRate !== null && course?.fillRate !== undefined
            ? `${formatNumber(course.fillRate * 100, lang)} %`
            : null,
        ],
        [t('provider'), provider ? linkButton(provider.name, () => ctx.set({ selected: `a:${provider.id}` })) : null],
        [
          t('funders'),
          offer.funders.length > 0
            ? offer.funders.map((f, i) => [
                i > 0 ? ', ' : '',
                linkButton(f.name, () => ctx.set({ selected: `a:${f.id}` })),
              ])
            : null,
        ],
        [
          t('venue'),
          offer.venue[0]
            ? linkButton(offer.venue[0].name, () => ctx.set({ selected: `m:${offer.venue[0]!.ags}` }))
            : null,
        ],
        [t('format'), enumLabel(offerFormatLabels, offer.format, lang)],
        [t('courseType'), offer.courseType ? enumLabel(courseTypeLabels, offer.courseType, lang) : null],
        [t('level'), level],
        [
          t('targetGroups'),
          (offer.targetGroups ?? []).map((g) => enumLabel(targetGroupLabels, g, lang)).join(', ') || null,
        ],
        [t('start'), formatDate(offer.startDate, lang)],
        [t('end'), formatDate(offer.endDate, lang)],
        [t('registrationDeadline'), offer.registrationDeadline ? formatDate(offer.registrationDeadline, lang) : null],
        [t('schedule'), offer.schedule],
        [t('hoursTotal'), offer.hoursTotal !== null ? formatNumber(offer.hoursTotal, lang) : null],
        [t('childcare'), bool(offer.childcare)],
        [
          t('cost'),
          offer.costFree ? t('costFree') : offer.cost !== null ? `${formatNumber(offer.cost, lang, 2)} €` : null,
        ],
        [t('languages'), offer.languages?.join(', ') ?? null],
        [t('accessible'), bool(offer.accessible)],
        [t('updatedAt'), formatDate(offer.updatedAt, lang)],
      ]),
    );
  });
}

// The legend of the view shown: what colour, size and line style mean there.
import type { AppContext } from '../state/app-context';
import {
  actorKindColours,
  cannotStartColour,
  cooperationStyles,
  fillColours,
  focusColour,
  linkOpacity,
  noDemandColour,
  offerColour,
  onWhite,
  severityColours,
  waitColours,
} from '../graph/palette';
import { actorKindLabels, cooperationKindLabels, enumLabel, enumValues, severityLabels } from '../i18n/enum-labels';
import { borderDistrictName } from '../data/border-offers';
import { readyBorderOffers } from '../state/load-border-offers';
import { borderOfferColour, neighbourColour } from '../graph/palette';
import { styledLinksMax } from '../graph/network-elements';
import { h, type Child } from './dom';

const dot = (colour: string, extra = '') => h('span', { className: `swatch ${extra}`, style: `background:${colour}` });
const line = (colour: string, style: string) =>
  h('span', { className: 'line-swatch', style: `border-top: 3px ${style} ${colour}` });

/** The marker of an offer across the border as the map draws it: a hollow triangle with a dashed outline. */
const triangle = () =>
  h(
    'svg',
    { className: 'marker-swatch', width: 14, height: 13, viewBox: '0 0 14 13', 'aria-hidden': 'true' },
    h('polygon', {
      points: '7,1.5 12.8,11.8 1.2,11.8',
      fill: '#ffffff',
      stroke: borderOfferColour,
      'stroke-width': 1.6,
      'stroke-dasharray': '2.4 1.6',
    }),
  );

/**
 * The map's entries for what lies across the district border: its offers (with the neighbouring districts' names)
 * and its municipalities; none when the radius reaches no offer across the border.
 */
function borderEntries(ctx: AppContext): Child[] {
  const offers = readyBorderOffers(ctx);
  if (offers.length === 0) return [];
  const districts = [...new Set(offers.map(borderDistrictName).filter(Boolean))].sort().join(', ');
  return [
    h('li', { 'data-testid': 'legend-border-offer' }, triangle(), `${ctx.t('borderOffer')} (${districts})`),
    h(
      'li',
      {},
      h('span', { className: 'swatch', style: `background:#ffffff;border:1.5px solid ${neighbourColour}` }),
      ctx.t('neighbourPlace'),
    ),
  ];
}

/** The legend strip under the canvas (network, map) or the timeline (courses); hidden in the other views. */
export function Legend({ ctx }: { ctx: AppContext }): Child {
  const view = ctx.state.view;
  return h(
    'details',
    {
      id: 'legend',
      className: 'legend',
      open: true,
      hidden: view !== 'network' && view !== 'map' && view !== 'courses',
    },
    legendBody(ctx),
  );
}

function legendBody(ctx: AppContext): Child {
  const { t, lang, state, model } = ctx;
  if (state.view === 'network') {
    const present = new Set([...model.actors.values()].map((a) => a.kind));
    return [
      h('summary', {}, t('legend')),
      h(
        'ul',
        { className: 'legend-list two-columns' },
        enumValues(actorKindLabels)
          .filter((k) => present.has(k))
          .map((k) => h('li', {}, dot(actorKindColours[k]), enumLabel(actorKindLabels, k, lang))),
      ),
      h(
        'ul',
        { className: 'legend-list cols-2' },
        enumValues(cooperationKindLabels).map((k) =>
          h(
            'li',
            {},
            line(onWhite(cooperationStyles[k].colour, linkOpacity), cooperationStyles[k].line),
            enumLabel(cooperationKindLabels, k, lang),
          ),
        ),
      ),
      h(
        'ul',
        { className: 'legend-list' },
        // Brokers and isolated actors are marked for the staff only (the analysis is theirs).
        ctx.access.staff ? h('li', {}, dot('#ffffff', 'ring-broker'), t('brokerActor')) : null,
        ctx.access.staff ? h('li', {}, dot('#ffffff', 'ring-isolated'), t('isolatedActor')) : null,
        state.showOffers ? h('li', {}, dot(offerColour, 'diamond'), t('offer')) : null,
        h(
          'li',
          { className: 'muted' },
          state.sizeBy === 'degree' ? `${t('sizeBy')}: ${t('sizeDegree')}` : `${t('sizeBy')}: ${t('sizeBetweenness')}`,
        ),
        // A large district's links are plain in the overview (graph/network-elements.ts, styledLinksMax).
        model.actors.size > styledLinksMax ? h('li', { className: 'muted' }, t('linksOnZoom')) : null,
      ),
    ];
  }
  if (state.view === 'courses') {
    const fill = (key: keyof typeof fillColours, label: string) =>
      h('li', {}, h('span', { className: 'bar-swatch', style: `background:${fillColours[key]}` }), label);
    return [
      h('summary', {}, `${t('legend')}: ${t('fillRate')}`),
      h(
        'ul',
        { className: 'legend-list cols-3', 'data-testid': 'timeline-legend' },
        fill('lt25', '< 25 %'),
        fill('lt50', '25–50 %'),
        fill('lt75', '50–75 %'),
        fill('lt100', '75–99 %'),
        fill('full', `100 % (${t('fillFull')})`),
        fill('unknown', t('fillUnknown')),
      ),
      h(
        'ul',
        { className: 'legend-list' },
        h(
          'li',
          {},
          h('span', { className: 'bar-swatch cannot-start-swatch', style: `border-color:${cannotStartColour}` }),
          `⚠ ${t('cannotStart')}`,
        ),
        h('li', { className: 'muted' }, t('timelineHint')),
      ),
    ];
  }
  if (state.view === 'map' && state.waiting) {
    const waiting = ctx.waitingTimes();
    const target = waiting.status === 'ready' ? waiting.value.targetWeeks : 6;
    return [
      h('summary', {}, `${t('legend')}: ${t('waitingTimes')} (${t('targetWait')} ${target} ${t('weeks')})`),
      h(
        'ul',
        { className: 'legend-list cols-3', 'data-testid': 'waiting-legend' },
        h('li', {}, dot(waitColours.withinTarget), `${t('waitWithinTarget')} (≤ ${target})`),
        h('li', {}, dot(waitColours.overTarget), `${t('waitOverTarget')} (≤ ${2 * target})`),
        h('li', {}, dot(waitColours.farOverTarget), `${t('waitFarOverTarget')} (> ${2 * target})`),
        h('li', {}, dot(waitColours.noStart), t('waitNoStart')),
        h('li', {}, dot(waitColours.none), t('noneWaiting')),
      ),
      h(
        'ul',
        { className: 'legend-list cols-2' },
        h('li', { className: 'muted' }, t('sizeWaiting')),
        h('li', { className: 'muted' }, t('waitLabelHint')),
        h('li', {}, h('span', { className: 'outline-swatch' }), t('sgOutline')),
        borderEntries(ctx),
        h('li', { className: 'muted' }, t('mapHint')),
      ),
    ];
  }
  if (state.view === 'map' && !ctx.access.staff) {
    // The public directory's map: the places and the offers, no gaps.
    return [
      h('summary', {}, t('legend')),
      h(
        'ul',
        { className: 'legend-list cols-2' },
        h('li', {}, dot(offerColour, 'diamond'), t('offer')),
        h('li', {}, h('span', { className: 'outline-swatch' }), t('sgOutline')),
        borderEntries(ctx),
      ),
    ];
  }
  if (state.view === 'map') {
    return [
      h('summary', {}, t('legend')),
      h(
        'ul',
        { className: 'legend-list cols-3' },
        (['HIGH', 'MEDIUM', 'LOW', 'NONE'] as const).map((s) =>
          h('li', {}, dot(severityColours[s]), enumLabel(severityLabels, s, lang)),
        ),
        h('li', {}, dot(noDemandColour), t('noDemand')),
      ),
      h(
        'ul',
        { className: 'legend-list cols-2' },
        h('li', {}, dot(offerColour, 'diamond'), t('offerNode')),
        h('li', {}, dot(focusColour, 'diamond'), t('reachLink')),
        h('li', {}, h('span', { className: 'outline-swatch' }), t('sgOutline')),
        borderEntries(ctx),
        h('li', { className: 'muted' }, t('sizeDemand')),
        h('li', { className: 'muted' }, t('mapHint')),
      ),
    ];
  }
  return null;
}

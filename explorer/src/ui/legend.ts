// The legend of the view shown: what colour, size and line style mean there.
import type { AppContext } from '../app/context';
import { actorKindColours, cooperationStyles, noDemandColour, offerColour, severityColours, focusColour } from '../graph/palette';
import { actorKindLabels, cooperationKindLabels, enumLabel, enumValues, severityLabels } from '../i18n/enum-labels';
import { h, type Child } from './dom';

const dot = (colour: string, extra = '') => h('span', { className: `swatch ${extra}`, style: `background:${colour}` });
const line = (colour: string, style: string) => h('span', { className: 'line-swatch', style: `border-top: 3px ${style} ${colour}` });

export function renderLegend(ctx: AppContext): Child {
  const { t, lang, state, model } = ctx;
  if (state.view === 'network') {
    const present = new Set([...model.actors.values()].map((a) => a.kind));
    return [
      h('summary', {}, t('legend')),
      h('ul', { className: 'legend-list two-columns' }, enumValues(actorKindLabels).filter((k) => present.has(k)).map((k) => h('li', {}, dot(actorKindColours[k]), enumLabel(actorKindLabels, k, lang)))),
      h('ul', { className: 'legend-list cols-2' }, enumValues(cooperationKindLabels).map((k) => h('li', {}, line(cooperationStyles[k].colour, cooperationStyles[k].line), enumLabel(cooperationKindLabels, k, lang)))),
      h(
        'ul',
        { className: 'legend-list' },
        h('li', {}, dot('#ffffff', 'ring-broker'), t('brokerActor')),
        h('li', {}, dot('#ffffff', 'ring-isolated'), t('isolatedActor')),
        state.showOffers ? h('li', {}, dot(offerColour, 'diamond'), t('offer')) : null,
        h('li', { className: 'muted' }, state.sizeBy === 'degree' ? `${t('sizeBy')}: ${t('sizeDegree')}` : `${t('sizeBy')}: ${t('sizeBetweenness')}`),
      ),
    ];
  }
  if (state.view === 'map') {
    return [
      h('summary', {}, t('legend')),
      h('ul', { className: 'legend-list cols-3' }, (['HIGH', 'MEDIUM', 'LOW', 'NONE'] as const).map((s) => h('li', {}, dot(severityColours[s]), enumLabel(severityLabels, s, lang))), h('li', {}, dot(noDemandColour), t('noDemand'))),
      h(
        'ul',
        { className: 'legend-list cols-2' },
        h('li', {}, dot(offerColour, 'diamond'), t('offerNode')),
        h('li', {}, dot(focusColour, 'diamond'), t('reachLink')),
        h('li', {}, h('span', { className: 'outline-swatch' }), t('sgOutline')),
        h('li', { className: 'muted' }, t('sizeDemand')),
        h('li', { className: 'muted' }, t('mapHint')),
      ),
    ];
  }
  return null;
}

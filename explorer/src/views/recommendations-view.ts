// The recommendations view: the ranked list of the district's recommendations for action, each with the
// figures behind it and a button that focuses the graph on the entities it is about.
import type { AppContext, Recommendation } from '../state/app-context';
import { areaMembers } from '../data/district-model';
import { enumLabel, offerCategoryLabels, recommendationCodeLabels, type Language } from '../i18n/enum-labels';
import { recommendationFigureLabels } from '../../../schema/enum-labels';
import { formatNumber, h, type Child } from '../ui/dom';
import { useReadyMark } from '../ui/ready-mark';
import { pendingNotice } from '../ui/error-notice';

/** A figure behind a recommendation as a person reads it: "Umkreis (km): 25", "Versorgungsgrad: 40 %". */
export function figureText(figure: { name: string; value: number }, lang: Language): string {
  const label = recommendationFigureLabels[figure.name];
  const name = label ? label[lang] : figure.name;
  const value = label?.share
    ? `${formatNumber(figure.value * 100, lang)} %`
    : formatNumber(figure.value, lang, Number.isInteger(figure.value) ? 0 : 1);
  return `${name}: ${value}`;
}

export function visibleRecommendations(ctx: AppContext, all: Recommendation[]): Recommendation[] {
  const inArea = areaMembers(ctx.model, ctx.state.area);
  return all.filter(
    (r) =>
      (!ctx.state.category || !r.category || r.category === ctx.state.category) &&
      (!inArea || (r.municipalityAgs && inArea.has(r.municipalityAgs))),
  );
}

/**
 * "Im Graph zeigen": the network, on the first actor the recommendation names (a provider in reach, the isolated
 * actor) or else on the municipality's group; without either, the offers table.
 */
export function focusPatch(r: Recommendation): Partial<AppContext['state']> {
  const actor = r.actorIds[0];
  if (actor) return { rec: r.id, view: 'network', selected: `a:${actor}`, actorKind: '', area: '' };
  if (r.municipalityAgs) return { rec: r.id, view: 'network', selected: `m:${r.municipalityAgs}`, actorKind: '' };
  const offer = r.offerIds[0];
  return { rec: r.id, view: 'offers', selected: offer ? `o:${offer}` : '' };
}

/** "Auf der Karte zeigen", for a municipality's gap: the map of its category with the municipality selected. */
export function mapPatch(r: Recommendation): Partial<AppContext['state']> | undefined {
  if (!r.municipalityAgs || !r.category) return undefined;
  return { rec: r.id, view: 'map', category: r.category, selected: `m:${r.municipalityAgs}` };
}

const showOnMap = { de: 'Auf der Karte zeigen', en: 'Show on the map' } as const;

export function RecommendationsView({ ctx }: { ctx: AppContext }): Child {
  const { t, lang } = ctx;
  const recs = ctx.recommendations();
  useReadyMark('recommendations', recs.status !== 'loading');
  if (recs.status !== 'ready') return h('div', { className: 'page-inner' }, pendingNotice(recs, ctx.lang));
  const shown = visibleRecommendations(ctx, recs.value);
  return h(
    'div',
    { className: 'page-inner' },
    h('h2', {}, `${t('recommendations')} `, h('span', { className: 'muted' }, `(${shown.length})`)),
    h(
      'ol',
      { className: 'recs', 'data-testid': 'recommendations' },
      shown.map((r) =>
        h(
          'li',
          { key: r.id, className: `rec rec-${r.code}${ctx.state.rec === r.id ? ' focused' : ''}`, 'data-id': r.id },
          h(
            'div',
            { className: 'rec-head' },
            h('span', { className: 'rank' }, `#${r.rank}`),
            h('span', { className: 'code' }, enumLabel(recommendationCodeLabels, r.code, lang)),
            r.category ? h('span', { className: 'tag' }, enumLabel(offerCategoryLabels, r.category, lang)) : null,
            r.municipalityName ? h('span', { className: 'tag' }, r.municipalityName) : null,
            r.persons > 0
              ? h('span', { className: 'persons' }, `${formatNumber(r.persons, lang)} ${t('concerned')}`)
              : null,
          ),
          h('p', { className: 'rec-text' }, lang === 'de' ? r.textDe : r.textEn),
          h(
            'div',
            { className: 'rec-foot' },
            h('span', { className: 'muted' }, r.figures.map((f) => figureText(f, lang)).join(' · ')),
            h(
              'button',
              { type: 'button', className: 'focus-button', onclick: () => ctx.set(focusPatch(r)) },
              `◎ ${t('focus')}`,
            ),
            mapPatch(r) &&
              h(
                'button',
                { type: 'button', className: 'map-button', onclick: () => ctx.set(mapPatch(r)!) },
                `⌖ ${showOnMap[lang]}`,
              ),
          ),
        ),
      ),
    ),
  );
}

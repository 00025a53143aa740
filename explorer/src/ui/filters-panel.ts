// The filter panel: selects for every filter, the radius, the network display options and the shortest path. A
// component reading the filter fields alone: selecting an actor or typing a search does not draw it again.
import type { AppContext } from '../state/app-context';
import {
  actorKindLabels,
  cooperationKindLabels,
  courseTypeLabels,
  enumLabel,
  enumValues,
  offerCategoryLabels,
  offerStatusLabels,
  targetGroupLabels,
} from '../i18n/enum-labels';
import type { MessageKey } from '../i18n/messages';
import { defaultViewState, type ViewState } from '../state/view-state';
import { useState } from 'preact/hooks';
import { networkFigures, networkScope } from '../data/network-scope';
import { ActorPicker } from './actor-picker';
import { h, type Child } from './dom';

function select(
  id: string,
  label: string,
  value: string,
  options: [string, string][],
  onChange: (value: string) => void,
): Child {
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    ),
  );
}

function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void): Child {
  return h(
    'div',
    { className: 'check' },
    h('input', {
      id,
      type: 'checkbox',
      checked,
      onchange: (event: Event) => onChange((event.target as HTMLInputElement).checked),
    }),
    h('label', { for: id }, label),
  );
}

function enumOptions<K extends string>(
  labels: Record<K, [string, string]>,
  lang: 'de' | 'en',
  all: string,
): [string, string][] {
  return [
    ['', all],
    ...enumValues(labels)
      .map((v): [string, string] => [v, enumLabel(labels, v, lang)])
      .sort((a, b) => a[1].localeCompare(b[1], lang)),
  ];
}

export function FiltersPanel({ ctx }: { ctx: AppContext }): Child {
  const { t, lang, state, model } = ctx;
  const set = (patch: Partial<ViewState>) => ctx.set(patch);
  const municipalities = [...model.municipalities.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const areaOptions: [string, string][] = [['', t('allMunicipalities')]];
  for (const sg of municipalities.filter((m) => m.kind === 'COLLECTIVE')) {
    areaOptions.push([sg.ags, sg.name]);
    for (const member of municipalities.filter((m) => m.memberOf[0]?.ags === sg.ags))
      areaOptions.push([member.ags, `\u00a0\u00a0\u00a0${member.name}`]);
  }
  for (const m of municipalities.filter((m) => m.kind !== 'COLLECTIVE' && !m.memberOf[0]))
    areaOptions.push([m.ags, m.name]);
  const network = state.view === 'network';
  // The counts beside the highlights follow the filters, as the figures over the canvas do.
  const figures = network ? networkFigures(model, networkScope(model, state)) : { isolated: 0, brokers: 0 };
  const section = (title: MessageKey, ...children: Child[]) =>
    h('section', { className: 'filter-group' }, h('h2', {}, t(title)), children);

  return [
    section(
      'filters',
      select(
        'f-category',
        t('category'),
        state.category,
        enumOptions(offerCategoryLabels, lang, t('allCategories')),
        (v) => set({ category: v as ViewState['category'] }),
      ),
      select('f-kind', t('actorKind'), state.actorKind, enumOptions(actorKindLabels, lang, t('allActorKinds')), (v) =>
        set({ actorKind: v as ViewState['actorKind'] }),
      ),
      select('f-area', t('municipality'), state.area, areaOptions, (v) => set({ area: v })),
      select(
        'f-coop',
        t('cooperationKind'),
        state.coopKind,
        enumOptions(cooperationKindLabels, lang, t('allCooperationKinds')),
        (v) => set({ coopKind: v as ViewState['coopKind'] }),
      ),
      state.view === 'courses'
        ? select(
            'f-course-type',
            t('courseType'),
            state.courseType,
            enumOptions(courseTypeLabels, lang, t('allCourseTypes')),
            (v) => set({ courseType: v as ViewState['courseType'] }),
          )
        : null,
      select(
        'f-tg',
        t('targetGroup'),
        state.targetGroup,
        enumOptions(targetGroupLabels, lang, t('allTargetGroups')),
        (v) => set({ targetGroup: v as ViewState['targetGroup'] }),
      ),
      select('f-status', t('status'), state.status, enumOptions(offerStatusLabels, lang, t('allStatuses')), (v) =>
        set({ status: v as ViewState['status'] }),
      ),
      // The radius is the catchment of the gap and waiting figures: the staff's.
      ctx.access.staff ? h(RadiusField, { ctx }) : null,
      h(
        'button',
        {
          type: 'button',
          id: 'f-reset',
          className: 'secondary',
          onclick: () =>
            set({
              category: '',
              actorKind: '',
              area: '',
              coopKind: '',
              targetGroup: '',
              status: '',
              courseType: '',
              radius: defaultViewState.radius,
              rec: '',
              pathFrom: '',
              pathTo: '',
            }),
        },
        t('resetFilters'),
      ),
    ),
    network
      ? section(
          'display',
          // Betweenness, brokers and isolated actors are the network analysis's: the staff's figures.
          ctx.access.staff &&
            select(
              'f-size',
              t('sizeBy'),
              state.sizeBy,
              [
                ['degree', t('sizeDegree')],
                ['betweenness', t('sizeBetweenness')],
              ],
              (v) => set({ sizeBy: v === 'betweenness' ? 'betweenness' : 'degree' }),
            ),
          checkbox('f-offers', t('showOffers'), state.showOffers, (v) => set({ showOffers: v })),
          ctx.access.staff &&
            checkbox('f-isolated', `${t('highlightIsolated')} (${figures.isolated})`, state.isolated, (v) =>
              set({ isolated: v }),
            ),
          ctx.access.staff &&
            checkbox('f-brokers', `${t('highlightBrokers')} (${figures.brokers})`, state.brokers, (v) =>
              set({ brokers: v }),
            ),
          select(
            'f-hops',
            t('hops'),
            String(state.hops),
            [
              ['1', t('hopsOne')],
              ['2', t('hopsTwo')],
            ],
            (v) => set({ hops: v === '2' ? 2 : 1 }),
          ),
          h(
            'div',
            { className: 'button-row' },
            h(
              'button',
              {
                type: 'button',
                id: 'f-collapse-all',
                className: 'secondary',
                onclick: () =>
                  set({
                    collapsed: [
                      ...new Set(
                        [...model.actors.values()].flatMap((a) => (a.municipality[0] ? [a.municipality[0].ags] : [])),
                      ),
                    ],
                  }),
              },
              t('collapseAll'),
            ),
            h(
              'button',
              { type: 'button', id: 'f-expand-all', className: 'secondary', onclick: () => set({ collapsed: [] }) },
              t('expandAll'),
            ),
          ),
        )
      : null,
    state.view === 'map' && ctx.access.staff
      ? section(
          'display',
          checkbox('f-waiting', t('showWaiting'), state.waiting, (v) => set({ waiting: v })),
        )
      : null,
    network
      ? section(
          'path',
          h(ActorPicker, {
            id: 'f-path-from',
            label: t('pathFrom'),
            lang,
            actors: model.actors,
            selectedId: state.pathFrom,
            onChange: (id) => set({ pathFrom: id }),
          }),
          h(ActorPicker, {
            id: 'f-path-to',
            label: t('pathTo'),
            lang,
            actors: model.actors,
            selectedId: state.pathTo,
            onChange: (id) => set({ pathTo: id }),
          }),
          state.pathFrom || state.pathTo
            ? h(
                'button',
                {
                  type: 'button',
                  id: 'f-path-clear',
                  className: 'secondary',
                  onclick: () => set({ pathFrom: '', pathTo: '' }),
                },
                t('pathClear'),
              )
            : null,
        )
      : null,
  ];
}

/** The radius: shown as it is dragged, set (and the gaps asked for) when let go. */
function RadiusField({ ctx }: { ctx: AppContext }): Child {
  const radius = ctx.state.radius;
  const [dragged, setDragged] = useState<number | undefined>(undefined);
  const value = dragged ?? radius;
  return h(
    'div',
    { className: 'field' },
    h(
      'label',
      { for: 'f-radius' },
      ctx.t('radius'),
      h('output', { for: 'f-radius', id: 'f-radius-value' }, ` ${value}`),
    ),
    h('input', {
      id: 'f-radius',
      type: 'range',
      min: 5,
      max: 60,
      step: 5,
      value,
      oninput: (event: Event) => setDragged(Number((event.target as HTMLInputElement).value)),
      onchange: (event: Event) => {
        setDragged(undefined);
        ctx.set({ radius: Number((event.target as HTMLInputElement).value) });
      },
    }),
  );
}

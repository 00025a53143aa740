// The decisions of the providers' round that name what they address, with the effect: the indicator before the
// decision and after its due date (the same number of months on each side), and whether it moved toward the target.
// Data attributes carry the API's raw figures (a test compares them); a hidden small number carries none.
import type { Indicator } from '../generated/graphql';
import { enumLabel, offerCategoryLabels, type Language } from '../i18n/enum-labels';
import { decisionEffectKindLabels, decisionStatusLabels, indicatorLabels } from '../../../schema/enum-labels';
import { formatDate, h, type Child } from '../ui/dom';
import { indicatorCellText, monthName, targetText } from './indicator-format';
import type { DecisionEffectRow } from './indicator-types';
import { monitoringText } from './monitoring-texts';

const effectMarks: Record<DecisionEffectRow['effect'], string> = {
  TOWARD_TARGET: '✓ ',
  AWAY_FROM_TARGET: '✗ ',
  UNCHANGED: '= ',
  PENDING: '… ',
  NOT_MEASURABLE: '',
  NOT_ADDRESSED: '',
};

function span(from: string | null | undefined, to: string | null | undefined, lang: Language): string {
  if (!from || !to) return '';
  return from === to ? monthName(from, lang) : `${monthName(from, lang)} – ${monthName(to, lang)}`;
}

function figure(
  indicator: Indicator | null | undefined,
  value: number | null | undefined,
  reason: DecisionEffectRow['beforeReason'],
  from: string | null | undefined,
  to: string | null | undefined,
  lang: Language,
  testId: string,
): Child {
  const hidden = reason === 'FEWER_THAN_5';
  return h(
    'td',
    {
      className: `num${hidden ? ' too-few' : ''}`,
      'data-testid': testId,
      title: hidden ? monitoringText('tooFewTitle', lang) : null,
    },
    indicator ? indicatorCellText(indicator, hidden ? null : value, reason, lang) : '–',
    h('br', {}),
    h('span', { className: 'muted small' }, span(from, to, lang)),
  );
}

export function DecisionEffectsList({ effects, lang }: { effects: DecisionEffectRow[]; lang: Language }): Child {
  const addressed = effects.filter((e) => e.effect !== 'NOT_ADDRESSED');
  if (addressed.length === 0)
    return h('p', { className: 'muted', 'data-testid': 'effects-none' }, monitoringText('effectsNone', lang));
  const heads = ['decision', 'area', 'category', 'indicator', 'before', 'after', 'target', 'effect'] as const;
  return h(
    'div',
    // A region that scrolls: reachable by keyboard (the table has no control of its own to take the focus).
    { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': monitoringText('effectsTitle', lang) },
    h(
      'table',
      { className: 'data decision-effects', 'data-testid': 'decision-effects', 'aria-labelledby': 'effects-title' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          heads.map((key) =>
            h(
              'th',
              { scope: 'col', className: key === 'before' || key === 'after' || key === 'target' ? 'num' : '' },
              monitoringText(key, lang),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        addressed.map((e) =>
          h(
            'tr',
            {
              key: e.decisionId,
              'data-decision': e.decisionId,
              'data-effect': e.effect,
              'data-before': e.before === null || e.before === undefined ? '' : String(e.before),
              'data-after': e.after === null || e.after === undefined ? '' : String(e.after),
            },
            h(
              'th',
              { scope: 'row', className: 'decision-text' },
              e.text,
              h('br', {}),
              h(
                'span',
                { className: 'muted small' },
                `${monitoringText('decidedOn', lang)} ${formatDate(e.meetingDate, lang)}`,
                e.dueDate ? ` · ${monitoringText('dueOn', lang)} ${formatDate(e.dueDate, lang)}` : '',
                ` · ${enumLabel(decisionStatusLabels, e.status, lang)}`,
              ),
            ),
            h('td', {}, e.areaName ?? '–'),
            h('td', {}, enumLabel(offerCategoryLabels, e.category, lang)),
            h('td', {}, enumLabel(indicatorLabels, e.indicator, lang)),
            figure(e.indicator, e.before, e.beforeReason, e.beforeFrom, e.beforeTo, lang, 'effect-before'),
            figure(e.indicator, e.after, e.afterReason, e.afterFrom, e.afterTo, lang, 'effect-after'),
            h(
              'td',
              { className: 'num' },
              e.indicator && e.target !== null && e.target !== undefined && e.direction
                ? targetText(e.indicator, e.target, e.direction, lang)
                : '–',
            ),
            h(
              'td',
              { className: `effect effect-${e.effect}` },
              `${effectMarks[e.effect]}${enumLabel(decisionEffectKindLabels, e.effect, lang)}`,
            ),
          ),
        ),
      ),
    ),
  );
}

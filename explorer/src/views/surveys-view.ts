// The Abfragen view: the district's Bedarfsabfrage rounds with their state, one round's status per area with its
// links and answers (surveys/round-panel.ts), and for the coordinator the form to start a round
// (surveys/start-round-form.ts). Analysts read; the tab is not offered without a login (explorer-app.ts), and the API
// refuses the rounds to anyone else.
import { useEffect } from 'preact/hooks';
import '../surveys/surveys.css';
import { enumLabel, surveyRoundStateLabels } from '../i18n/enum-labels';
import type { AppContext } from '../state/app-context';
import { formatDate, h, type Child } from '../ui/dom';
import { pendingNotice } from '../ui/error-notice';
import { useReadyMark } from '../ui/ready-mark';
import { exportSurveyStatusCsv, exportSurveyStatusXlsx } from '../export/survey-status-export';
import { RoundPanel } from '../surveys/round-panel';
import { StartRoundForm } from '../surveys/start-round-form';
import { reloadSurveyRounds, roundsOfDistrict, surveyRounds, type SurveyRound } from '../surveys/survey-state';
import { surveyText, type SurveyTextKey } from '../surveys/survey-texts';

/** Answers in: areas whose answer was submitted or reviewed, of all asked. */
export function answeredCount(round: SurveyRound): number {
  return round.areas.filter((a) => a.status === 'SUBMITTED' || a.status === 'ACCEPTED' || a.status === 'SENT_BACK')
    .length;
}

export function SurveysView({ ctx }: { ctx: AppContext }): Child {
  const { lang } = ctx;
  const s = (key: SurveyTextKey) => surveyText(key, lang);
  useEffect(() => void reloadSurveyRounds(), []);
  const loaded = surveyRounds.value;
  useReadyMark('surveys', loaded.status !== 'loading');
  const head = [
    h('h2', {}, s('title')),
    h('p', { className: 'muted survey-intro' }, s('intro')),
    ctx.canEdit ? null : h('p', { className: 'notice ok', id: 'survey-read-only' }, s('readOnly')),
  ];
  if (loaded.status !== 'ready')
    return h('div', { className: 'page-inner surveys' }, head, pendingNotice(loaded, lang));
  const rounds = roundsOfDistrict(loaded.value, ctx.model.districtAgs);
  const shown = rounds.find((r) => r.id === ctx.state.round) ?? rounds[0];
  return h(
    'div',
    { className: 'page-inner surveys' },
    head,
    h('h3', {}, s('rounds')),
    rounds.length === 0
      ? h('p', { className: 'muted', id: 'survey-no-rounds' }, s('noRounds'))
      : h(
          'table',
          { className: 'survey-rounds', 'data-testid': 'survey-rounds' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [s('roundTitle'), s('started'), s('deadline'), s('state'), s('answered'), ''].map((c) =>
                h('th', { scope: 'col' }, c),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            rounds.map((round) =>
              h(
                'tr',
                { key: round.id, 'data-round': round.id, 'aria-current': round === shown ? 'true' : null },
                h('th', { scope: 'row' }, round.title),
                // data-label: the column's name before the value where the rows become cards (surveys.css).
                h('td', { 'data-label': s('started') }, formatDate(round.startedAt, lang)),
                h('td', { 'data-label': s('deadline') }, formatDate(round.deadline, lang)),
                h('td', { 'data-label': s('state') }, enumLabel(surveyRoundStateLabels, round.state, lang)),
                h('td', { 'data-label': s('answered') }, `${answeredCount(round)} / ${round.areas.length}`),
                h(
                  'td',
                  {},
                  round === shown
                    ? h('span', { className: 'muted' }, s('shown'))
                    : h(
                        'button',
                        {
                          type: 'button',
                          'data-show-round': round.id,
                          'aria-label': `${s('show')}: ${round.title}`,
                          onclick: () => ctx.set({ round: round.id }),
                        },
                        s('show'),
                      ),
                ),
              ),
            ),
          ),
        ),
    shown ? h(RoundPanel, { key: shown.id, ctx, round: shown }) : null,
    ctx.canEdit ? h(StartRoundForm, { ctx, onStarted: (id: string) => ctx.set({ round: id }) }) : null,
  );
}

/** The header's export button in this view: the status of the round shown, as CSV. */
/** The status of the round shown (or the newest), as the header's export menu writes it: CSV or XLSX. */
export function exportShownSurveyStatus(ctx: AppContext, format: 'csv' | 'xlsx'): void {
  const loaded = surveyRounds.peek();
  if (loaded.status !== 'ready') return;
  const rounds = roundsOfDistrict(loaded.value, ctx.model.districtAgs);
  const shown = rounds.find((r) => r.id === ctx.peek().round) ?? rounds[0];
  if (!shown) return;
  if (format === 'csv') exportSurveyStatusCsv(shown, ctx.lang);
  else void exportSurveyStatusXlsx(shown, ctx.lang);
}

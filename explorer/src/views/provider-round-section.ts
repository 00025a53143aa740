// Below the course timeline: what the monthly round of course providers decided (the district's exchange round
// with the most members, as in the briefing), the decisions still open and those of its last meeting, and for the
// coordinator a form to record a decision and a status per decision. Writes go through the API
// (createDecisions / updateDecisions), which checks the role and records each change in the history. The form's
// fields and the last outcome are the component's own state: kept while the page around it is drawn again.
import { requestGraphQL } from '../api/request-graphql';
import type { AppContext, ProviderRound } from '../state/app-context';
import { RecordDecisionDocument, SetDecisionStatusDocument, type DecisionStatus } from '../generated/graphql';
import { decisionStatusLabels, enumLabel, enumValues } from '../i18n/enum-labels';
import { useState } from 'preact/hooks';
import { ActorPicker } from '../ui/actor-picker';
import { formatDate, h, type Child } from '../ui/dom';
import { pendingNotice } from '../ui/error-notice';

type Meeting = ProviderRound['meetings'][number];
type Decision = Meeting['decisions'][number];

interface Draft {
  meetingId: string;
  text: string;
  responsibleId: string;
  dueDate: string;
}
type Notice = { kind: 'ok' | 'error'; text: string; undo?: () => void } | undefined;

/** The component's state, as the helpers below see it. */
interface RoundState {
  draft: Draft;
  changeDraft: (patch: Partial<Draft>) => void;
  setNotice: (notice: Notice) => void;
  /** The status chosen for a decision and not saved yet (undefined: none). */
  chosen: ReadonlyMap<string, DecisionStatus>;
  choose: (decisionId: string, status: DecisionStatus | undefined) => void;
}

const isOpen = (decision: Decision) => decision.status === 'OPEN' || decision.status === 'IN_PROGRESS';

/** The decisions to follow up: every open one, and all of the last meeting before today; latest meeting first. */
export function decisionsToShow(
  meetings: readonly Meeting[],
  today: string,
): { meeting: Meeting; decision: Decision }[] {
  const lastPast = meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date))[0];
  return [...meetings]
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((meeting) =>
      meeting.decisions.filter((d) => meeting === lastPast || isOpen(d)).map((decision) => ({ meeting, decision })),
    );
}

/** Runs a write, then shows its outcome and the round as it is now (or the API's message, nothing else changed). */
async function write(
  ctx: AppContext,
  round: RoundState,
  action: () => Promise<unknown>,
  done: string,
  undo?: () => void,
): Promise<void> {
  try {
    await action();
    round.setNotice({ kind: 'ok', text: done, undo });
    await ctx.reloadProviderRound();
  } catch (error) {
    round.setNotice({
      kind: 'error',
      text: `${ctx.t('decisionFailed')}: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

/**
 * The status of a decision: for the coordinator a choice that changes nothing until "Stand speichern" (an arrow
 * key on a closed select would otherwise save each status it passes), and after saving an undo.
 */
function statusCell(ctx: AppContext, round: RoundState, decision: Decision): Child {
  const label = enumLabel(decisionStatusLabels, decision.status, ctx.lang);
  if (!ctx.canEdit) return h('span', { className: `decision-status status-${decision.status}` }, label);
  const chosen = round.chosen.get(decision.id) ?? decision.status;
  const save = () => {
    const previous = decision.status;
    void write(
      ctx,
      round,
      () => requestGraphQL(SetDecisionStatusDocument, { id: decision.id, status: chosen }),
      ctx.t('decisionStatusSaved'),
      // Undo: the status it had before, written the same way (and recorded in the history as a change too).
      () =>
        void write(
          ctx,
          round,
          () => requestGraphQL(SetDecisionStatusDocument, { id: decision.id, status: previous }),
          ctx.t('decisionStatusUndone'),
        ),
    ).then(() => round.choose(decision.id, undefined));
  };
  return h(
    'span',
    { className: 'decision-status-edit' },
    h(
      'select',
      {
        className: `decision-status status-${decision.status}`,
        'aria-label': `${ctx.t('decisionStatus')}: ${decision.text}`,
        'data-decision': decision.id,
        onchange: (event: Event) =>
          round.choose(decision.id, (event.target as HTMLSelectElement).value as DecisionStatus),
      },
      enumValues(decisionStatusLabels).map((s) =>
        h('option', { value: s, selected: s === chosen }, enumLabel(decisionStatusLabels, s, ctx.lang)),
      ),
    ),
    chosen !== decision.status
      ? h(
          'button',
          {
            type: 'button',
            className: 'secondary decision-status-save',
            'aria-label': `${ctx.t('decisionStatusSave')}: ${decision.text}`,
            onclick: save,
          },
          ctx.t('decisionStatusSave'),
        )
      : null,
  );
}

function recordForm(ctx: AppContext, round: RoundState, meetings: readonly Meeting[]): Child {
  const { t, lang } = ctx;
  const { draft, changeDraft } = round;
  const byDate = [...meetings].sort((a, b) => b.date.localeCompare(a.date));
  const meetingId = byDate.some((m) => m.id === draft.meetingId)
    ? draft.meetingId
    : ((byDate.find((m) => m.date <= ctx.today) ?? byDate[0])?.id ?? '');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!draft.text.trim()) {
      round.setNotice({ kind: 'error', text: t('decisionTextMissing') });
      document.getElementById('decision-text')?.focus();
      return;
    }
    const connect = (id: string) => ({ connect: [{ where: { node: { id: { eq: id } } } }] });
    const input = {
      text: draft.text.trim(),
      status: 'OPEN' as const,
      dueDate: draft.dueDate || null,
      meeting: connect(meetingId),
      ...(draft.responsibleId ? { responsible: connect(draft.responsibleId) } : {}),
    };
    await write(
      ctx,
      round,
      async () => {
        await requestGraphQL(RecordDecisionDocument, { input: [input] });
        changeDraft({ text: '', responsibleId: '', dueDate: '' }); // recorded: the form starts anew
      },
      t('decisionRecorded'),
    );
  };
  return h(
    'form',
    { id: 'decision-form', className: 'decision-form', onsubmit: (event: Event) => void submit(event) },
    h('h3', {}, t('decisionRecord')),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'decision-meeting' }, t('decisionMeeting')),
      h(
        'select',
        {
          id: 'decision-meeting',
          onchange: (event: Event) => changeDraft({ meetingId: (event.target as HTMLSelectElement).value }),
        },
        byDate.map((m) =>
          h(
            'option',
            { value: m.id, selected: m.id === meetingId },
            `${formatDate(m.date, lang)}${m.topic ? ` – ${m.topic}` : ''}${m.date > ctx.today ? ` (${t('upcoming')})` : ''}`,
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'decision-text' }, t('decisionText')),
      h('textarea', {
        id: 'decision-text',
        rows: 2,
        maxlength: 2000,
        value: draft.text,
        oninput: (event: Event) => changeDraft({ text: (event.target as HTMLTextAreaElement).value }),
      }),
    ),
    h(
      'div',
      { className: 'decision-form-row' },
      h(ActorPicker, {
        id: 'decision-responsible',
        label: t('decisionResponsible'),
        lang,
        actors: ctx.model.actors,
        selectedId: draft.responsibleId,
        onChange: (id) => changeDraft({ responsibleId: id }),
      }),
      h(
        'div',
        { className: 'field' },
        h('label', { for: 'decision-due' }, t('decisionDue')),
        h('input', {
          id: 'decision-due',
          type: 'date',
          value: draft.dueDate,
          oninput: (event: Event) => changeDraft({ dueDate: (event.target as HTMLInputElement).value }),
        }),
      ),
    ),
    h('button', { type: 'submit', id: 'decision-record' }, t('decisionRecord')),
  );
}

export function ProviderRound({ ctx }: { ctx: AppContext }): Child {
  const { t, lang } = ctx;
  const [draft, setDraft] = useState<Draft>({ meetingId: '', text: '', responsibleId: '', dueDate: '' });
  const [notice, setNotice] = useState<Notice>(undefined);
  const [chosen, setChosen] = useState<ReadonlyMap<string, DecisionStatus>>(new Map());
  const roundState: RoundState = {
    draft,
    changeDraft: (patch) => setDraft((current) => ({ ...current, ...patch })),
    setNotice,
    chosen,
    choose: (decisionId, status) =>
      setChosen((current) => {
        const next = new Map(current);
        if (status) next.set(decisionId, status);
        else next.delete(decisionId);
        return next;
      }),
  };
  const round = ctx.providerRound();
  const title = (extra: Child) => h('h2', {}, t('roundTitle'), extra);
  if (round.status !== 'ready')
    return h('section', { className: 'round', id: 'provider-round' }, title(null), pendingNotice(round, ctx.lang));
  const network = round.value;
  if (!network)
    return h(
      'section',
      { className: 'round', id: 'provider-round' },
      title(null),
      h('p', { className: 'muted' }, t('roundNone')),
    );
  const rows = decisionsToShow(network.meetings, ctx.today);
  return h(
    'section',
    { className: 'round', id: 'provider-round' },
    title(
      h(
        'span',
        { className: 'muted' },
        ` ${network.name} · ${network.membersConnection.aggregate.count.nodes} ${t('roundMembers')}`,
      ),
    ),
    notice
      ? h(
          'div',
          { className: 'round-notice-row' },
          h(
            'p',
            {
              className: `notice ${notice.kind}`,
              role: notice.kind === 'error' ? 'alert' : 'status',
              'data-testid': 'round-notice',
            },
            notice.text,
          ),
          notice.undo
            ? h(
                'button',
                { type: 'button', className: 'secondary', id: 'round-undo', onclick: notice.undo },
                t('decisionStatusUndo'),
              )
            : null,
        )
      : null,
    rows.length === 0
      ? h('p', { className: 'muted' }, t('roundNoDecisions'))
      : h(
          'table',
          { className: 'decisions', 'data-testid': 'decisions' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [
                t('decisionMeeting'),
                t('decisionText'),
                t('decisionResponsible'),
                t('decisionDue'),
                t('decisionStatus'),
              ].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map(({ meeting, decision }) =>
              h(
                'tr',
                { key: decision.id, 'data-decision': decision.id },
                h('td', {}, formatDate(meeting.date, lang)),
                h('td', {}, decision.text),
                h('td', {}, decision.responsible[0]?.name ?? '–'),
                h(
                  'td',
                  {},
                  formatDate(decision.dueDate, lang),
                  decision.dueDate && decision.dueDate < ctx.today && isOpen(decision)
                    ? h('strong', { className: 'overdue' }, ` ${t('decisionOverdue')}`)
                    : null,
                ),
                h('td', {}, statusCell(ctx, roundState, decision)),
              ),
            ),
          ),
        ),
    ctx.canEdit ? recordForm(ctx, roundState, network.meetings) : null,
  );
}

// One round as the coordinator follows it: its facts, the status per area with the links (copy, prepared e-mail,
// letter as HTML or PDF, revoke, renew, remind the overdue), the export of the status, and the answers to review.
// Analysts see the same without the writing buttons (the API refuses their writes anyway).
import { useState } from 'preact/hooks';
import { requestGraphQL } from '../api/request-graphql';
import { exportSurveyStatusCsv, exportSurveyStatusXlsx } from '../export/survey-status-export';
import {
  CloseSurveyRoundDocument,
  RemindSurveyAreasDocument,
  RenewSurveyLinksDocument,
  RevokeSurveyLinkDocument,
} from '../generated/graphql';
import { enumLabel, offerCategoryLabels, surveyAreaStatusLabels, surveyRoundStateLabels } from '../i18n/enum-labels';
import type { AppContext } from '../state/app-context';
import { formatDate, h, type Child } from '../ui/dom';
import { AnswerReview } from './answer-review';
import { downloadLetters, openLetters } from './survey-letters';
import {
  forgetLink,
  issuedLinkOf,
  issuedLinks,
  refusalText,
  reloadSurveyRounds,
  rememberLinks,
  type SurveyArea,
  type SurveyRound,
} from './survey-state';
import { surveyText, type SurveyTextKey } from './survey-texts';

type Notice = { kind: 'ok' | 'error'; text: string } | undefined;

/** The last day a link works: its end is midnight after that day. */
const lastDayOf = (expiresAt: string | null | undefined) =>
  expiresAt ? new Date(Date.parse(expiresAt) - 1).toISOString() : null;

export function RoundPanel({ ctx, round }: { ctx: AppContext; round: SurveyRound }): Child {
  const { lang } = ctx;
  const s = (key: SurveyTextKey) => surveyText(key, lang);
  const [notice, setNotice] = useState<Notice>(undefined);
  const [reviewing, setReviewing] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState<string | undefined>(undefined);
  const canWrite = ctx.canEdit && round.state === 'OPEN';
  void issuedLinks.value; // redrawn when links are issued

  const write = async (action: () => Promise<unknown>, done: SurveyTextKey) => {
    try {
      await action();
      setNotice({ kind: 'ok', text: s(done) });
      await reloadSurveyRounds();
    } catch (error) {
      setNotice({ kind: 'error', text: `${s('failed')}: ${refusalText(error, lang)}` });
    }
  };
  const renew = (areaAgs: string[]) =>
    write(async () => {
      const { renewSurveyLinks } = await requestGraphQL(RenewSurveyLinksDocument, { roundId: round.id, areaAgs });
      rememberLinks(round.id, renewSurveyLinks, false);
    }, 'linksIssued');
  const remind = (areaAgs: string[]) =>
    write(async () => {
      const { remindSurveyAreas } = await requestGraphQL(RemindSurveyAreasDocument, { roundId: round.id, areaAgs });
      rememberLinks(round.id, remindSurveyAreas, true);
    }, 'reminded');
  const revoke = (areaAgs: string) =>
    write(async () => {
      await requestGraphQL(RevokeSurveyLinkDocument, { roundId: round.id, areaAgs });
      forgetLink(round.id, areaAgs);
    }, 'revokedDone');
  const letters = (tokens: string[], pdf: boolean, name: string) => {
    const work = pdf ? downloadLetters(round.id, tokens, `anschreiben-${name}.pdf`) : openLetters(round.id, tokens);
    work.catch((error: unknown) => setNotice({ kind: 'error', text: `${s('failed')}: ${refusalText(error, lang)}` }));
  };
  const copy = (area: SurveyArea, url: string) => {
    const input = document.getElementById(`survey-link-${area.ags}`) as HTMLInputElement | null;
    input?.select();
    void navigator.clipboard?.writeText(url).then(
      () => setCopied(area.ags),
      () => setCopied(area.ags), // the text stays selected in the field to copy by hand
    );
  };

  const overdue = round.areas.filter((a) => a.status === 'OVERDUE').map((a) => a.ags);
  const issued = round.areas.flatMap((a) => issuedLinkOf(round.id, a.ags) ?? []);
  const counts = new Map<string, number>();
  for (const area of round.areas) counts.set(area.status, (counts.get(area.status) ?? 0) + 1);

  const button = (id: string, label: string, onclick: () => void, extra: Record<string, unknown> = {}) =>
    h('button', { type: 'button', id, onclick, ...extra }, label);
  // A row's action names its area for a screen reader's list of buttons (the visible label comes first: WCAG 2.5.3).
  const areaButton = (area: SurveyArea, id: string, label: string, onclick: () => void, extra = {}) =>
    button(id, label, onclick, { 'aria-label': `${label}: ${area.name}`, ...extra });

  // Where the link would be: its validity, and (the server keeps only its hash) that it is shown only when issued.
  const linkCell = (area: SurveyArea): Child => {
    const issuedNow = issuedLinkOf(round.id, area.ags);
    if (issuedNow)
      return [
        h('span', {}, `${s('linkIssuedNow')} ${formatDate(lastDayOf(issuedNow.expiresAt), lang)}`),
        h('span', { className: 'muted small link-note' }, s('linkBelow')),
      ];
    if (area.linkRevoked) return h('span', { className: 'muted' }, s('revoked'));
    // A closed round's links write no more: nothing to say about showing them.
    if (round.state !== 'OPEN')
      return h('span', {}, `${s('linkValid')} ${formatDate(lastDayOf(area.linkExpiresAt), lang)}`);
    return [
      h('span', {}, `${s('linkValid')} ${formatDate(lastDayOf(area.linkExpiresAt), lang)}`),
      h('span', { className: 'muted small link-note' }, s('linkNotShown')),
    ];
  };

  // A link issued on this page, in a row of its own under its area's: the whole width for the address and its
  // buttons, so that the table stays as wide as its column.
  const linkRow = (area: SurveyArea): Child => {
    const link = issuedLinkOf(round.id, area.ags);
    if (!link) return null;
    return h(
      'tr',
      { key: `${area.ags}-link`, className: 'survey-link-row', 'data-link-for': area.ags },
      h(
        'td',
        { colSpan: 4 },
        h(
          'div',
          { className: 'survey-link' },
          h('label', { for: `survey-link-${area.ags}` }, `${s('linkFor')} ${area.name}`),
          h('input', { id: `survey-link-${area.ags}`, readonly: true, value: link.url, className: 'link-field' }),
          h(
            'div',
            { className: 'link-actions' },
            button(`copy-${area.ags}`, copied === area.ags ? s('copied') : s('copy'), () => copy(area, link.url)),
            h(
              'a',
              { id: `mail-${area.ags}`, className: 'button-link', href: link.mailto },
              link.reminder ? s('reminderMail') : s('mail'),
            ),
            button(`letter-${area.ags}`, s('letterHtml'), () => letters([link.token], false, area.ags)),
            button(`letter-pdf-${area.ags}`, s('letterPdf'), () => letters([link.token], true, area.ags)),
          ),
        ),
      ),
    );
  };

  const actions = (area: SurveyArea): Child => [
    area.answerId
      ? areaButton(
          area,
          `review-${area.ags}`,
          ctx.canEdit && area.status === 'SUBMITTED' ? s('review') : s('view'),
          () => setReviewing(area.answerId!),
          {
            'aria-expanded': String(reviewing === area.answerId),
            className: area.status === 'SUBMITTED' ? 'primary' : null,
          },
        )
      : null,
    canWrite && area.status === 'OVERDUE'
      ? areaButton(area, `remind-${area.ags}`, s('remind'), () => void remind([area.ags]))
      : null,
    canWrite && area.status !== 'ACCEPTED'
      ? areaButton(area, `renew-${area.ags}`, s('renew'), () => void renew([area.ags]))
      : null,
    canWrite && !area.linkRevoked && area.status !== 'ACCEPTED'
      ? areaButton(area, `revoke-${area.ags}`, s('revoke'), () => void revoke(area.ags))
      : null,
  ];

  return h(
    'section',
    { className: 'survey-round', id: 'survey-round', 'data-round': round.id, 'aria-labelledby': 'survey-round-title' },
    h(
      'h3',
      { id: 'survey-round-title' },
      `${round.title} `,
      h(
        'span',
        { className: `round-state state-${round.state}` },
        enumLabel(surveyRoundStateLabels, round.state, lang),
      ),
    ),
    h(
      'p',
      { className: 'muted' },
      `${s('deadline')} ${formatDate(round.deadline, lang)} · ${s('closesOn')} ${formatDate(round.closesOn, lang)} · ${round.categories
        .map((c) => enumLabel(offerCategoryLabels, c, lang))
        .join(', ')}`,
    ),
    h(
      'p',
      { className: 'survey-counts', 'data-testid': 'survey-counts' },
      [...counts.entries()]
        .map(
          ([status, count]) => `${enumLabel(surveyAreaStatusLabels, status as SurveyArea['status'], lang)}: ${count}`,
        )
        .join(' · '),
    ),
    round.state === 'CLOSED' ? h('p', { className: 'muted' }, s('closed')) : null,
    notice
      ? h(
          'p',
          {
            className: `notice ${notice.kind}`,
            role: notice.kind === 'error' ? 'alert' : 'status',
            id: 'survey-notice',
          },
          notice.text,
        )
      : null,
    h(
      'div',
      { className: 'survey-round-actions' },
      button('survey-export-csv', `⤓ ${s('exportCsv')}`, () => exportSurveyStatusCsv(round, lang)),
      button('survey-export-xlsx', `⤓ ${s('exportXlsx')}`, () => void exportSurveyStatusXlsx(round, lang)),
      canWrite && overdue.length > 0 ? button('survey-remind-all', s('remindAll'), () => void remind(overdue)) : null,
      ctx.canEdit && issued.length > 0
        ? button('survey-letters-all', s('lettersAll'), () =>
            letters(
              issued.map((link) => link.token),
              true,
              round.deadline,
            ),
          )
        : null,
      canWrite
        ? button(
            'survey-close',
            s('closeRound'),
            () => void write(() => requestGraphQL(CloseSurveyRoundDocument, { id: round.id }), 'closed'),
          )
        : null,
    ),
    round.state === 'OPEN'
      ? h('p', { className: 'link-hidden', id: 'survey-link-hidden' }, s(canWrite ? 'linkHidden' : 'linkHiddenRead'))
      : null,
    h(
      'table',
      { className: 'survey-areas', 'data-testid': 'survey-areas' },
      h('caption', { className: 'sr-only' }, `${s('statusOf')}: ${round.title}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [s('area'), s('state'), s('link'), s('actions')].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        round.areas.flatMap((area) => [
          h(
            'tr',
            { key: area.ags, 'data-area': area.ags, 'data-status': area.status },
            h('th', { scope: 'row' }, area.name),
            // data-label: the column's name, shown before the value where the rows become cards (a narrow screen).
            // The status with the days behind it (link opened, answer submitted) in one column: the table stays
            // narrow enough for its column at 1280 px without breaking a word.
            h(
              'td',
              { 'data-label': s('state') },
              h(
                'span',
                { className: `area-status status-${area.status}` },
                enumLabel(surveyAreaStatusLabels, area.status, lang),
              ),
              area.openedAt
                ? h('span', { className: 'area-date' }, `${s('opened')} ${formatDate(area.openedAt, lang)}`)
                : null,
              area.submittedAt
                ? h('span', { className: 'area-date' }, `${s('submitted')} ${formatDate(area.submittedAt, lang)}`)
                : null,
            ),
            h('td', { 'data-label': s('link'), className: 'link-cell' }, linkCell(area)),
            h('td', { 'data-label': s('actions') }, h('div', { className: 'area-actions' }, actions(area))),
          ),
          linkRow(area),
        ]),
      ),
    ),
    reviewing
      ? h(AnswerReview, {
          key: reviewing,
          ctx,
          answerId: reviewing,
          onClose: () => setReviewing(undefined),
          onDone: (text: string) => {
            setNotice({ kind: 'ok', text });
            void reloadSurveyRounds();
          },
        })
      : null,
  );
}

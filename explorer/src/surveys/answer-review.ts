// An answer beside the current data (Query.compareSurveyAnswer): per need the persons now and as reported, per
// offer whether the initiative and the offer are new or which fields would change. The coordinator accepts all or
// the chosen items (they become Needs, Actors and Offers; the others are not taken) or sends the answer back with a
// comment; analysts and answers already reviewed are shown read-only.
import { useEffect, useState } from 'preact/hooks';
import { requestGraphQL } from '../api/request-graphql';
import {
  AcceptSurveyAnswerDocument,
  CompareSurveyAnswerDocument,
  SendBackSurveyAnswerDocument,
  type CompareSurveyAnswerQuery,
} from '../generated/graphql';
import {
  enumLabel,
  offerCategoryLabels,
  surveyAnswerStatusLabels,
  surveyItemReviewLabels,
  targetGroupLabels,
} from '../i18n/enum-labels';
import type { AppContext } from '../state/app-context';
import { formatDate, formatNumber, h, type Child } from '../ui/dom';
import { refusalText } from './survey-state';
import { surveyText, type SurveyTextKey } from './survey-texts';

type Comparison = CompareSurveyAnswerQuery['compareSurveyAnswer'];

/** German names of the offer's fields the comparison names (the API's field names). */
const fieldNames: Record<string, [string, string]> = {
  title: ['Titel', 'title'],
  offerTitle: ['Titel', 'title'],
  category: ['Kategorie', 'category'],
  targetGroups: ['Zielgruppen', 'target groups'],
  schedule: ['Tage und Zeiten', 'days and times'],
  place: ['Ort', 'place'],
  municipality: ['Gemeinde', 'municipality'],
  municipalityAgs: ['Gemeinde', 'municipality'],
  languages: ['Sprachen', 'languages'],
  capacity: ['Plätze', 'places'],
  booked: ['Belegte Plätze', 'places taken'],
  description: ['Beschreibung (Ansprechperson, Ort)', 'description (contact, place)'],
};

const signed = (value: number, lang: 'de' | 'en') =>
  value > 0 ? `+${formatNumber(value, lang)}` : value < 0 ? `−${formatNumber(-value, lang)}` : '±0';

export function AnswerReview({
  ctx,
  answerId,
  onClose,
  onDone,
}: {
  ctx: AppContext;
  answerId: string;
  onClose: () => void;
  onDone: (text: string) => void;
}): Child {
  const { lang } = ctx;
  const s = (key: SurveyTextKey) => surveyText(key, lang);
  const [comparison, setComparison] = useState<Comparison | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  const load = async () => {
    try {
      const { compareSurveyAnswer } = await requestGraphQL(CompareSurveyAnswerDocument, { answerId });
      setComparison(compareSurveyAnswer);
      setChosen(
        new Set(
          [...compareSurveyAnswer.needs, ...compareSurveyAnswer.offers]
            .filter((item) => item.review === 'PENDING')
            .map((item) => item.itemId),
        ),
      );
      setError(undefined);
    } catch (failure) {
      setError(refusalText(failure, lang));
    }
  };
  useEffect(() => void load(), [answerId]);

  const heading = h(
    'div',
    { className: 'review-head' },
    h('h4', { id: 'review-title' }, `${s('reviewOf')} ${comparison?.answer.areaName ?? ''}`),
    h('button', { type: 'button', id: 'review-close', onclick: onClose }, s('closeReview')),
  );
  if (!comparison)
    return h(
      'section',
      { className: 'answer-review', id: 'answer-review', 'aria-labelledby': 'review-title' },
      heading,
      error
        ? h('p', { className: 'notice error', role: 'alert' }, error)
        : h('p', { className: 'muted' }, s('loading')),
    );

  const { answer } = comparison;
  const canReview = ctx.canEdit && answer.status === 'SUBMITTED';
  const municipalityName = (ags: string) => ctx.model.municipalities.get(ags)?.name ?? ags;
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const chooseCell = (itemId: string, review: string, label: string): Child =>
    canReview && review === 'PENDING'
      ? h(
          'td',
          {},
          h('input', {
            type: 'checkbox',
            id: `choose-${itemId}`,
            'data-item': itemId,
            checked: chosen.has(itemId),
            'aria-label': `${s('choose')} ${label}`,
            onchange: (e: Event) => toggle(itemId, (e.target as HTMLInputElement).checked),
          }),
        )
      : h('td', {}, enumLabel(surveyItemReviewLabels, review as 'PENDING', lang));

  const run = async (action: () => Promise<unknown>, done: SurveyTextKey) => {
    setBusy(true);
    try {
      await action();
      onDone(s(done));
      await load();
    } catch (failure) {
      setError(`${s('failed')}: ${refusalText(failure, lang)}`);
    } finally {
      setBusy(false);
    }
  };
  const accept = (all: boolean) => {
    if (!all && chosen.size === 0) return setError(s('nothingChosen'));
    void run(
      () =>
        requestGraphQL(AcceptSurveyAnswerDocument, {
          answerId,
          itemIds: all ? null : [...chosen],
          comment: comment.trim() || null,
        }),
      'accepted',
    );
  };
  const sendBack = () => {
    if (!comment.trim()) {
      setError(s('commentMissing'));
      document.getElementById('review-comment')?.focus();
      return;
    }
    void run(() => requestGraphQL(SendBackSurveyAnswerDocument, { answerId, comment: comment.trim() }), 'sentBack');
  };

  const needRows = comparison.needs.map((need) => {
    const label = `${municipalityName(need.municipalityAgs)}, ${enumLabel(offerCategoryLabels, need.category, lang)}, ${enumLabel(targetGroupLabels, need.targetGroup, lang)}`;
    return h(
      'tr',
      { key: need.itemId, 'data-item': need.itemId, 'data-review': need.review },
      chooseCell(need.itemId, need.review, label),
      h('td', {}, municipalityName(need.municipalityAgs)),
      h('td', {}, enumLabel(offerCategoryLabels, need.category, lang)),
      h('td', {}, enumLabel(targetGroupLabels, need.targetGroup, lang)),
      h('td', { className: 'num' }, formatNumber(need.currentPersons, lang)),
      h('td', { className: 'num' }, formatNumber(need.proposedPersons, lang)),
      h(
        'td',
        { className: `num ${need.difference > 0 ? 'up' : need.difference < 0 ? 'down' : ''}` },
        signed(need.difference, lang),
      ),
    );
  });
  const offerRows = comparison.offers.map((offer) => {
    const changes = !offer.existingOfferId
      ? [s('newOffer'), ...(offer.existingActorId ? [] : [s('newActor')])].join(', ')
      : offer.changedFields.length === 0
        ? s('unchanged')
        : offer.changedFields.map((f) => fieldNames[f]?.[lang === 'de' ? 0 : 1] ?? f).join(', ');
    return h(
      'tr',
      { key: offer.itemId, 'data-item': offer.itemId, 'data-review': offer.review },
      chooseCell(offer.itemId, offer.review, `${offer.initiativeName}: ${offer.offerTitle}`),
      h('td', {}, offer.initiativeName),
      h('td', {}, offer.offerTitle),
      h('td', {}, changes),
    );
  });
  const th = (text: string, className?: string) => h('th', { scope: 'col', className }, text);

  return h(
    'section',
    { className: 'answer-review', id: 'answer-review', 'data-answer': answer.id, 'aria-labelledby': 'review-title' },
    heading,
    h(
      'p',
      { className: 'muted' },
      `${enumLabel(surveyAnswerStatusLabels, answer.status, lang)} · ${s('submitted')} ${formatDate(answer.submittedAt, lang)}`,
      answer.reviewedBy ? ` · ${s('reviewedBy')} ${answer.reviewedBy} (${formatDate(answer.reviewedAt, lang)})` : '',
    ),
    answer.reviewComment ? h('p', { className: 'review-comment' }, `${s('comment')}: ${answer.reviewComment}`) : null,
    error ? h('p', { className: 'notice error', role: 'alert', id: 'review-error' }, error) : null,
    h('h5', {}, s('needsProposed')),
    needRows.length === 0
      ? h('p', { className: 'muted' }, s('noItems'))
      : h(
          'table',
          { className: 'review-table', 'data-testid': 'review-needs' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              th(canReview ? s('choose') : s('review_')),
              th(s('municipality')),
              th(s('category')),
              th(s('targetGroup')),
              th(s('current'), 'num'),
              th(s('proposed'), 'num'),
              th(s('difference'), 'num'),
            ),
          ),
          h('tbody', {}, needRows),
        ),
    h('h5', {}, s('offersProposed')),
    offerRows.length === 0
      ? h('p', { className: 'muted' }, s('noItems'))
      : h(
          'table',
          { className: 'review-table', 'data-testid': 'review-offers' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              th(canReview ? s('choose') : s('review_')),
              th(s('initiative')),
              th(s('offer')),
              th(s('whatChanges')),
            ),
          ),
          h('tbody', {}, offerRows),
        ),
    answer.freeText ? [h('h5', {}, s('freeText')), h('p', { className: 'review-free-text' }, answer.freeText)] : null,
    canReview
      ? h(
          'div',
          { className: 'review-actions' },
          h('label', { for: 'review-comment' }, s('comment')),
          h('textarea', {
            id: 'review-comment',
            rows: 2,
            maxlength: 2000,
            value: comment,
            oninput: (e: Event) => setComment((e.target as HTMLTextAreaElement).value),
          }),
          h(
            'div',
            { className: 'review-buttons' },
            h(
              'button',
              {
                type: 'button',
                id: 'review-accept-chosen',
                className: 'primary',
                disabled: busy,
                onclick: () => accept(false),
              },
              s('acceptChosen'),
            ),
            h(
              'button',
              { type: 'button', id: 'review-accept-all', disabled: busy, onclick: () => accept(true) },
              s('acceptAll'),
            ),
            h('button', { type: 'button', id: 'review-send-back', disabled: busy, onclick: sendBack }, s('sendBack')),
          ),
        )
      : null,
  );
}

// "Konflikte mit Partnern" (coordinator): where a partner system pushed a value for a field the county had
// corrected, the county's and the partner's value side by side (field labels, values formatted); per conflict the
// coordinator keeps the county's value or takes the partner's. A resolved conflict shows who decided, and when.
import { useEffect, useState } from 'preact/hooks';
import {
  type OfferConflictResolution,
  PartnerConflictsDocument,
  ResolvePartnerConflictDocument,
  type PartnerConflictsQuery,
} from '../generated/graphql';
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { explainRefusal } from './explain-refusal';
import { fieldLabel, formatFieldValue, formatWhen, parseJson } from './field-labels';
import type { DialogProps } from './history-dialog';
import { say } from './history-messages';
import { namesIn } from './name-of';
import { RefusedError, requestHistory } from './request-history';

type Conflict = PartnerConflictsQuery['offerConflicts'][number];

export function PartnerConflicts({ ctx, changed }: DialogProps & { ctx: AppContext }): Child {
  const { lang } = ctx;
  const [conflicts, setConflicts] = useState<Conflict[] | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nameOf = namesIn(ctx);
  useEffect(() => {
    // Open and resolved ones: the open first, then the decisions with who made them.
    requestHistory(PartnerConflictsDocument, { status: null })
      .then((data) =>
        setConflicts(
          [...data.offerConflicts].sort((a, b) => Number(a.status !== 'OPEN') - Number(b.status !== 'OPEN')),
        ),
      )
      .catch((error: unknown) =>
        setFailed(error instanceof RefusedError ? explainRefusal(error, lang, nameOf) : String(error)),
      );
  }, []);
  const resolve = async (conflict: Conflict, resolution: OfferConflictResolution) => {
    try {
      const [resolved] = (await requestHistory(ResolvePartnerConflictDocument, { id: conflict.id, resolution }))
        .resolveOfferConflicts;
      if (resolution === 'ACCEPT_PARTNER_VALUE') changed();
      // Functional updates: two decisions may be under way at once.
      setConflicts((current) =>
        (current ?? []).map((c) => (c.id === conflict.id && resolved ? { ...c, ...resolved } : c)),
      );
    } catch (error) {
      const text = error instanceof RefusedError ? explainRefusal(error, lang, nameOf) : String(error);
      setErrors((current) => ({ ...current, [conflict.id]: text }));
    }
  };
  if (failed) return h('p', { className: 'error', role: 'alert' }, failed);
  if (!conflicts) return h('p', { className: 'muted' }, say('loading', lang));
  const value = (conflict: Conflict, text: string | null) =>
    formatFieldValue('Offer', conflict.field, parseJson(text), lang, nameOf);
  return h(
    'div',
    { className: 'partner-conflicts', 'data-testid': 'partner-conflicts', 'data-ready': 'true' },
    h('p', { className: 'muted' }, say('conflictsIntro', lang)),
    conflicts.length === 0
      ? h('p', {}, say('conflictsEmpty', lang))
      : h(
          'table',
          { className: 'history-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, say('offer', lang)),
              h('th', { scope: 'col' }, say('field', lang)),
              h('th', { scope: 'col' }, say('countyValue', lang)),
              h('th', { scope: 'col' }, say('partnerValue', lang)),
              h('th', { scope: 'col' }, say('partnerSystem', lang)),
              h('th', { scope: 'col' }, say('decision', lang)),
            ),
          ),
          h(
            'tbody',
            {},
            conflicts.map((conflict) => {
              const title = conflict.offerTitle ?? say('offer', lang);
              const field = fieldLabel(conflict.field, lang);
              return h(
                'tr',
                { key: conflict.id, 'data-conflict': conflict.id, 'data-status': conflict.status },
                h('th', { scope: 'row' }, title),
                h('td', {}, field),
                h('td', { className: 'county-value' }, value(conflict, conflict.coordinatorValue)),
                h('td', { className: 'partner-value' }, value(conflict, conflict.partnerValue)),
                h('td', {}, conflict.source),
                h(
                  'td',
                  { className: 'conflict-decision' },
                  conflict.status === 'OPEN'
                    ? [
                        h(
                          'div',
                          { className: 'decision-buttons', role: 'group', 'aria-label': `${title}: ${field}` },
                          h(
                            'button',
                            {
                              type: 'button',
                              className: 'keep-county',
                              'aria-label': `${say('keepCounty', lang)}: ${title}, ${field}`,
                              onclick: () => void resolve(conflict, 'KEEP_COORDINATOR_VALUE'),
                            },
                            say('keepCounty', lang),
                          ),
                          h(
                            'button',
                            {
                              type: 'button',
                              className: 'take-partner',
                              'aria-label': `${say('takePartner', lang)}: ${title}, ${field}`,
                              onclick: () => void resolve(conflict, 'ACCEPT_PARTNER_VALUE'),
                            },
                            say('takePartner', lang),
                          ),
                        ),
                        errors[conflict.id] ? h('p', { className: 'error', role: 'alert' }, errors[conflict.id]) : null,
                      ]
                    : h(
                        'span',
                        { role: 'status', className: 'resolution' },
                        `${say(conflict.status === 'ACCEPTED' ? 'tookPartner' : 'keptCounty', lang)} – ${conflict.resolvedBy ?? ''}, ${
                          conflict.resolvedAt ? formatWhen(conflict.resolvedAt, lang) : ''
                        }`,
                      ),
                ),
              );
            }),
          ),
        ),
  );
}

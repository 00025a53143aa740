// The history of one entity in the details panel, newest first, in the reader's words: when (TT.MM.JJJJ, HH:MM),
// who, and per field its label: before → after. The coordinator undoes a change from here; a refusal says why
// (the field changed since, with its value now). Staff only: for others the API refuses and the section stays away.
import { useEffect, useState } from 'preact/hooks';
import { EntityHistoryDocument, UndoChangeDocument, type EntityHistoryQuery } from '../generated/graphql';
import type { Language } from '../i18n/enum-labels';
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { explainRefusal } from './explain-refusal';
import { fieldLabel, formatFieldValue, formatWhen, parseJson, type Json, type NameOf } from './field-labels';
import { say } from './history-messages';
import { namesIn } from './name-of';
import { RefusedError, requestHistory } from './request-history';

type Change = EntityHistoryQuery['changes'][number];

type Loaded =
  { status: 'loading' } | { status: 'hidden' } | { status: 'failed' } | { status: 'ready'; changes: Change[] };

function authorOf(change: Change, lang: Language): string {
  return change.author.via === 'system' ? say('system', lang) : change.author.name;
}

function fieldRows(change: Change, lang: Language, nameOf: NameOf): Child {
  const before = (parseJson(change.before) ?? {}) as Record<string, Json>;
  const after = (parseJson(change.after) ?? {}) as Record<string, Json>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return h(
    'ul',
    { className: 'history-fields' },
    fields.map((field) =>
      h(
        'li',
        { key: field, 'data-field': field },
        h('span', { className: 'history-field' }, `${fieldLabel(field, lang)}: `),
        h('span', { className: 'history-before' }, formatFieldValue(change.entity, field, before[field], lang, nameOf)),
        ' → ',
        h('span', { className: 'history-after' }, formatFieldValue(change.entity, field, after[field], lang, nameOf)),
      ),
    ),
  );
}

function summaryOf(change: Change, lang: Language): string {
  if (change.origin === 'restoreDeleted') return say('restoredFromTrash', lang);
  if (change.operation === 'CREATE') return say('created', lang);
  if (change.operation === 'DELETE') return say('deleted', lang);
  return say('changed', lang);
}

export function EntityHistory({ ctx, entity, entityId }: { ctx: AppContext; entity: string; entityId: string }): Child {
  const { lang } = ctx;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    setRefusals({});
    requestHistory(EntityHistoryDocument, { entityId })
      .then((data) => live && setLoaded({ status: 'ready', changes: data.changes.filter((c) => c.entity === entity) }))
      .catch((error: unknown) => {
        const code = error instanceof RefusedError ? error.extensions.code : undefined;
        if (live) setLoaded({ status: code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'hidden' : 'failed' });
      });
    return () => void (live = false);
  }, [entity, entityId]);
  if (loaded.status === 'hidden') return null;
  const nameOf = namesIn(ctx);
  const undo = async (change: Change) => {
    setBusy(change.id);
    try {
      await requestHistory(UndoChangeDocument, { id: change.id });
      // The details, the graph and the figures show the data before the undo: the view is loaded again (same URL).
      window.location.reload();
    } catch (error) {
      setBusy(undefined);
      const text = error instanceof RefusedError ? explainRefusal(error, lang, nameOf) : say('historyFailed', lang);
      setRefusals((current) => ({ ...current, [change.id]: text }));
    }
  };
  const body =
    loaded.status === 'loading'
      ? h('p', { className: 'muted' }, say('historyLoading', lang))
      : loaded.status === 'failed'
        ? h('p', { className: 'error' }, say('historyFailed', lang))
        : loaded.changes.length === 0
          ? h('p', { className: 'muted' }, say('historyEmpty', lang))
          : h(
              'ol',
              { className: 'history-list' },
              loaded.changes.map((change) => {
                const when = formatWhen(change.at, lang);
                return h(
                  'li',
                  { key: change.id, 'data-change': change.id, 'data-operation': change.operation },
                  h(
                    'p',
                    { className: 'history-meta' },
                    h('time', { dateTime: change.at }, when),
                    ` · ${authorOf(change, lang)} · ${summaryOf(change, lang)}`,
                    change.undoOf ? h('span', { className: 'badge undo' }, say('undoOfOther', lang)) : null,
                  ),
                  change.operation === 'UPDATE' ? fieldRows(change, lang, nameOf) : null,
                  ctx.canEdit
                    ? h(
                        'button',
                        {
                          type: 'button',
                          className: 'link history-undo',
                          disabled: busy !== undefined,
                          'aria-label': `${say('undo', lang)}: ${summaryOf(change, lang)}, ${when}`,
                          onclick: () => void undo(change),
                        },
                        say('undo', lang),
                      )
                    : null,
                  refusals[change.id] ? h('p', { className: 'error', role: 'alert' }, refusals[change.id]) : null,
                );
              }),
            );
  return h(
    'section',
    { className: 'history', 'data-testid': 'history', 'data-ready': loaded.status === 'ready' ? 'true' : undefined },
    h('h4', {}, say('history', lang)),
    body,
  );
}

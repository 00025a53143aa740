// The Papierkorb (coordinator): deleted actors, offers, needs, ... with when and by whom, until when they can be
// restored, and "Wiederherstellen", which brings an entry back with its links; a refusal says what stands in the way.
import { useEffect, useState } from 'preact/hooks';
import { DeletedEntitiesDocument, RestoreDeletedDocument, type DeletedEntitiesQuery } from '../generated/graphql';
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { explainRefusal } from './explain-refusal';
import { entityLabel, formatWhen } from './field-labels';
import type { DialogProps } from './history-dialog';
import { say } from './history-messages';
import { namesIn } from './name-of';
import { RefusedError, requestHistory } from './request-history';

type Entry = DeletedEntitiesQuery['deletedEntities'][number];

export function PapierkorbList({ ctx, changed }: DialogProps & { ctx: AppContext }): Child {
  const { lang } = ctx;
  const [entries, setEntries] = useState<Entry[] | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [notes, setNotes] = useState<Record<string, { text: string; error: boolean }>>({});
  const nameOf = namesIn(ctx);
  useEffect(() => {
    requestHistory(DeletedEntitiesDocument, {})
      .then((data) => setEntries(data.deletedEntities))
      .catch((error: unknown) =>
        setFailed(error instanceof RefusedError ? explainRefusal(error, lang, nameOf) : String(error)),
      );
  }, []);
  const restore = async (entry: Entry) => {
    try {
      const restored = await requestHistory(RestoreDeletedDocument, { id: entry.id });
      changed();
      const others = restored.restoreDeleted.length - 1;
      setNotes((current) => ({
        ...current,
        [entry.id]: {
          text:
            lang === 'en'
              ? `Restored${others > 0 ? ` together with ${others} entries deleted with it` : ''}.`
              : `Wiederhergestellt${others > 0 ? ` (zusammen mit ${others === 1 ? 'einem Eintrag' : `${others} Einträgen`}, die mit ihm gelöscht wurden)` : ''}.`,
          error: false,
        },
      }));
    } catch (error) {
      const text = error instanceof RefusedError ? explainRefusal(error, lang, nameOf) : String(error);
      setNotes((current) => ({ ...current, [entry.id]: { text, error: true } }));
    }
  };
  if (failed) return h('p', { className: 'error', role: 'alert' }, failed);
  if (!entries) return h('p', { className: 'muted' }, say('loading', lang));
  return h(
    'div',
    { className: 'papierkorb', 'data-testid': 'papierkorb', 'data-ready': 'true' },
    h('p', { className: 'muted' }, say('trashIntro', lang)),
    entries.length === 0
      ? h('p', {}, say('trashEmpty', lang))
      : h(
          'table',
          { className: 'history-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, say('kindOfEntry', lang)),
              h('th', { scope: 'col' }, say('name', lang)),
              h('th', { scope: 'col' }, say('deletedAt', lang)),
              h('th', { scope: 'col' }, say('deletedBy', lang)),
              h('th', { scope: 'col' }, say('restorableUntil', lang)),
              h('th', { scope: 'col' }, h('span', { className: 'visually-hidden' }, say('restore', lang))),
            ),
          ),
          h(
            'tbody',
            {},
            entries.map((entry) => {
              const note = notes[entry.id];
              const label = entry.name ?? entityLabel(entry.entity, lang);
              return h(
                'tr',
                { key: entry.id, 'data-entry': entry.id, 'data-entity-id': entry.entityId },
                h('td', {}, entityLabel(entry.entity, lang)),
                h('th', { scope: 'row' }, label),
                h('td', {}, formatWhen(entry.deletedAt, lang)),
                h('td', {}, entry.deletedBy),
                h('td', {}, formatWhen(entry.restorableUntil, lang)),
                h(
                  'td',
                  {},
                  note && !note.error
                    ? h('span', { role: 'status' }, note.text)
                    : [
                        h(
                          'button',
                          {
                            type: 'button',
                            className: 'restore',
                            'aria-label': `${say('restore', lang)}: ${label}`,
                            onclick: () => void restore(entry),
                          },
                          say('restore', lang),
                        ),
                        note ? h('p', { className: 'error', role: 'alert' }, note.text) : null,
                      ],
                ),
              );
            }),
          ),
        ),
  );
}

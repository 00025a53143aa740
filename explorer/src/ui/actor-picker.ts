// Picks one actor of the district by name: a combobox (combobox.ts) over the actors in memory, for the shortest
// path's two ends. A select of all actors would put thousands of options into the page (a district can have
// 5,000 actors) and make them hard to find; here every typed word narrows the list (data/match-actors.ts).
import { useState } from 'preact/hooks';
import type { ActorRecord } from '../data/district-model';
import { matchActors } from '../data/match-actors';
import { actorKindLabels, enumLabel, type Language } from '../i18n/enum-labels';
import { translate } from '../i18n/messages';
import { Combobox, type Suggestion } from './combobox';
import { h, type Child } from './dom';

const maxSuggestions = 12;

export interface ActorPickerProps {
  id: string;
  label: string;
  lang: Language;
  actors: ReadonlyMap<string, ActorRecord>;
  selectedId: string;
  onChange: (actorId: string) => void;
}

export function ActorPicker({ id, label, lang, actors, selectedId, onChange }: ActorPickerProps): Child {
  // Text typed but not yet picked stays as long as the same actor is chosen; choosing another elsewhere shows its name.
  const [draft, setDraft] = useState<{ text: string; selectedId: string } | undefined>(undefined);
  const toSuggestion = (actor: ActorRecord): Suggestion => ({
    key: actor.id,
    label: actor.name,
    hint: `${enumLabel(actorKindLabels, actor.kind, lang)}${actor.city ? `, ${actor.city}` : ''}`,
  });
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, label),
    h(Combobox, {
      id,
      label,
      placeholder: translate('actorPlaceholder', lang),
      initial: draft?.selectedId === selectedId ? draft.text : (actors.get(selectedId)?.name ?? ''),
      noMatches: translate('searchNone', lang),
      delayMs: 60,
      inputType: 'search',
      suggest: (text) => matchActors(actors.values(), text, maxSuggestions).map(toSuggestion),
      onPick: (suggestion) => {
        setDraft(undefined);
        onChange(suggestion.key);
      },
      onText: (text) => {
        setDraft({ text, selectedId });
        if (!text.trim() && selectedId) {
          setDraft(undefined);
          onChange(''); // emptied: no end chosen
        }
      },
    }),
  );
}

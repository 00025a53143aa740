// Picks one actor of the district by name: a combobox (combobox.ts) over the actors in memory, for the shortest
// path's two ends. A select of all actors would put thousands of options into the page (a district can have
// 5,000 actors) and make them hard to find; here every typed word narrows the list (data/match-actors.ts).
import type { ActorRecord } from '../data/district-model';
import { matchActors } from '../data/match-actors';
import { actorKindLabels, enumLabel, type Language } from '../i18n/enum-labels';
import { translate } from '../i18n/messages';
import { createCombobox, type Suggestion } from './combobox';
import { h } from './dom';

const maxSuggestions = 12;

// Text typed but not yet picked, by picker id: the filter panel is drawn anew whenever the view state changes or
// data arrive, and the new picker takes the text over as long as the same actor is still chosen.
const drafts = new Map<string, { text: string; selectedId: string }>();

export function createActorPicker(
  id: string,
  label: string,
  lang: Language,
  actors: ReadonlyMap<string, ActorRecord>,
  selectedId: string,
  onChange: (actorId: string) => void,
): HTMLElement {
  const toSuggestion = (actor: ActorRecord): Suggestion => ({
    key: actor.id,
    label: actor.name,
    hint: `${enumLabel(actorKindLabels, actor.kind, lang)}${actor.city ? `, ${actor.city}` : ''}`,
  });
  const { root } = createCombobox({
    id,
    label,
    placeholder: translate('actorPlaceholder', lang),
    initial: drafts.get(id)?.selectedId === selectedId ? drafts.get(id)!.text : (actors.get(selectedId)?.name ?? ''),
    noMatches: translate('searchNone', lang),
    delayMs: 60,
    inputType: 'search',
    suggest: (text) => matchActors(actors.values(), text, maxSuggestions).map(toSuggestion),
    onPick: (suggestion) => {
      drafts.delete(id);
      onChange(suggestion.key);
    },
    onText: (text) => {
      drafts.set(id, { text, selectedId });
      if (!text.trim() && selectedId) {
        drafts.delete(id);
        onChange(''); // emptied: no end chosen
      }
    },
  });
  return h('div', { className: 'field' }, h('label', { for: id }, label), root);
}

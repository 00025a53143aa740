// The search box: the API's fulltext indexes for actors, offers and municipalities of the district shown, as a
// combobox (combobox.ts) with suggestions reachable by the arrow keys.
import { requestGraphQL } from '../api/request-graphql';
import { SearchAllDocument, type SearchAllQuery } from '../generated/graphql';
import {
  actorKindLabels,
  enumLabel,
  municipalityKindLabels,
  offerCategoryLabels,
  type Language,
} from '../i18n/enum-labels';
import { translate } from '../i18n/messages';
import { Combobox, type Suggestion } from './combobox';
import { h, type Child } from './dom';
import { toSearchPhrase } from './search-phrase';

export type { Suggestion };

function toSuggestions(data: SearchAllQuery, lang: Language): Suggestion[] {
  return [
    ...data.searchMunicipalities.edges.map((e) => ({
      key: `m:${e.node.ags}`,
      label: e.node.name,
      hint: enumLabel(municipalityKindLabels, e.node.kind, lang),
      score: e.score,
    })),
    ...data.searchActors.edges.map((e) => ({
      key: `a:${e.node.id}`,
      label: e.node.name,
      hint: `${enumLabel(actorKindLabels, e.node.kind, lang)}${e.node.city ? `, ${e.node.city}` : ''}`,
      score: e.score,
    })),
    ...data.searchOffers.edges.map((e) => ({
      key: `o:${e.node.id}`,
      label: e.node.title,
      hint: enumLabel(offerCategoryLabels, e.node.category, lang),
      score: e.score,
    })),
  ].sort((a, b) => b.score - a.score);
}

export interface SearchBoxProps {
  districtAgs: string;
  lang: Language;
  initial: string;
  onPick: (suggestion: Suggestion, text: string) => void;
  onText: (text: string) => void;
}

export function SearchBox({ districtAgs, lang, initial, onPick, onText }: SearchBoxProps): Child {
  return h(
    'div',
    { className: 'search' },
    h('label', { className: 'visually-hidden', for: 'search' }, translate('search', lang)),
    h(Combobox, {
      id: 'search',
      label: translate('search', lang),
      placeholder: translate('searchPlaceholder', lang),
      initial,
      noMatches: translate('searchNone', lang),
      delayMs: 180,
      suggest: async (text, signal) => {
        const phrase = toSearchPhrase(text);
        if (!phrase) return [];
        return toSuggestions(await requestGraphQL(SearchAllDocument, { phrase, districtAgs }, signal), lang).slice(
          0,
          12,
        );
      },
      onPick: (suggestion) => onPick(suggestion, suggestion.label),
      onText,
    }),
  );
}

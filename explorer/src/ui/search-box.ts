// The search box: municipalities, actors and offers of the district shown, found whatever their spelling (the API's
// findInDistrict, server/search/: case, umlauts, ß, accents, hyphens and spaces do not count, VHS finds
// Volkshochschule), best match first, as a combobox (combobox.ts) with suggestions reachable by the arrow keys.
// Each suggestion says what tells it apart from a look-alike: a municipality's kind and Samtgemeinde, an actor's
// kind and municipality, an offer's provider, start date (TT.MM.JJJJ) and venue.
import { requestGraphQL } from '../api/request-graphql';
import { FindInDistrictDocument, type FindInDistrictQuery } from '../generated/graphql';
import {
  actorKindLabels,
  enumLabel,
  municipalityKindLabels,
  offerCategoryLabels,
  type Language,
} from '../i18n/enum-labels';
import { translate } from '../i18n/messages';
import { formatGermanDate } from '../../../shared/german/format-german-date';
import { Combobox, type Suggestion } from './combobox';
import { h, type Child } from './dom';

export type { Suggestion };

type Hit = FindInDistrictQuery['findInDistrict'][number];

const keyPrefix: Record<Hit['kind'], string> = { MUNICIPALITY: 'm', ACTOR: 'a', OFFER: 'o' };

/** What tells a hit apart from others of a similar name. */
export function hintOf(hit: Hit, lang: Language): string {
  const parts: (string | null | undefined)[] =
    hit.kind === 'MUNICIPALITY'
      ? [hit.municipalityKind && enumLabel(municipalityKindLabels, hit.municipalityKind, lang), hit.municipality]
      : hit.kind === 'ACTOR'
        ? [hit.actorKind && enumLabel(actorKindLabels, hit.actorKind, lang), hit.municipality]
        : [
            hit.category && enumLabel(offerCategoryLabels, hit.category, lang),
            hit.provider,
            hit.startDate && `${translate('start', lang)} ${formatGermanDate(hit.startDate)}`,
            hit.municipality,
          ];
  return parts.filter(Boolean).join(' · ');
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
        if (!/[\p{L}\p{N}]/u.test(text)) return [];
        const { findInDistrict } = await requestGraphQL(
          FindInDistrictDocument,
          { districtAgs, text: text.slice(0, 200) },
          signal,
        );
        return findInDistrict.map((hit) => ({
          key: `${keyPrefix[hit.kind]}:${hit.id}`,
          label: hit.label,
          hint: hintOf(hit, lang),
        }));
      },
      onPick: (suggestion) => onPick(suggestion, suggestion.label),
      onText,
    }),
  );
}

// The search box: the API's fulltext indexes for actors, offers and municipalities of the district shown, as an
// ARIA combobox with suggestions reachable by the arrow keys.
import { requestGraphQL } from '../api/request-graphql';
import { SearchAllDocument, type SearchAllQuery } from '../generated/graphql';
import { actorKindLabels, enumLabel, municipalityKindLabels, offerCategoryLabels, type Language } from '../i18n/enum-labels';
import { translate } from '../i18n/messages';
import { h } from './dom';

export interface Suggestion {
  key: string; // 'a:<id>', 'o:<id>', 'm:<ags>'
  label: string;
  hint: string;
}

/** A Lucene query from typed words: each word as a prefix, special characters escaped. */
export function toFulltextPhrase(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter(Boolean);
  return words.map((w) => `${w}*`).join(' AND ');
}

function toSuggestions(data: SearchAllQuery, lang: Language): Suggestion[] {
  return [
    ...data.searchMunicipalities.edges.map((e) => ({ key: `m:${e.node.ags}`, label: e.node.name, hint: enumLabel(municipalityKindLabels, e.node.kind, lang), score: e.score })),
    ...data.searchActors.edges.map((e) => ({ key: `a:${e.node.id}`, label: e.node.name, hint: `${enumLabel(actorKindLabels, e.node.kind, lang)}${e.node.city ? `, ${e.node.city}` : ''}`, score: e.score })),
    ...data.searchOffers.edges.map((e) => ({ key: `o:${e.node.id}`, label: e.node.title, hint: enumLabel(offerCategoryLabels, e.node.category, lang), score: e.score })),
  ].sort((a, b) => b.score - a.score);
}

export function createSearchBox(districtAgs: string, lang: Language, initial: string, onPick: (suggestion: Suggestion, text: string) => void, onText: (text: string) => void): HTMLElement {
  const listId = 'search-suggestions';
  const input = h('input', {
    id: 'search',
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-label': translate('search', lang),
    placeholder: translate('searchPlaceholder', lang),
    autocomplete: 'off',
    value: initial,
  });
  const list = h('ul', { id: listId, role: 'listbox', className: 'suggestions', hidden: true });
  let suggestions: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const show = () => {
    list.replaceChildren(
      ...(suggestions.length === 0
        ? [h('li', { className: 'muted', role: 'option', 'aria-disabled': 'true' }, translate('searchNone', lang))]
        : suggestions.map((s, i) =>
            h(
              'li',
              { id: `suggestion-${i}`, role: 'option', 'aria-selected': String(i === active), className: i === active ? 'active' : '', 'data-key': s.key, onmousedown: (event: Event) => (event.preventDefault(), pick(i)) },
              h('span', { className: 'label' }, s.label),
              h('span', { className: 'hint' }, s.hint),
            ),
          )),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
  };
  const pick = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    input.value = suggestion.label;
    close();
    onPick(suggestion, suggestion.label);
  };
  const search = async (text: string) => {
    controller?.abort();
    const phrase = toFulltextPhrase(text);
    if (!phrase) return close();
    controller = new AbortController();
    try {
      const data = await requestGraphQL(SearchAllDocument, { phrase, districtAgs }, controller.signal);
      suggestions = toSuggestions(data, lang).slice(0, 12);
      active = -1;
      if (document.activeElement === input) show();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') console.warn('search failed', error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    onText(input.value);
    timer = setTimeout(() => void search(input.value), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden && suggestions.length > 0) show();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + suggestions.length) % Math.max(1, suggestions.length);
      show();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (!list.hidden && suggestions.length > 0) pick(Math.max(0, active));
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return h('div', { className: 'search' }, h('label', { className: 'visually-hidden', for: 'search' }, translate('search', lang)), input, list);
}

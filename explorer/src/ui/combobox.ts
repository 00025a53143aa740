// An ARIA combobox: a text input with a list of suggestions below it, reachable by the arrow keys, picked by
// Enter or a click. Where the suggestions come from is the caller's: the API's fulltext search (search-box.ts) or
// the district's actors in memory (actor-picker.ts).
import { h } from './dom';

export interface Suggestion {
  key: string;
  label: string;
  hint: string;
}

export interface ComboboxOptions {
  id: string;
  label: string;
  placeholder: string;
  initial: string;
  noMatches: string; // shown when nothing matches
  /** Suggestions for the text typed (at most a dozen make sense); the signal aborts when the text changes again. */
  suggest: (text: string, signal: AbortSignal) => Promise<Suggestion[]> | Suggestion[];
  delayMs: number; // wait after the last key before asking
  onPick: (suggestion: Suggestion) => void;
  onText?: (text: string) => void;
  inputType?: 'search' | 'text';
}

/** The input (id options.id) and its list (id `${id}-suggestions`); the label is for screen readers only. */
export function createCombobox(options: ComboboxOptions): { root: HTMLElement; input: HTMLInputElement } {
  const listId = `${options.id}-suggestions`;
  const input = h('input', {
    id: options.id,
    type: options.inputType ?? 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-label': options.label,
    placeholder: options.placeholder,
    autocomplete: 'off',
    value: options.initial,
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
  const optionId = (i: number) => `${options.id}-option-${i}`;
  const show = () => {
    list.replaceChildren(
      ...(suggestions.length === 0
        ? [h('li', { className: 'muted', role: 'option', 'aria-disabled': 'true' }, options.noMatches)]
        : suggestions.map((s, i) =>
            h(
              'li',
              {
                id: optionId(i),
                role: 'option',
                'aria-selected': String(i === active),
                className: i === active ? 'active' : '',
                'data-key': s.key,
                onmousedown: (event: Event) => (event.preventDefault(), pick(i)),
              },
              h('span', { className: 'label' }, s.label),
              h('span', { className: 'hint' }, s.hint),
            ),
          )),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
  };
  const pick = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    input.value = suggestion.label;
    close();
    options.onPick(suggestion);
  };
  const ask = async (text: string) => {
    controller?.abort();
    if (!text.trim()) return close();
    controller = new AbortController();
    const signal = controller.signal;
    try {
      const found = await options.suggest(text, signal);
      if (signal.aborted) return;
      suggestions = found;
      active = -1;
      if (document.activeElement === input) show();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') console.warn(`${options.id}: suggestions failed`, error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    options.onText?.(input.value);
    timer = setTimeout(() => void ask(input.value), options.delayMs);
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
  const root = h('div', { className: 'combobox' }, input, list);
  return { root, input };
}

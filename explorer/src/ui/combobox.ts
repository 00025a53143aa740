// An ARIA combobox: a text input with a list of suggestions below it, reachable by the arrow keys, picked by
// Enter or a click. Where the suggestions come from is the caller's: the API's fulltext search (search-box.ts) or
// the district's actors in memory (actor-picker.ts). A component that keeps its text, its suggestions and the
// active one while the page around it is drawn again.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { h, type Child } from './dom';

export interface Suggestion {
  key: string;
  label: string;
  hint: string;
}

export interface ComboboxProps {
  id: string;
  label: string;
  placeholder: string;
  /** The text to show; when it changes (a new actor chosen elsewhere), the input takes it over. */
  initial: string;
  noMatches: string; // shown when nothing matches
  /** Suggestions for the text typed (at most a dozen make sense); the signal aborts when the text changes again. */
  suggest: (text: string, signal: AbortSignal) => Promise<Suggestion[]> | Suggestion[];
  delayMs: number; // wait after the last key before asking
  onPick: (suggestion: Suggestion) => void;
  onText?: (text: string) => void;
  inputType?: 'search' | 'text';
}

/** The input (id props.id) and its list (id `${id}-suggestions`); the label is for screen readers only. */
export function Combobox(props: ComboboxProps): Child {
  const listId = `${props.id}-suggestions`;
  const [text, setText] = useState(props.initial);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const controller = useRef<AbortController>(undefined);
  const latest = useRef(props);
  latest.current = props;

  // Taken over in the same drawing (not after the paint, as useEffect would): a late take-over would put back an
  // older text while keys are still being typed.
  useLayoutEffect(() => setText(props.initial), [props.initial]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      controller.current?.abort();
    },
    [],
  );

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const optionId = (i: number) => `${props.id}-option-${i}`;
  const pick = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    setText(suggestion.label);
    close();
    latest.current.onPick(suggestion);
  };
  const ask = async (asked: string) => {
    controller.current?.abort();
    if (!asked.trim()) return close();
    const current = new AbortController();
    controller.current = current;
    try {
      const found = await latest.current.suggest(asked, current.signal);
      if (current.signal.aborted) return;
      setSuggestions(found);
      setActive(-1);
      if (document.activeElement === input.current) setOpen(true);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') console.warn(`${props.id}: suggestions failed`, error);
    }
  };

  const onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    setText(value);
    clearTimeout(timer.current);
    latest.current.onText?.(value);
    timer.current = setTimeout(() => void ask(value), latest.current.delayMs);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + suggestions.length) % Math.max(1, suggestions.length));
      setOpen(true);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (open && suggestions.length > 0) pick(Math.max(0, active));
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
    }
  };

  return h(
    'div',
    { className: 'combobox' },
    h('input', {
      ref: input,
      id: props.id,
      type: props.inputType ?? 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': String(open),
      'aria-controls': listId,
      'aria-activedescendant': open && active >= 0 ? optionId(active) : null,
      'aria-label': props.label,
      placeholder: props.placeholder,
      autocomplete: 'off',
      value: text,
      oninput: onInput,
      onkeydown: onKeyDown,
      onblur: () => setTimeout(close, 150),
    }),
    h(
      'ul',
      { id: listId, role: 'listbox', className: 'suggestions', hidden: !open },
      suggestions.length === 0
        ? h('li', { className: 'muted', role: 'option', 'aria-disabled': 'true' }, props.noMatches)
        : suggestions.map((s, i) =>
            h(
              'li',
              {
                key: s.key,
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
          ),
    ),
  );
}

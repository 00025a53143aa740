// The map's keyboard path and text alternative (issue 15): a list box of the map's areas (its municipalities and
// Samtgemeinden, by name, each with the figures the map shows for it) that Tab reaches after the canvas. The
// arrow keys move to the nearest area in that direction (graph/map-keyboard.ts), Home and End to the first and
// last, Enter or Space opens the area's details. The focused area is outlined on the map and its figures shown
// in a caption over it; a screen reader reads the same text from the list.
import type { Signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { isArrowKey, stepOnMap } from '../graph/map-keyboard';
import { h, type Child } from '../ui/dom';

/** One area on the map as the keyboard path offers it. */
export interface MapKeyItem {
  id: string; // unique in the list: 'm:<ags>' for a municipality's point, 'sg:<ags>' for a Samtgemeinde's outline
  open: string; // the selection it opens: 'm:<ags>'
  ags: string;
  text: string; // the area's name and figures, in the reader's language
  x: number; // where it is drawn (model coordinates)
  y: number;
}

export interface MapKeysProps {
  items: Signal<MapKeyItem[]>; // written by the map after each drawing
  label: string;
  hint: string;
  selected: string; // the selection in the view state
  onOpen: (id: string) => void;
  onFocusArea: (ags: string | undefined) => void; // outline it on the map (undefined: none)
}

const optionId = (item: MapKeyItem) => `map-key-${item.id.replace(':', '-')}`;

export function MapKeys({ items, label, hint, selected, onOpen, onFocusArea }: MapKeysProps): Child {
  const list = items.value;
  const [active, setActive] = useState<string | undefined>(undefined);
  const [focused, setFocused] = useState(false);
  const current = list.find((item) => item.id === active) ?? list.find((item) => item.open === selected);
  const move = (id: string | undefined) => {
    if (!id) return;
    setActive(id);
    onFocusArea(list.find((item) => item.id === id)?.ags);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = current?.id;
    if (isArrowKey(event.key)) move(stepOnMap(list, at, event.key));
    else if (event.key === 'Home') move(list[0]?.id);
    else if (event.key === 'End') move(list.at(-1)?.id);
    else if ((event.key === 'Enter' || event.key === ' ') && current) onOpen(current.open);
    else return;
    event.preventDefault();
  };
  return [
    h(
      'div',
      {
        id: 'map-keys',
        className: 'map-keys',
        role: 'listbox',
        tabindex: 0,
        'aria-label': label,
        'aria-describedby': 'map-keys-hint',
        'aria-activedescendant': focused && current ? optionId(current) : undefined,
        onkeydown: onKeyDown,
        onfocus: () => {
          setFocused(true);
          const start = current ?? list[0];
          if (start) move(start.id);
        },
        onblur: () => {
          setFocused(false);
          onFocusArea(undefined);
        },
      },
      list.map((item, index) =>
        h(
          'div',
          {
            key: item.id,
            id: optionId(item),
            'data-open': item.open,
            role: 'option',
            'aria-selected': item.id === current?.id,
            'aria-posinset': index + 1,
            'aria-setsize': list.length,
            onclick: () => onOpen(item.open),
          },
          item.text,
        ),
      ),
    ),
    h('p', { id: 'map-keys-hint', className: 'visually-hidden' }, hint),
    // What the keyboard has reached, for the eye: the same text as the list's option, beside the outlined area.
    focused && current
      ? h(
          'p',
          { className: 'map-keys-caption', 'aria-hidden': 'true', 'data-testid': 'map-keys-caption' },
          current.text,
        )
      : null,
  ];
}

// "Wie berechnet?" beside a figure: a disclosure button (aria-expanded, aria-controls) that shows how the figure is
// computed, with its own numbers (the texts: explorer/src/i18n/explanations.ts). The open state is the component's
// own, so that a re-render with new figures keeps it open and shows the new numbers; Escape closes it and gives
// the focus back to the button.
import { useId, useRef, useState } from 'preact/hooks';
import type { Language } from '../i18n/enum-labels';
import type { Explanation } from '../i18n/explanations';
import { h, type Child } from './dom';

const label = { de: 'Wie berechnet?', en: 'How is this computed?' } as const;
const labelFor = { de: 'Wie berechnet:', en: 'How is this computed:' } as const;

export interface ExplainFigureProps {
  lang: Language;
  /** What the figure is, for the button's accessible name ("Wie berechnet: Ohne Platz"). */
  figure: string;
  explanation: Explanation;
  /** Marks the disclosure for tests and styles (data-explain). */
  name: string;
}

export function ExplainFigure({ lang, figure, explanation, name }: ExplainFigureProps): Child {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = `explain-${useId()}`;
  return h(
    'span',
    {
      className: 'explain',
      'data-explain': name,
      onkeydown: (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      },
    },
    h(
      'button',
      {
        type: 'button',
        ref: button,
        className: 'explain-toggle',
        'aria-expanded': String(open),
        'aria-controls': id,
        'aria-label': `${labelFor[lang]} ${figure}`,
        onclick: () => setOpen(!open),
      },
      label[lang],
    ),
    h(
      'div',
      {
        id,
        className: 'explain-text',
        role: 'note',
        hidden: !open,
      },
      open ? explanation.map((paragraph, i) => h('p', { key: i }, paragraph)) : null,
    ),
  );
}

// Where the details panel shows the history: below the details of the selected actor, offer or municipality.
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { EntityHistory } from './entity-history';
import './history.css';

const entityOfPrefix: Record<string, string> = { a: 'Actor', o: 'Offer', m: 'Municipality' };

export function HistoryMount({ ctx, selected }: { ctx: AppContext; selected: string }): Child {
  const entity = entityOfPrefix[selected.slice(0, 1)];
  if (!entity || selected[1] !== ':') return null;
  const entityId = selected.slice(2);
  return h(EntityHistory, { key: selected, ctx, entity, entityId });
}

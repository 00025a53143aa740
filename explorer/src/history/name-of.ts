// Names of what a change links to, from the district the explorer has loaded: actors, municipalities, offers.
import type { AppContext } from '../state/app-context';
import type { NameOf } from './field-labels';

export function namesIn(ctx: AppContext): NameOf {
  const { model } = ctx;
  return (key) => model.actors.get(key)?.name ?? model.municipalities.get(key)?.name ?? model.offers.get(key)?.title;
}

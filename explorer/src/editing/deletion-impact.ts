// What goes with an actor when it is deleted, said before the coordinator confirms: its cooperation links, its
// offers (each has it as its only provider, so they go too: an offer never stays without a provider), its
// memberships and the needs it reported (those stay, without the reporter).
import { ActorDeletionImpactDocument } from '../generated/graphql.js';
import type { Send } from './form-definition.js';

export interface DeletionImpact {
  name: string;
  lines: string[]; // "2 Kooperationen: A, B", ...
}

const listed = (names: string[]) =>
  names.length > 5 ? `${names.slice(0, 5).join(', ')} und ${names.length - 5} weitere` : names.join(', ');

export async function deletionImpact(id: string, send: Send): Promise<DeletionImpact | undefined> {
  const actor = (await send(ActorDeletionImpactDocument, { id })).actors[0];
  if (!actor) return undefined;
  const partners = [...new Set([...actor.cooperatesWith, ...actor.cooperatedWithBy].map((a) => a.name))].sort();
  const lines: string[] = [];
  if (partners.length > 0)
    lines.push(
      `${partners.length === 1 ? '1 Kooperation' : `${partners.length} Kooperationen`} mit ${listed(partners)}`,
    );
  if (actor.offers.length > 0)
    lines.push(
      `${actor.offers.length === 1 ? '1 Angebot' : `${actor.offers.length} Angebote`} (der Akteur ist ihr einziger Anbieter): ${listed(actor.offers.map((o) => o.title))}`,
    );
  if (actor.memberships.length > 0)
    lines.push(
      `${actor.memberships.length === 1 ? 'die Mitgliedschaft' : `${actor.memberships.length} Mitgliedschaften`} in ${listed(actor.memberships.map((n) => n.name))}`,
    );
  const needs = actor.reportedNeedsConnection.aggregate.count.nodes;
  if (needs > 0)
    lines.push(`als Meldender von ${needs === 1 ? '1 Bedarf' : `${needs} Bedarfen`} (die Bedarfe bleiben)`);
  return { name: actor.name, lines };
}

// The elements of the network view for a view state: actors in municipality groups (collapsed groups as one
// node), cooperation links (re-routed to a collapsed group), and offers on demand. A pure function, so that a
// filter change can be applied to the canvas as a difference.
import type { ElementDefinition } from 'cytoscape';
import type { DistrictModel, OfferRecord } from '../data/district-model';
import { actorFilter } from '../data/network-scope';
import type { ViewState } from '../state/view-state';
import type { CooperationKind } from '../generated/graphql';
import { actorKindColours, cooperationStyles } from './palette';

export const actorNodeId = (id: string) => `a:${id}`;
export const groupNodeId = (ags: string) => `g:${ags}`;
export const offerNodeId = (id: string) => `o:${id}`;

/**
 * A label cut to about the width Cytoscape would give it (views/network-styles.ts): the full name is in the details
 * panel and the search. Cut here rather than by Cytoscape's 'text-wrap: ellipsis', which measures each label
 * character by character on the canvas.
 */
export function shortLabel(text: string, maxLength: number): string {
  const characters = [...text];
  return characters.length <= maxLength
    ? text
    : `${characters
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * The classes that give a cooperation link its colour (by kind) and width (by strength, 1 to 3) in
 * views/network-styles.ts, together with the class 'styled' (styledLinksMax): fixed values per class, which
 * Cytoscape applies without computing them per link.
 */
export const linkKindClass = (kind: CooperationKind) => `link-${kind.toLowerCase().replace(/_/g, '-')}`;
export const linkStrengthClass = (strength: number) => `strength-${Math.min(3, Math.max(1, Math.round(strength)))}`;

/**
 * Above this many actors in the district the actors have no white border (class 'framed'): at the zoom that shows
 * a network this large, a border of 1.5 px is not to be seen, and it is two style properties more on every actor to
 * apply and draw (npm run bench:explorer). The network of a county (a few hundred actors) keeps it.
 */
export const framedActorsMax = 1000;

/**
 * Above this many actors in the district the links are drawn plainly in the overview (Cytoscape's grey, 1 px), and
 * get their kind's colour, their strength's width and their dashes (class 'styled') where the view is zoomed in far
 * enough to tell them apart (views/network-view.ts, labelInView): applying those to the 20,000 links of 5,000 actors
 * cost 0.8 s of the first render (npm run bench:explorer), and in that overview no link can be told apart anyway.
 */
export const styledLinksMax = 1000;

const actorLabelLength = 24;
const groupLabelLength = 28;

const actorWord = (count: number, lang: ViewState['lang']) =>
  lang === 'de' ? (count === 1 ? 'Akteur' : 'Akteure') : count === 1 ? 'actor' : 'actors';

export function offerMatches(offer: OfferRecord, state: ViewState): boolean {
  if (state.category && offer.category !== state.category) return false;
  if (state.status && offer.status !== state.status) return false;
  if (state.targetGroup && !(offer.targetGroups ?? []).includes(state.targetGroup)) return false;
  return true;
}

/** Node size from degree or betweenness, with area (not diameter) proportional to the measure. */
function actorSize(model: DistrictModel, id: string, sizeBy: ViewState['sizeBy']): number {
  const c = model.centrality.get(id);
  const share = sizeBy === 'degree' ? (c?.degree ?? 0) / model.maxDegree : (c?.betweenness ?? 0) / model.maxBetweenness;
  return Math.round(16 + 38 * Math.sqrt(Math.max(0, share)));
}

export function buildNetworkElements(model: DistrictModel, state: ViewState): ElementDefinition[] {
  const passes = actorFilter(model, state);
  const collapsed = new Set(state.collapsed);
  const offerFilterOn = Boolean(state.category || state.targetGroup || state.status);
  const groups = new Map<string, { label: string; count: number }>();
  const nodes: ElementDefinition[] = [];
  const endpoint = new Map<string, string>(); // actor id -> node id its links attach to
  const framed = model.actors.size <= framedActorsMax;
  const styledLinks = model.actors.size <= styledLinksMax;

  for (const actor of model.actors.values()) {
    if (!passes(actor)) continue;
    const ags = actor.municipality[0]?.ags;
    const c = model.centrality.get(actor.id);
    const offers = (model.offersByProvider.get(actor.id) ?? []).filter((o) => offerMatches(o, state));
    if (ags) {
      const group = groups.get(ags) ?? { label: actor.municipality[0]!.name, count: 0 };
      group.count++;
      groups.set(ags, group);
      if (collapsed.has(ags)) {
        endpoint.set(actor.id, groupNodeId(ags));
        continue;
      }
    }
    endpoint.set(actor.id, actorNodeId(actor.id));
    const classes = framed ? ['actor', 'framed'] : ['actor'];
    if (c?.isolated) classes.push('isolated');
    if (c?.broker) classes.push('broker');
    if (offerFilterOn && offers.length === 0) classes.push('faded');
    nodes.push({
      group: 'nodes',
      data: {
        id: actorNodeId(actor.id),
        parent: ags ? groupNodeId(ags) : undefined,
        name: actor.name,
        label: shortLabel(actor.name, actorLabelLength),
        kind: actor.kind,
        degree: c?.degree ?? 0,
        colour: actorKindColours[actor.kind],
        size: actorSize(model, actor.id, state.sizeBy),
      },
      classes: classes.join(' '),
    });
    if (state.showOffers) {
      for (const offer of offers) {
        nodes.push({
          group: 'nodes',
          data: {
            id: offerNodeId(offer.id),
            parent: ags ? groupNodeId(ags) : undefined,
            label: shortLabel(offer.title, actorLabelLength),
            provider: actor.id,
          },
          classes: 'offer',
        });
      }
    }
  }

  const groupNodes: ElementDefinition[] = [...groups].map(([ags, group]) => ({
    group: 'nodes',
    data: {
      id: groupNodeId(ags),
      // A collapsed municipality keeps its name and says how many of the actors shown it holds.
      label: collapsed.has(ags)
        ? `${shortLabel(group.label, groupLabelLength)} (${group.count} ${actorWord(group.count, state.lang)})`
        : shortLabel(group.label, groupLabelLength),
      name: group.label,
      ags,
      count: group.count,
      size: Math.round(24 + 8 * Math.sqrt(group.count)),
    },
    classes: collapsed.has(ags) ? 'group collapsed' : 'group',
  }));

  const edges = new Map<string, ElementDefinition>();
  for (const link of model.links) {
    if (state.coopKind && link.kind !== state.coopKind) continue;
    const source = endpoint.get(link.source);
    const target = endpoint.get(link.target);
    if (!source || !target || source === target) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `e:${a}|${b}`;
    const known = edges.get(id);
    if (known) {
      known.data['count'] = (known.data['count'] as number) + 1;
      continue;
    }
    const style = cooperationStyles[link.kind];
    edges.set(id, {
      group: 'edges',
      data: {
        id,
        source: a,
        target: b,
        kind: link.kind,
        strength: link.strength,
        count: 1,
      },
      classes: [
        'cooperation',
        ...(styledLinks ? ['styled'] : []),
        linkKindClass(link.kind),
        ...(link.strength > 1 ? [linkStrengthClass(link.strength)] : []),
        ...(style.line === 'solid' ? [] : [style.line]),
      ].join(' '),
    });
  }
  const offerEdges: ElementDefinition[] = nodes
    .filter((n) => n.classes === 'offer')
    .map((n) => ({
      group: 'edges',
      data: { id: `p:${n.data.id}`, source: actorNodeId(n.data['provider'] as string), target: n.data.id! },
      classes: 'provides',
    }));

  return [...groupNodes, ...nodes, ...edges.values(), ...offerEdges];
}

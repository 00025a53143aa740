// Recommendations for action (Handlungsempfehlungen) from the gap tables and the cooperation network, as
// ../shared/DESIGN.md lists them: each with a code, a German and an English text, the figures behind it and
// the entities it is about, ranked by the persons whose demand it concerns. Pure: the caller loads the inputs.
import type { GapOffer, GapTable, MunicipalityGap } from '../gaps/build-gap-table.js';
import type { ActorCentrality } from '../network/analyse-network.js';
import { enumLabel, targetGroupLabels } from '../../../schema/enum-labels.js';
import type { TargetGroup } from '../../generated/graphql.js';
import { countOf } from '../../../shared/german/count-of.js';
import { formatGermanDate } from '../../../shared/german/format-german-date.js';
import { words } from '../../../shared/german/words.js';
import { categoryLabel, categoryPhrase, compareGerman, formatDe, formatEn } from '../labels.js';
import { rankRecommendations, type Recommendation, type RecommendationCode } from '../rank-recommendations.js';

// The recommendation and its ranking are shared with the course suggestions (server/analysis/rank-recommendations.ts).
export type { Recommendation, RecommendationCode, RecommendationFigure } from '../rank-recommendations.js';
export { rankRecommendations };

export interface NetworkMembership {
  id: string;
  name: string;
  kind: string; // NetworkKind
  memberIds: string[];
}

export interface RecommendationInputs {
  today: string; // YYYY-MM-DD
  radiusKm: number;
  tables: GapTable[]; // one per category, for the same area
  actors: ActorCentrality[]; // the network analysis of the area
  networks: NetworkMembership[];
  extra?: Omit<Recommendation, 'rank'>[]; // made elsewhere (course coordination), ranked together with these
}

export interface RecommendationOptions {
  staleAfterDays: number; // an offer not updated for longer is stale
  childcareGroups: string[]; // target groups whose demand needs offers with childcare
}

export const defaultRecommendationOptions: RecommendationOptions = {
  staleAfterDays: 90,
  childcareGroups: ['PARENTS', 'WOMEN'],
};

type Draft = Omit<Recommendation, 'rank'>;

/** "A", "A und B", "A, B und C". */
const listGerman = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;

const presentStatuses = new Set(['PLANNED', 'OPEN', 'FULL', 'RUNNING']);
const km = (value: number) => Math.round(value * 10) / 10;

function base(
  code: RecommendationCode,
  row: MunicipalityGap | null,
  category: string | null,
  key: string,
): Pick<Draft, 'id' | 'code' | 'category' | 'municipalityAgs' | 'municipalityName'> {
  return {
    id: `${code}:${category ?? '-'}:${row?.ags ?? '-'}:${key}`,
    code,
    category,
    municipalityAgs: row?.ags ?? null,
    municipalityName: row?.name ?? null,
  };
}

function offersInReach(table: GapTable, row: MunicipalityGap): GapOffer[] {
  return row.offerIdsInReach
    .map((id) => table.offersById.get(id))
    .filter((offer): offer is GapOffer => offer !== undefined);
}

/** Providers of the given offers, the best connected (weighted degree, then degree) first. */
function providersByConnection(
  offers: GapOffer[],
  centrality: Map<string, ActorCentrality>,
): { id: string; name: string }[] {
  const providers = new Map<string, string>();
  for (const offer of offers)
    if (offer.providerId) providers.set(offer.providerId, offer.providerName ?? offer.providerId);
  const score = (id: string) => centrality.get(id);
  return [...providers]
    .map(([id, name]) => ({ id, name }))
    .sort(
      (a, b) =>
        (score(b.id)?.weightedDegree ?? -1) - (score(a.id)?.weightedDegree ?? -1) ||
        (score(b.id)?.degree ?? -1) - (score(a.id)?.degree ?? -1) ||
        compareGerman(a.name, b.name),
    );
}

function noOfferInReach(table: GapTable, row: MunicipalityGap): Draft {
  const label = categoryLabel(table.category);
  const nearest = row.nearestOffer;
  const nearestDe = nearest
    ? ` Das nächste Angebot ist „${nearest.title}“ von ${nearest.providerName ?? 'unbekanntem Träger'} in ${formatDe(km(row.nearestOfferKm!))} km Entfernung.`
    : ' Im ganzen Datenbestand gibt es kein solches Angebot.';
  const nearestEn = nearest
    ? ` The nearest is "${nearest.title}" by ${nearest.providerName ?? 'an unknown provider'}, ${formatEn(km(row.nearestOfferKm!))} km away.`
    : ' There is no such offer anywhere in the data.';
  return {
    ...base('NO_OFFER_IN_REACH', row, table.category, nearest?.id ?? '-'),
    persons: row.unmet,
    textDe: `${row.name}: ${countOf(row.demand, { one: 'Person braucht', other: 'Personen brauchen' })} ${categoryPhrase(table.category).accusative}, aber im Umkreis von ${formatDe(table.radiusKm)} km gibt es kein solches Angebot.${nearestDe} Ein Angebot in der Nähe schaffen oder den Weg dorthin ermöglichen (Fahrtkosten, Online-Teilnahme).`,
    textEn: `${row.name}: ${row.demand} persons need a ${label.en}, but there is no offer within ${formatEn(table.radiusKm)} km.${nearestEn} Set up an offer nearby, or help people get there (travel costs, online participation).`,
    figures: [
      { name: 'demand', value: row.demand },
      { name: 'unmet', value: row.unmet },
      { name: 'radiusKm', value: table.radiusKm },
      ...(row.nearestOfferKm !== null ? [{ name: 'nearestOfferKm', value: km(row.nearestOfferKm) }] : []),
    ],
    offerIds: nearest ? [nearest.id] : [],
    actorIds: nearest?.providerId ? [nearest.providerId] : [],
    needIds: row.needIds,
    networkIds: [],
  };
}

function capacityShortfall(table: GapTable, row: MunicipalityGap, centrality: Map<string, ActorCentrality>): Draft {
  const label = categoryLabel(table.category);
  const offers = offersInReach(table, row);
  const providers = providersByConnection(offers, centrality);
  const names = providers
    .slice(0, 3)
    .map((provider) => provider.name)
    .join(', ');
  return {
    ...base('CAPACITY_SHORTFALL', row, table.category, '-'),
    persons: row.unmet,
    textDe: `${row.name}: Für ${formatDe(row.unmet)} von ${countOf(row.demand, words.person)} fehlen Plätze ${categoryPhrase(table.category).inDative} (${countOf(row.offersInReach, words.offer)} im Umkreis, ${countOf(row.freePlacesInReach, words.freePlace)}, Versorgungsgrad ${formatDe(Math.round(row.coverage * 100))} %). Etwa ${countOf(row.unmet, words.extraPlaceAccusative)} schaffen; ${names ? `in Frage kommen die Träger im Umkreis, am besten vernetzt zuerst: ${names}` : 'kein Träger im Umkreis hat einen Platz gemeldet: einen Träger gewinnen'}.`,
    textEn: `${row.name}: ${row.unmet} of ${row.demand} persons lack a place in a ${label.en} (${row.offersInReach} offers in reach, ${row.freePlacesInReach} free places, coverage ${formatEn(Math.round(row.coverage * 100))} %). Add about ${row.unmet} places; the providers in reach, best connected first: ${names}.`,
    figures: [
      { name: 'demand', value: row.demand },
      { name: 'unmet', value: row.unmet },
      { name: 'missingPlaces', value: row.unmet },
      { name: 'offersInReach', value: row.offersInReach },
      { name: 'freePlacesInReach', value: row.freePlacesInReach },
      { name: 'coverage', value: row.coverage },
      { name: 'radiusKm', value: table.radiusKm },
    ],
    offerIds: offers.map((offer) => offer.id),
    actorIds: providers.map((provider) => provider.id),
    needIds: row.needIds,
    networkIds: [],
  };
}

function childcareMissing(table: GapTable, row: MunicipalityGap, groups: string[]): Draft | undefined {
  const needs = row.needs.filter((need) => need.targetGroup !== null && groups.includes(need.targetGroup));
  const persons = needs.reduce((sum, need) => sum + need.persons, 0);
  if (persons === 0) return undefined;
  const offers = offersInReach(table, row);
  if (offers.some((offer) => offer.childcare === true)) return undefined;
  const label = categoryLabel(table.category);
  const groupsDe = listGerman(groups.map((group) => enumLabel(targetGroupLabels, group as TargetGroup, 'de')));
  return {
    ...base('CHILDCARE_MISSING', row, table.category, '-'),
    persons,
    textDe: `${row.name}: ${countOf(persons, { one: `Person aus den Zielgruppen ${groupsDe} braucht`, other: `Personen aus den Zielgruppen ${groupsDe} brauchen` })} ${categoryPhrase(table.category).accusative}, aber kein Angebot im Umkreis von ${formatDe(table.radiusKm)} km hat Kinderbetreuung. Kinderbetreuung in einem bestehenden Angebot ermöglichen oder ein Angebot mit Kinderbetreuung einrichten.`,
    textEn: `${row.name}: ${persons} parents or women need a ${label.en}, but no offer within ${formatEn(table.radiusKm)} km has childcare. Add childcare to an existing offer or set up one with childcare.`,
    figures: [
      { name: 'persons', value: persons },
      { name: 'offersInReach', value: offers.length },
      { name: 'offersWithChildcare', value: 0 },
      { name: 'radiusKm', value: table.radiusKm },
    ],
    offerIds: offers.map((offer) => offer.id),
    actorIds: [...new Set(offers.flatMap((offer) => (offer.providerId ? [offer.providerId] : [])))],
    needIds: needs.map((need) => need.id),
    networkIds: [],
  };
}

function singleProvider(table: GapTable, row: MunicipalityGap): Draft | undefined {
  const supplying = offersInReach(table, row).filter((offer) => offer.freePlaces !== null);
  const providers = new Set(supplying.map((offer) => offer.providerId ?? '?'));
  if (supplying.length === 0 || providers.size !== 1) return undefined;
  const provider = supplying[0]!;
  const label = categoryLabel(table.category);
  return {
    ...base('SINGLE_PROVIDER', row, table.category, provider.providerId ?? '-'),
    persons: row.demand,
    textDe: `${row.name}: Alle Plätze ${categoryPhrase(table.category).inDative} im Umkreis kommen von einem Träger (${provider.providerName ?? 'unbekannt'}, ${countOf(supplying.length, words.offer)}). Fällt er aus, bleibt der Bedarf von ${countOf(row.demand, words.person)} ungedeckt; einen zweiten Träger gewinnen oder Vertretung vereinbaren.`,
    textEn: `${row.name}: every place in a ${label.en} in reach comes from one provider (${provider.providerName ?? 'unknown'}, ${supplying.length} offers). Should it drop out, the demand of ${row.demand} persons is unmet; win a second provider or agree on cover.`,
    figures: [
      { name: 'demand', value: row.demand },
      { name: 'offers', value: supplying.length },
      { name: 'providers', value: 1 },
      { name: 'freePlacesInReach', value: row.freePlacesInReach },
    ],
    offerIds: supplying.map((offer) => offer.id),
    actorIds: provider.providerId ? [provider.providerId] : [],
    needIds: row.needIds,
    networkIds: [],
  };
}

function daysBetween(isoDateTime: string, today: string): number {
  return Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(isoDateTime)) / 86_400_000);
}

function staleOffers(table: GapTable, areaAgs: Set<string>, today: string, staleAfterDays: number): Draft[] {
  const unmetAt = new Map(table.municipalities.map((row) => [row.ags, row]));
  const offers = [...table.offersById.values(), ...table.onlineOffers].filter(
    (offer) =>
      presentStatuses.has(offer.status) &&
      offer.updatedAt !== null &&
      offer.venueAgs !== null &&
      areaAgs.has(offer.venueAgs),
  );
  return offers
    .map((offer) => ({ offer, days: daysBetween(offer.updatedAt!, today) }))
    .filter(({ days }) => days > staleAfterDays)
    .map(({ offer, days }) => {
      const row = unmetAt.get(offer.venueAgs!) ?? null;
      return {
        ...base('STALE_OFFER', row, table.category, offer.id),
        persons: row?.unmet ?? 0,
        textDe: `„${offer.title}“ (${[offer.providerName ?? 'unbekannter Träger', offer.venueName].filter(Boolean).join(', ')}) wurde seit ${countOf(days, words.dayDative)} nicht aktualisiert (zuletzt am ${formatGermanDate(offer.updatedAt)}). Beim Träger Stand, Termine und freie Plätze erfragen.`,
        textEn: `"${offer.title}" (${offer.providerName ?? 'unknown provider'}, ${offer.venueName ?? ''}) has not been updated for ${days} days. Ask the provider for its state, dates and free places.`,
        figures: [
          { name: 'daysSinceUpdate', value: days },
          { name: 'staleAfterDays', value: staleAfterDays },
        ],
        offerIds: [offer.id],
        actorIds: offer.providerId ? [offer.providerId] : [],
        needIds: [],
        networkIds: [],
      };
    });
}

/** The network to invite an isolated actor to: the one with most members in its place, exchange rounds first. */
function networkFor(
  actor: ActorCentrality,
  networks: NetworkMembership[],
  actorsById: Map<string, ActorCentrality>,
): NetworkMembership | undefined {
  const near = (id: string) => {
    const member = actorsById.get(id);
    if (!member) return 0;
    if (member.municipalityAgs !== null && member.municipalityAgs === actor.municipalityAgs) return 2;
    return member.samtgemeindeAgs !== null && member.samtgemeindeAgs === actor.samtgemeindeAgs ? 1 : 0;
  };
  const score = (network: NetworkMembership) => network.memberIds.reduce((sum, id) => sum + near(id), 0);
  const kindOrder = (network: NetworkMembership) =>
    network.kind === 'EXCHANGE_ROUND' ? 0 : network.kind === 'REGIONAL_NETWORK' ? 1 : 2;
  return [...networks]
    .filter((network) => !network.memberIds.includes(actor.id))
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        kindOrder(a) - kindOrder(b) ||
        b.memberIds.length - a.memberIds.length ||
        compareGerman(a.name, b.name),
    )[0];
}

function isolatedActors(inputs: RecommendationInputs): Draft[] {
  const actorsById = new Map(inputs.actors.map((actor) => [actor.id, actor]));
  return inputs.actors
    .filter((actor) => actor.isolated)
    .map((actor) => {
      const network = networkFor(actor, inputs.networks, actorsById);
      const inviteDe = network
        ? ` Zur Runde „${network.name}“ einladen (${countOf(network.memberIds.length, words.member)}).`
        : ' Zu einem Austausch einladen.';
      const inviteEn = network
        ? ` Invite it to "${network.name}" (${network.memberIds.length} members).`
        : ' Invite it to an exchange.';
      return {
        id: `ISOLATED_ACTOR:-:${actor.municipalityAgs ?? '-'}:${actor.id}`,
        code: 'ISOLATED_ACTOR' as const,
        category: null,
        municipalityAgs: actor.municipalityAgs,
        municipalityName: actor.municipalityName,
        persons: 0,
        textDe: `${actor.name}${actor.municipalityName ? ` (${actor.municipalityName})` : ''} hat keine Kooperationsbeziehung im Netzwerk.${inviteDe}`,
        textEn: `${actor.name}${actor.municipalityName ? ` (${actor.municipalityName})` : ''} has no cooperation link in the network.${inviteEn}`,
        figures: [{ name: 'degree', value: 0 }],
        offerIds: [],
        actorIds: [actor.id],
        needIds: [],
        networkIds: network ? [network.id] : [],
      };
    });
}

export function deriveRecommendations(
  inputs: RecommendationInputs,
  overrides: Partial<RecommendationOptions> = {},
): Recommendation[] {
  const options = { ...defaultRecommendationOptions, ...overrides };
  const centrality = new Map(inputs.actors.map((actor) => [actor.id, actor]));
  const drafts: Draft[] = [];
  for (const table of inputs.tables) {
    const areaAgs = new Set(table.municipalities.map((row) => row.ags));
    for (const row of table.municipalities) {
      if (row.demand > 0 && row.offersInReach === 0) drafts.push(noOfferInReach(table, row));
      if (row.unmet > 0 && row.offersInReach > 0) drafts.push(capacityShortfall(table, row, centrality));
      const childcare = row.demand > 0 ? childcareMissing(table, row, options.childcareGroups) : undefined;
      if (childcare) drafts.push(childcare);
      const single = row.demand > 0 ? singleProvider(table, row) : undefined;
      if (single) drafts.push(single);
    }
    drafts.push(...staleOffers(table, areaAgs, inputs.today, options.staleAfterDays));
  }
  drafts.push(...isolatedActors(inputs), ...(inputs.extra ?? []));

  return rankRecommendations(drafts);
}

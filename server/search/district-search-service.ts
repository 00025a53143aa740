// What the explorer's search box finds in one district: its municipalities, the actors sitting in it and the offers
// taking place in it or provided by its actors, matched on their folded names (fold-search-text.ts) and ranked
// (match-search-text.ts). Each hit carries what tells look-alikes apart: the municipality's kind and Samtgemeinde,
// the actor's kind and municipality, the offer's provider, start date and venue.
//
// Why not Neo4j's full-text index: its analyzers are Lucene's built-in ones (a custom analyzer needs a Java plugin
// on the server, which Aura and many clusters do not allow); "standard-folding" takes accents off but leaves
// Buecken != Bücken, the "german" analyzer folds umlauts but stems words and splits "Weser-Aue" into two terms, so
// "Weseraue" finds nothing; no built-in analyzer ignores hyphens and spaces. A folded key stored on each node would
// have to be kept up to date by every write path (GraphQL mutations, partner upserts, spreadsheet import, demo and
// synthetic loaders). So the district's names are read (one query, bounded by the district: hundreds to a few
// thousand rows) and folded here, always in step with the data. The full-text fields (searchActors, ...) stay for
// searches over all of Germany.
import { BadUserInputError, quote } from '../errors.js';
import type { ActorKind, MunicipalityKind, OfferCategory } from '../generated/graphql.js';
import { readRows, type AnalysisDeps } from '../analysis/analysis-deps.js';
import { foldWords } from './fold-search-text.js';
import {
  betterMatch,
  compareRanked,
  matchName,
  prepareName,
  prepareQuery,
  type SearchMatch,
} from './match-search-text.js';
import { listSearchAliases, toAliasGroups } from './search-aliases.js';

export interface SearchHit {
  kind: 'MUNICIPALITY' | 'ACTOR' | 'OFFER';
  id: string; // the AGS of a municipality, the id of an actor or offer
  label: string;
  match: SearchMatch;
  municipalityKind: MunicipalityKind | null;
  actorKind: ActorKind | null;
  category: OfferCategory | null;
  municipality: string | null; // an actor's municipality, an offer's venue, a member municipality's Samtgemeinde
  provider: string | null;
  startDate: string | null; // ISO date
}

type Row = Omit<SearchHit, 'match'>;

const kindOrder: Record<SearchHit['kind'], number> = { MUNICIPALITY: 0, ACTOR: 1, OFFER: 2 };

const maxFirst = 50;
const maxTextLength = 200;

/** Names a municipality is also known by: "Samtgemeinde Uchte" is typed "Uchte", "Stadt Hoya" "Hoya". */
function namesOf(row: Row): string[] {
  const short = row.label.replace(/^(Samtgemeinde|Stadt|Flecken|Gemeinde)\s+/u, '');
  return short === row.label ? [row.label] : [row.label, short];
}

const districtRowsQuery = `
  MATCH (d:District {ags: $districtAgs})
  CALL (d) {
    MATCH (d)<-[:IN_DISTRICT]-(m:Municipality)
    RETURN collect({ kind: 'MUNICIPALITY', id: m.ags, label: m.name, municipalityKind: m.kind,
                     municipality: COLLECT { MATCH (m)-[:MEMBER_OF]->(sg:Municipality) RETURN sg.name }[0] }) AS municipalities
  }
  CALL (d) {
    MATCH (d)<-[:IN_DISTRICT]-(:Municipality)<-[:LOCATED_IN]-(a:Actor)
    WITH DISTINCT a
    RETURN collect({ kind: 'ACTOR', id: a.id, label: a.name, actorKind: a.kind,
                     municipality: COLLECT { MATCH (a)-[:LOCATED_IN]->(m:Municipality) RETURN m.name }[0] }) AS actors
  }
  CALL (d) {
    CALL (d) {
      MATCH (d)<-[:IN_DISTRICT]-(:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer) RETURN o
      UNION
      MATCH (d)<-[:IN_DISTRICT]-(:Municipality)<-[:LOCATED_IN]-(:Actor)-[:PROVIDES]->(o:Offer) RETURN o
    }
    RETURN collect({ kind: 'OFFER', id: o.id, label: o.title, category: o.category, startDate: toString(o.startDate),
                     municipality: COLLECT { MATCH (o)-[:TAKES_PLACE_IN]->(m:Municipality) RETURN m.name }[0],
                     provider: COLLECT { MATCH (o)<-[:PROVIDES]-(p:Actor) RETURN p.name }[0] }) AS offers
  }
  RETURN municipalities + actors + offers AS rows`;

export interface FindInDistrictArgs {
  districtAgs: string;
  text: string;
  first?: number | null;
}

/** The best `first` hits (default 12, at most 50) for the text; none when it has no letter or digit. */
export async function findInDistrict(deps: AnalysisDeps, args: FindInDistrictArgs): Promise<SearchHit[]> {
  const first = args.first ?? 12;
  if (!Number.isInteger(first) || first < 1 || first > maxFirst)
    throw new BadUserInputError(`first ${quote(first)} must be between 1 and ${maxFirst}`, {
      field: 'first',
      value: first,
      messageDe: `first ${quote(first)} muss zwischen 1 und ${maxFirst} liegen`,
    });
  if ([...args.text].length > maxTextLength)
    throw new BadUserInputError(`The search text has more than ${maxTextLength} characters`, {
      field: 'text',
      value: args.text.slice(0, 80),
      messageDe: `Der Suchtext hat mehr als ${maxTextLength} Zeichen`,
    });
  if (foldWords(args.text).length === 0) return [];
  const [aliases, [found]] = await Promise.all([
    listSearchAliases(deps, args.districtAgs),
    readRows<{ rows: Partial<Row>[] }>(deps, districtRowsQuery, { districtAgs: args.districtAgs }),
  ]);
  const query = prepareQuery(args.text, toAliasGroups(aliases));
  const hits: SearchHit[] = [];
  for (const raw of found?.rows ?? []) {
    const row: Row = {
      kind: raw.kind!,
      id: raw.id!,
      label: raw.label ?? '',
      municipalityKind: raw.municipalityKind ?? null,
      actorKind: raw.actorKind ?? null,
      category: raw.category ?? null,
      municipality: raw.municipality ?? null,
      provider: raw.provider ?? null,
      startDate: raw.startDate ?? null,
    };
    const match = namesOf(row).reduce<SearchMatch | undefined>(
      (best, name) => betterMatch(best, matchName(prepareName(name), query)),
      undefined,
    );
    if (match) hits.push({ ...row, match });
  }
  return hits
    .sort((a, b) => compareRanked({ ...a, kindOrder: kindOrder[a.kind] }, { ...b, kindOrder: kindOrder[b.kind] }))
    .slice(0, first);
}

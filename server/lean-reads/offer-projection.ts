// The Cypher map projection of an Offer as a request selects it, for hand-written reads that answer `[Offer!]!`:
// its stored fields, freePlaces, and the stored fields of its provider, venue and funders. Anything the projection
// cannot give as the generated API would (arguments on a link, a link of a link, connections, aggregates, points)
// is refused with the generic query to ask instead.
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { BadUserInputError, quote } from '../errors.js';
import { collectSubFields } from './selected-fields.js';
import { readStoredFields } from './stored-fields.js';

/** The links an offer's projection follows: the pattern from the offer (`o`) to the node (`x`). */
const links: Readonly<Record<string, { pattern: string; type: string }>> = {
  provider: { pattern: '(o)<-[:PROVIDES]-(x:Actor)', type: 'Actor' },
  venue: { pattern: '(o)-[:TAKES_PLACE_IN]->(x:Municipality)', type: 'Municipality' },
  funders: { pattern: '(o)<-[:FUNDS]-(x:Actor)', type: 'Actor' },
};

// The value of Offer.freePlaces's @cypher (schema/offers.graphql: capacity minus booked, never below 0, null without a
// capacity) as a CASE rather than its apoc.coll.max call per offer, as offerCountsByCategory sums it
// (test/server/graphql/lean-reads.test.ts compares both for every offer).
const freePlaces = `CASE WHEN o.capacity IS NULL THEN null
  WHEN o.capacity - coalesce(o.booked, 0) < 0 THEN 0
  ELSE o.capacity - coalesce(o.booked, 0) END`;

let storedFields: Map<string, ReadonlySet<string>> | undefined;

function storedFieldsOf(type: string): ReadonlySet<string> {
  storedFields ??= readStoredFields();
  return storedFields.get(type) ?? new Set();
}

/**
 * `x { .a, b: … }`, or an empty map when only __typename was asked for. Field names are GraphQL names
 * ([_A-Za-z][_0-9A-Za-z]*), which Cypher takes as keys and properties unquoted.
 */
function mapProjection(variable: string, parts: readonly string[]): string {
  return parts.length === 0 ? '{}' : `${variable} { ${parts.join(', ')} }`;
}

function refuse(operation: string, field: string, instead: string): never {
  throw new BadUserInputError(
    `${operation} answers an offer's own fields and the own fields of its provider, venue and funders; ${quote(field)} is not among them: ask ${instead}`,
    { field },
  );
}

/**
 * `o { ... }` for the offer fields under `nodes` (the resolver's field nodes). `operation` and `instead` name the
 * field and the generic query for the refusal of a selection the projection cannot answer.
 */
export function projectOffer(
  nodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  operation: string,
  instead: string,
): string {
  const offerFields = storedFieldsOf('Offer');
  const parts: string[] = [];
  for (const [name, fieldNodes] of collectSubFields(nodes, info)) {
    if (offerFields.has(name)) {
      parts.push(`.${name}`);
    } else if (name === 'freePlaces') {
      parts.push(`freePlaces: ${freePlaces}`);
    } else if (name in links) {
      const link = links[name]!;
      if (fieldNodes.some((node) => (node.arguments ?? []).length > 0)) refuse(operation, `Offer.${name}(…)`, instead);
      const targetFields = storedFieldsOf(link.type);
      const selected = collectSubFields(fieldNodes, info);
      for (const sub of selected.keys()) {
        if (!targetFields.has(sub)) refuse(operation, `Offer.${name}.${sub}`, instead);
      }
      parts.push(
        `${name}: [${link.pattern} | ${mapProjection(
          'x',
          [...selected.keys()].map((sub) => `.${sub}`),
        )}]`,
      );
    } else {
      refuse(operation, `Offer.${name}`, instead);
    }
  }
  return mapProjection('o', parts);
}

// Rules that span fields or relationships, checked after a write inside the same transaction: a mutation
// that breaks one is rolled back whole. Neo4j Community has no cardinality or cross-property constraints,
// and @neo4j/graphql 7 writes relationships as lists, so the server keeps these itself.
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { BadUserInputError } from '../errors.js';
import { uniqueKeys } from './field-rules.js';
import { listLimits } from './text-rules.js';

interface Invariant {
  labels: string[]; // checked when a mutation touches one of these
  cypher: string; // returns rows { entity, problem } of the first violations
}

const exactlyOne = (label: string, name: string, pattern: string, field: string): Invariant => ({
  labels: [label],
  cypher: `MATCH (n:${label}) WITH n, COUNT { ${pattern} } AS c WHERE c <> 1
           RETURN '${label} "' + coalesce(n.id, n.ags) + '" (' + coalesce(n.${name}, '') + ')' AS entity,
                  'must have exactly one ${field}, has ' + c AS problem LIMIT 3`,
});

const atMostOne = (label: string, name: string, pattern: string, field: string): Invariant => ({
  labels: [label],
  cypher: `MATCH (n:${label}) WITH n, COUNT { ${pattern} } AS c WHERE c > 1
           RETURN '${label} "' + coalesce(n.id, n.ags) + '" (' + coalesce(n.${name}, '') + ')' AS entity,
                  'must have at most one ${field}, has ' + c AS problem LIMIT 3`,
});

const invariants: Invariant[] = [
  exactlyOne('Offer', 'title', '(n)<-[:PROVIDES]-(:Actor)', 'provider'),
  atMostOne('Offer', 'title', '(n)-[:TAKES_PLACE_IN]->(:Municipality)', 'venue'),
  exactlyOne('Need', 'category', '(n)-[:NEEDED_IN]->(:Municipality)', 'municipality'),
  atMostOne('Need', 'category', '(n)-[:REPORTED_BY]->(:Actor)', 'reportedBy'),
  exactlyOne('Municipality', 'name', '(n)-[:IN_DISTRICT]->(:District)', 'district'),
  atMostOne('Municipality', 'name', '(n)-[:MEMBER_OF]->(:Municipality)', 'memberOf'),
  atMostOne('Actor', 'name', '(n)-[:LOCATED_IN]->(:Municipality)', 'municipality'),
  exactlyOne('Meeting', 'topic', '(n)-[:MEETING_OF]->(:Network)', 'network'),
  exactlyOne('Decision', 'text', '(n)-[:DECIDED_AT]->(:Meeting)', 'meeting'),
  atMostOne('Decision', 'text', '(n)<-[:RESPONSIBLE_FOR]-(:Actor)', 'responsible'),
  atMostOne('Network', 'name', '(n)<-[:COORDINATES]-(:Actor)', 'coordinator'),
  {
    labels: ['Municipality'],
    cypher: `MATCH (n:Municipality)-[:MEMBER_OF]->(sg:Municipality) WHERE sg.kind <> 'COLLECTIVE' OR sg = n
             RETURN 'Municipality "' + n.ags + '" (' + n.name + ')' AS entity,
                    'can only be a member of a Samtgemeinde (kind COLLECTIVE), not of "' + sg.ags + '" (' + sg.kind + ')' AS problem LIMIT 3`,
  },
  {
    labels: ['Actor'],
    cypher: `MATCH (n:Actor)-[:COOPERATES_WITH]->(n)
             RETURN 'Actor "' + n.id + '" (' + n.name + ')' AS entity, 'cannot cooperate with itself' AS problem LIMIT 3`,
  },
  {
    labels: ['Offer'],
    cypher: `MATCH (n:Offer)
             WHERE n.capacity < 0 OR n.booked < 0 OR n.waitlist < 0 OR n.hoursTotal < 0 OR n.cost < 0 OR n.minGroupSize < 1
             RETURN 'Offer "' + n.id + '" (' + n.title + ')' AS entity,
                    'must not have negative numbers (capacity ' + coalesce(toString(n.capacity), '-') + ', booked ' +
                    coalesce(toString(n.booked), '-') + ', waitlist ' + coalesce(toString(n.waitlist), '-') + ')' AS problem LIMIT 3`,
  },
  {
    labels: ['Offer'],
    cypher: `MATCH (n:Offer) WHERE n.startDate > n.endDate OR n.registrationDeadline > n.endDate
             RETURN 'Offer "' + n.id + '" (' + n.title + ')' AS entity,
                    'must not end (' + toString(n.endDate) + ') before it starts (' + coalesce(toString(n.startDate), '-') +
                    ') or its registration deadline (' + coalesce(toString(n.registrationDeadline), '-') + ')' AS problem LIMIT 3`,
  },
  {
    labels: ['Offer'],
    cypher: `MATCH (n:Offer) WHERE n.languageLevelFrom IS NOT NULL AND n.languageLevelTo IS NOT NULL
               AND apoc.coll.indexOf(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'], n.languageLevelFrom) > apoc.coll.indexOf(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'], n.languageLevelTo)
             RETURN 'Offer "' + n.id + '" (' + n.title + ')' AS entity,
                    'must not have languageLevelFrom ' + n.languageLevelFrom + ' above languageLevelTo ' + n.languageLevelTo AS problem LIMIT 3`,
  },
  {
    // A cooperation's dates can be set one at a time (an update of until alone), so their order is checked after.
    labels: ['Actor'],
    cypher: `MATCH (n:Actor)-[r:COOPERATES_WITH]-(other:Actor)
             WHERE r.since > r.until OR r.strength < 1 OR r.strength > 3
             RETURN 'Actor "' + n.id + '" (' + n.name + ')' AS entity,
                    'has a cooperation with "' + other.id + '" whose ' +
                    CASE WHEN r.since > r.until
                      THEN 'since (' + toString(r.since) + ') is after its until (' + toString(r.until) + ')'
                      ELSE 'strength ' + r.strength + ' is not from 1 to 3' END AS problem LIMIT 3`,
  },
  {
    labels: ['Municipality'],
    cypher: `MATCH (n:Municipality) WHERE n.population < 0 OR n.newcomers < 0
             RETURN 'Municipality "' + n.ags + '" (' + n.name + ')' AS entity,
                    'must not have negative numbers (population ' + coalesce(toString(n.population), '-') +
                    ', newcomers ' + coalesce(toString(n.newcomers), '-') + ')' AS problem LIMIT 3`,
  },
  // Lists grow by push, whose items are checked before the write but whose length only shows after it.
  {
    labels: ['Actor'],
    cypher: `MATCH (n:Actor) WHERE size(n.languages) > ${listLimits.languages}
             RETURN 'Actor "' + n.id + '" (' + n.name + ')' AS entity,
                    'must have at most ${listLimits.languages} languages, has ' + size(n.languages) AS problem LIMIT 3`,
  },
  {
    labels: ['Offer'],
    cypher: `MATCH (n:Offer) WHERE size(n.languages) > ${listLimits.languages} OR size(n.targetGroups) > ${listLimits.enumList}
             RETURN 'Offer "' + n.id + '" (' + n.title + ')' AS entity,
                    'must have at most ${listLimits.languages} languages and ${listLimits.enumList} targetGroups, has ' +
                    coalesce(size(n.languages), 0) + ' and ' + coalesce(size(n.targetGroups), 0) AS problem LIMIT 3`,
  },
  {
    labels: ['Need'],
    cypher: `MATCH (n:Need) WHERE n.persons < 1
             RETURN 'Need "' + n.id + '"' AS entity, 'must count at least 1 person, counts ' + n.persons AS problem LIMIT 3`,
  },
];

/** The invariant's query limited to the given nodes of its label (every invariant starts with `MATCH (n:Label`). */
function scoped(invariant: Invariant, label: string): string {
  const key = uniqueKeys[label]![0]!;
  const match = `MATCH (n:${label}`;
  if (!invariant.cypher.startsWith(match)) throw new Error(`an invariant of ${label} must start with "${match}"`);
  return `UNWIND $scope_${label} AS scopeKey MATCH (n:${label} {${key}: scopeKey}${invariant.cypher.slice(match.length)}`;
}

function throwFirst(records: { get(key: string): unknown }[]): void {
  const first = records[0];
  if (!first) return;
  const entity = first.get('entity') as string;
  const problem = first.get('problem') as string;
  throw new BadUserInputError(`${entity} ${problem}; nothing was written`, { reason: 'INVARIANT', entity, problem });
}

/**
 * Throws BadUserInputError naming the first broken rule among those for the given labels. With a scope (label ->
 * keys of the nodes a write touched and their neighbours) only those nodes are checked, all rules in one query, so
 * that the cost of a write does not grow with the size of the graph; without one, every node of the labels is.
 */
export async function checkGraphInvariants(
  tx: Transaction | ManagedTransaction,
  labels: ReadonlySet<string>,
  scope?: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  if (scope) {
    const branches: string[] = [];
    const params: Record<string, readonly string[]> = {};
    for (const invariant of invariants) {
      const label = invariant.labels[0]!;
      const keys = scope.get(label) ?? [];
      if (keys.length === 0) continue;
      params[`scope_${label}`] = keys;
      branches.push(scoped(invariant, label));
    }
    if (branches.length === 0) return;
    const result = await tx.run(`CALL { ${branches.join(' UNION ALL ')} } RETURN entity, problem LIMIT 1`, params);
    throwFirst(result.records);
    return;
  }
  for (const invariant of invariants) {
    if (!invariant.labels.some((label) => labels.has(label))) continue;
    throwFirst((await tx.run(invariant.cypher)).records);
  }
}

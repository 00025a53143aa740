// Field-level provenance: when the coordinator changes fields of partner offers through updateOffers, those fields
// are held (Offer.heldFields) against the partners' next pushes (upsert-offers.ts). The generated mutation does not
// say which offers its `where` matched, so its selection is widened by the ids of the updated offers.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { heldFieldNames } from './offer-fields.js';

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const idField: FieldNode = { kind: Kind.FIELD, name: name('id') };

/** The fields of partner offers an updateOffers call sets, or none. */
export function correctedFields(args: Record<string, unknown>): string[] {
  const update = (args.update ?? {}) as Record<string, unknown>;
  return Object.keys(update).filter((field) => heldFieldNames.has(field));
}

/**
 * The same field resolution with the updated offers' ids selected: in each `offers` selection the client made, or
 * else in one of our own (GraphQL leaves out of the response what the client did not ask for). @neo4j/graphql
 * answers one selection per relationship of a mutation response, so the client's own is widened.
 */
export function withUpdatedIds(info: GraphQLResolveInfo): { info: GraphQLResolveInfo; keys: string[] } {
  const [node, ...rest] = info.fieldNodes;
  const keys: string[] = [];
  const selections = (node!.selectionSet?.selections ?? []).map((selection): SelectionNode => {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'offers') return selection;
    keys.push(selection.alias?.value ?? 'offers');
    return {
      ...selection,
      selectionSet: { kind: Kind.SELECTION_SET, selections: [...(selection.selectionSet?.selections ?? []), idField] },
    };
  });
  if (keys.length === 0) {
    keys.push('offers');
    selections.push({
      kind: Kind.FIELD,
      name: name('offers'),
      selectionSet: { kind: Kind.SELECTION_SET, selections: [idField] },
    });
  }
  const widened: FieldNode = { ...node!, selectionSet: { kind: Kind.SELECTION_SET, selections } };
  return { info: { ...info, fieldNodes: [widened, ...rest] }, keys };
}

export async function holdCorrectedFields(
  tx: Transaction | ManagedTransaction,
  result: unknown,
  keys: string[],
  fields: string[],
): Promise<void> {
  const response = (result ?? {}) as Record<string, { id?: string }[] | undefined>;
  const ids = [
    ...new Set(
      keys.flatMap((key) =>
        (response[key] ?? []).map((offer) => offer.id).filter((id): id is string => typeof id === 'string'),
      ),
    ),
  ];
  if (ids.length === 0 || fields.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id MATCH (o:Offer {id: id}) WHERE o.source IS NOT NULL
     SET o.heldFields = reduce(held = coalesce(o.heldFields, []), f IN $fields | CASE WHEN f IN held THEN held ELSE held + f END)`,
    { ids, fields },
  );
}

// The fields a resolver's result is asked for, fragments resolved: what a hand-written query projects, so that it
// reads no more than the request shows.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields selected under `selectionSet` (named and inline fragments followed), by field name. */
export function collectSelectedFields(
  selectionSet: SelectionSetNode | undefined,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  into: Map<string, FieldNode[]> = new Map(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__typename') continue;
      const nodes = into.get(name);
      if (nodes) nodes.push(selection);
      else into.set(name, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectSelectedFields(selection.selectionSet, info, into);
    } else {
      collectSelectedFields(info.fragments[selection.name.value]?.selectionSet, info, into);
    }
  }
  return into;
}

/** The fields selected under every node of one field (a field may be asked for twice, e.g. in two fragments). */
export function collectSubFields(
  nodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
): Map<string, FieldNode[]> {
  const into = new Map<string, FieldNode[]>();
  for (const node of nodes) collectSelectedFields(node.selectionSet, info, into);
  return into;
}

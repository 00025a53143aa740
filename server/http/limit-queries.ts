// Refuses queries that ask for too much before anything runs: deeper than maxDepth, or more complex than
// maxComplexity by @neo4j/graphql's estimate (its field extensions: a list field costs its selection times the
// limit or first asked for) with graphql-query-complexity. Introspection fields do not count, so GraphiQL works.
import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Limits } from '../config.js';
import { ErrorCode, LimitError } from '../errors.js';

/** How deep the operation's selections go (a field with sub-selections adds one level; fragments are followed). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  const depthOf = (selectionSet: SelectionSetNode | undefined, visited: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visited));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visited));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment that spreads itself is a validation error GraphQL reports; do not loop on it here.
        if (fragment && !visited.has(name))
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visited, name])));
      }
    }
    return deepest;
  };
  return operation ? depthOf(operation.selectionSet, new Set()) : 0;
}

const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/** The complexity estimate of an operation with its variables. */
export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators,
  });
}

export function limitQueries(limits: Pick<Limits, 'maxDepth' | 'maxComplexity'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          const depth = queryDepth(document, operationName);
          if (depth > limits.maxDepth) {
            throw new LimitError(
              ErrorCode.QUERY_TOO_DEEP,
              `The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed (GRAPHQL_MAX_DEPTH)`,
              {
                limit: limits.maxDepth,
                value: depth,
              },
            );
          }
          let complexity: number;
          try {
            complexity = queryComplexity(schema, document, request.variables, operationName);
          } catch {
            // Variables that do not fit their types: GraphQL refuses them next, with its own message naming the value.
            return;
          }
          if (complexity > limits.maxComplexity) {
            throw new LimitError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The query's complexity is ${complexity}; at most ${limits.maxComplexity} is allowed (GRAPHQL_MAX_COMPLEXITY). Ask for fewer items per list (limit, first) or fewer nested lists.`,
              { limit: limits.maxComplexity, value: complexity },
            );
          }
        },
      };
    },
  };
}

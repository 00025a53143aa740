// Refuses queries that ask for too much before anything runs: deeper than maxDepth, more fields (aliases) at the
// top level than maxRootFields, more fields than maxFields once fragments are expanded, or costlier than
// maxComplexity by the project's cost model (server/http/field-costs.ts: list sizes times their selections, the
// analyses by their weights). The figures come from one walk over the document that measures each fragment once
// (server/http/measure-operation.ts), so that a small query of nested fragment spreads is refused at once instead
// of being expanded. Introspection fields add no depth or cost, so GraphiQL works. The figures are remembered per
// parsed document and the variables they depend on (server/http/measure-cache.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Limits } from '../config.js';
import { ErrorCode, LimitError } from '../errors.js';
import { createCostModel } from './field-costs.js';
import { MeasureCache } from './measure-cache.js';
import { measureOperation, type CostModel, type OperationSize } from './measure-operation.js';

export type QueryLimits = Pick<Limits, 'maxDepth' | 'maxComplexity' | 'maxRootFields' | 'maxFields'>;

let projectModel: CostModel | undefined;

/** The figures of an operation by the project's cost model; remembered per document when a cache is given. */
export function measureQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string | null,
  cache?: MeasureCache,
): OperationSize | undefined {
  const model = (projectModel ??= createCostModel());
  const measure = (onVariableRead?: (name: string) => void) =>
    measureOperation(schema, document, model, { variables, operationName, onVariableRead });
  return cache ? cache.sizeOf(schema, document, variables, operationName, measure) : measure();
}

/** The first limit the operation goes over, as the error the client gets; undefined when it keeps to all. */
export function checkQueryLimits(size: OperationSize, limits: QueryLimits): LimitError | undefined {
  const over = (
    code: ErrorCode.QUERY_TOO_DEEP | ErrorCode.QUERY_TOO_COMPLEX,
    limit: number,
    value: number,
    message: string,
  ) => new LimitError(code, message, { limit, value });
  if (size.depth > limits.maxDepth)
    return over(
      ErrorCode.QUERY_TOO_DEEP,
      limits.maxDepth,
      size.depth,
      `The query is ${size.depth} levels deep; at most ${limits.maxDepth} are allowed (GRAPHQL_MAX_DEPTH)`,
    );
  if (size.rootFields > limits.maxRootFields)
    return over(
      ErrorCode.QUERY_TOO_COMPLEX,
      limits.maxRootFields,
      size.rootFields,
      `The query asks for ${size.rootFields} fields at its top level (each alias counts); at most ${limits.maxRootFields} are allowed (GRAPHQL_MAX_ROOT_FIELDS). Send fewer at a time.`,
    );
  if (size.fields > limits.maxFields)
    return over(
      ErrorCode.QUERY_TOO_COMPLEX,
      limits.maxFields,
      size.fields,
      `The query selects ${size.fields} fields once its fragments are expanded; at most ${limits.maxFields} are allowed (GRAPHQL_MAX_FIELDS)`,
    );
  if (size.cost > limits.maxComplexity)
    return over(
      ErrorCode.QUERY_TOO_COMPLEX,
      limits.maxComplexity,
      size.cost,
      `The query's complexity is ${size.cost}; at most ${limits.maxComplexity} is allowed (GRAPHQL_MAX_COMPLEXITY). Ask for fewer items per list (limit, first), fewer nested lists or fewer analyses at a time.`,
    );
  return undefined;
}

export function limitQueries(limits: QueryLimits, cache = new MeasureCache()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          const size = measureQuery(schema, document, request.variables, operationName, cache);
          const refusal = size && checkQueryLimits(size, limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

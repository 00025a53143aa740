// @neo4j/graphql refuses what the schema's rules forbid with its own errors: "Unauthenticated" both for a missing
// identity and for a role the rule does not name, "Forbidden" for a failed row rule. The viewer tells which of
// UNAUTHENTICATED and FORBIDDEN the client gets, with the operation named. Also refuses internal fields the
// directives cannot guard (find-internal-fields.ts) to anyone but coordinator and analyst.
import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { staff } from '../auth/roles.js';
import { AppError, ForbiddenError, quote, UnauthenticatedError } from '../errors.js';
import { findInternalField } from './find-internal-fields.js';

const libraryAuthMessages = new Set(['Unauthenticated', 'Forbidden']);

/** The library's classes are not exported; its base class keeps GraphQLError's name, so the message tells. */
function isLibraryAuthError(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  if (name === 'Neo4jGraphQLForbiddenError' || name === 'Neo4jGraphQLAuthenticationError') return true;
  return error instanceof GraphQLError && !(error instanceof AppError) && libraryAuthMessages.has(error.message);
}

export function toAccessError(viewer: Viewer | undefined, operation: string, detail = ''): Error {
  const role = viewer?.role ?? 'anonymous';
  if (role === 'anonymous') {
    return new UnauthenticatedError(
      `${operation} reaches data that needs a login: send a token (Authorization: Bearer ...) or an API key (x-api-key)${detail}`,
      { operation },
    );
  }
  const partnerNote =
    role === 'partner' ? ' (a partner reads the public directory and writes only offers of its own Actor)' : '';
  return new ForbiddenError(
    `${operation}: the role "${role}" may not read or change all that this asks for${partnerNote}${detail}`,
    { operation, role },
  );
}

/** Wraps every Query and Mutation field in place; the library's auth errors become ours. */
export function guardAccess(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const original = field.resolve as GraphQLFieldResolver<unknown, { viewer?: Viewer }> | undefined;
      if (!original) continue;
      field.resolve = async (source, args, context, info) => {
        if (!staff.includes(context.viewer?.role ?? 'anonymous')) {
          const internal = findInternalField(info);
          if (internal) throw toAccessError(context.viewer, info.fieldName, `: ${quote(internal)} is internal`);
        }
        try {
          return await original(source, args, context, info);
        } catch (error) {
          if (isLibraryAuthError(error)) throw toAccessError(context.viewer, info.fieldName);
          throw error;
        }
      };
    }
  }
  return schema;
}

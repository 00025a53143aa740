// @neo4j/graphql refuses what the schema's rules forbid with its own errors: "Unauthenticated" both for a missing
// identity and for a role the rule does not name, "Forbidden" for a failed row rule. The viewer tells which of
// UNAUTHENTICATED and FORBIDDEN the client gets, with the operation named. Before that, it refuses a request that
// selects, filters, sorts or aggregates by data the role may not read (server/auth/find-restricted-path.ts): the
// library guards only what it returns, so a filter on a hidden relationship would answer yes or no about it.
import { GraphQLError, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { findRestrictedPath } from '../auth/find-restricted-path.js';
import type { ReadRestrictions } from '../auth/read-restrictions.js';
import { AppError, ForbiddenError, quote, UnauthenticatedError } from '../errors.js';

const libraryAuthMessages = new Set(['Unauthenticated', 'Forbidden']);

/** The library's classes are not exported; its base class keeps GraphQLError's name, so the message tells. */
function isLibraryAuthError(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  if (name === 'Neo4jGraphQLForbiddenError' || name === 'Neo4jGraphQLAuthenticationError') return true;
  return error instanceof GraphQLError && !(error instanceof AppError) && libraryAuthMessages.has(error.message);
}

/** `restricted` names what the request reaches that the role may not read, e.g. "Municipality.needs". */
export function toAccessError(viewer: Viewer | undefined, operation: string, restricted?: string): Error {
  const role = viewer?.role ?? 'anonymous';
  const detail = restricted ? `; it reaches ${quote(restricted)} (to read, filter, sort or aggregate by)` : '';
  const where = restricted ? { restricted } : {};
  if (role === 'anonymous') {
    return new UnauthenticatedError(
      `${operation} reaches data that needs a login: send a token (Authorization: Bearer ...) or an API key (x-api-key)${detail}`,
      { operation, ...where },
    );
  }
  const partnerNote =
    role === 'partner' ? ' (a partner reads the public directory and writes only offers of its own Actor)' : '';
  return new ForbiddenError(
    `${operation}: the role "${role}" may not read or change all that this asks for${partnerNote}${detail}`,
    { operation, role, ...where },
  );
}

/** Wraps every Query and Mutation field in place; the library's auth errors become ours. */
export function guardAccess(schema: GraphQLSchema, restrictions: ReadRestrictions): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const original = field.resolve as GraphQLFieldResolver<unknown, { viewer?: Viewer }> | undefined;
      if (!original) continue;
      field.resolve = async (
        source: unknown,
        args: unknown,
        context: { viewer?: Viewer },
        info: GraphQLResolveInfo,
      ) => {
        const restricted = findRestrictedPath(info, restrictions, restrictions.of(context.viewer?.role ?? 'anonymous'));
        if (restricted) throw toAccessError(context.viewer, info.fieldName, restricted);
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

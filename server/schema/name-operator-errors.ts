// An update operator that fails inside the database (`add` on a field without a value, a result too large for the
// field, `divide: 0`) is reported by @neo4j/graphql and Neo4j without the field's name. The mutation's arguments
// have it: wrapped here, in place, so that the BAD_USER_INPUT of server/errors.ts names the field where it was.
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { AppError, BadUserInputError, fromLibraryMessage } from '../errors.js';

/** Where in the arguments an operator is used, e.g. "update.capacity" for `update: { capacity: { add: 5 } }`. */
export function findOperatorUses(args: unknown, operator: string, value: unknown, path = ''): string[] {
  if (Array.isArray(args))
    return args.flatMap((item, index) => findOperatorUses(item, operator, value, `${path}[${index}]`));
  if (typeof args !== 'object' || args === null) return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(args)) {
    const here = path ? `${path}.${key}` : key;
    const operand =
      typeof inner === 'object' && inner !== null && !Array.isArray(inner) && operator in inner
        ? (inner as Record<string, unknown>)[operator]
        : undefined;
    if (operand !== undefined && (value === undefined || Number(operand) === Number(value))) found.push(here);
    else found.push(...findOperatorUses(inner, operator, value, here));
  }
  return found;
}

function nameTheField(error: unknown, args: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const mapped = fromLibraryMessage(error.message);
  const operator = mapped?.extensions.operator;
  if (!mapped || typeof operator !== 'string') return error;
  const [where] = findOperatorUses(args, operator, mapped.extensions.value);
  if (!where) return mapped;
  const field = where.split('.').at(-1)!;
  return new BadUserInputError(`${field} (at ${where}): ${mapped.message}`, { ...mapped.extensions, field, at: where });
}

/** Wraps every Mutation field in place. */
export function nameOperatorErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const original = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
    if (!original) continue;
    field.resolve = async (source, args, context, info) => {
      try {
        return await original(source, args, context, info);
      } catch (error) {
        throw nameTheField(error, args);
      }
    };
  }
  return schema;
}

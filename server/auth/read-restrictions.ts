// What each role may not read, derived from the SDL's own access rules (schema/*.graphql) rather than a list kept
// by hand, so that a new staff-only type or field is covered the day it is written:
// - @authentication on a type or field whose operations include READ or AGGREGATE (or that names none);
// - @authorization filter or validate rules on READ or AGGREGATE;
// - @readableBy(roles) on fields the library's directives cannot take (relationship properties).
// A rule is evaluated against the claims the role's requests carry (roles: [role]); a part the role alone cannot
// decide (a node condition, "$jwt.actorId") counts as not met, so an unclear rule restricts rather than leaks.
import { Kind, parse, valueFromASTUntyped, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import type { Role } from './viewer.js';
import { everyone } from './roles.js';

export interface Restricted {
  types: ReadonlySet<string>; // node and relationship-properties types the role may not read at all, e.g. "Need"
  fields: ReadonlySet<string>; // fields of otherwise readable types, e.g. "Cooperation.note"
}

export interface ReadRestrictions {
  /** Types with @node or @relationshipProperties: the ones filters, sorts and aggregates are generated for. */
  entities: ReadonlySet<string>;
  of(role: Role): Restricted;
}

type Claims = { roles: string[] } | undefined; // undefined: no identity (anonymous)
type Truth = boolean | undefined; // undefined: the claims alone cannot decide

const readOperations = new Set(['READ', 'AGGREGATE']);

function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
}

function coversRead(operations: unknown): boolean {
  return !Array.isArray(operations) || operations.some((operation) => readOperations.has(String(operation)));
}

function all(values: Truth[]): Truth {
  return values.includes(false) ? false : values.every((value) => value === true) ? true : undefined;
}

function any(values: Truth[]): Truth {
  return values.includes(true) ? true : values.every((value) => value === false) ? false : undefined;
}

/** A JWT predicate of the library (e.g. { OR: [{ roles: { includes: "coordinator" } }] }) against the claims. */
function matchJwt(predicate: unknown, claims: NonNullable<Claims>): Truth {
  if (typeof predicate !== 'object' || predicate === null) return undefined;
  return all(
    Object.entries(predicate as Record<string, unknown>).map(([key, value]): Truth => {
      if (key === 'AND') return Array.isArray(value) ? all(value.map((part) => matchJwt(part, claims))) : undefined;
      if (key === 'OR') return Array.isArray(value) ? any(value.map((part) => matchJwt(part, claims))) : undefined;
      if (key === 'NOT') {
        const inner = matchJwt(value, claims);
        return inner === undefined ? undefined : !inner;
      }
      const claim: unknown = (claims as Record<string, unknown>)[key];
      if (claim === undefined || typeof value !== 'object' || value === null) return undefined;
      return all(
        Object.entries(value as Record<string, unknown>).map(([operator, operand]): Truth => {
          if (typeof operand === 'string' && operand.startsWith('$')) return undefined;
          if (operator === 'includes') return Array.isArray(claim) && claim.includes(operand);
          if (operator === 'eq') return claim === operand;
          if (operator === 'in') return Array.isArray(operand) && operand.includes(claim);
          return undefined;
        }),
      );
    }),
  );
}

/** An @authorization rule's where ({ jwt, node, AND, OR, NOT }); a node condition is not the role's to decide. */
function matchRule(where: unknown, claims: NonNullable<Claims>): Truth {
  if (typeof where !== 'object' || where === null) return undefined;
  return all(
    Object.entries(where).map(([key, value]): Truth => {
      if (key === 'jwt') return matchJwt(value, claims);
      if (key === 'AND') return Array.isArray(value) ? all(value.map((part) => matchRule(part, claims))) : undefined;
      if (key === 'OR') return Array.isArray(value) ? any(value.map((part) => matchRule(part, claims))) : undefined;
      if (key === 'NOT') {
        const inner = matchRule(value, claims);
        return inner === undefined ? undefined : !inner;
      }
      return undefined;
    }),
  );
}

/** Whether the directives of a type or field let a role with these claims read it. */
function mayRead(directives: readonly ConstDirectiveNode[], claims: Claims): boolean {
  for (const directive of directives) {
    const args = argumentsOf(directive);
    if (directive.name.value === 'authentication' && coversRead(args.operations)) {
      if (!claims) return false;
      if (args.jwt !== undefined && matchJwt(args.jwt, claims) !== true) return false;
    }
    if (directive.name.value === 'authorization') {
      // The rules of @authorization, shaped as the library validated them when it built the schema.
      const applies = (rules: unknown) =>
        (Array.isArray(rules) ? (rules as { operations?: unknown; where?: unknown }[]) : []).filter((rule) =>
          coversRead(rule.operations),
        );
      const filters = applies(args.filter);
      const validates = applies(args.validate);
      if ((filters.length > 0 || validates.length > 0) && !claims) return false;
      // Filter rules hide what none of them allows; validate rules refuse unless every one holds.
      if (filters.length > 0 && !filters.some((rule) => matchRule(rule.where, claims!) === true)) return false;
      if (validates.some((rule) => matchRule(rule.where, claims!) !== true)) return false;
    }
    if (directive.name.value === 'readableBy') {
      const roles = Array.isArray(args.roles) ? args.roles : [];
      if (!claims || !claims.roles.some((role) => roles.includes(role))) return false;
    }
  }
  return true;
}

function claimsOf(role: Role): Claims {
  return role === 'anonymous' ? undefined : { roles: [role] };
}

/** The read restrictions of every role, from the SDL (a document or its text). */
export function findReadRestrictions(typeDefs: string | DocumentNode): ReadRestrictions {
  const document = typeof typeDefs === 'string' ? parse(typeDefs) : typeDefs;
  const definitions = document.definitions.filter(
    (definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION,
  );
  const entities = new Set<string>();
  for (const definition of definitions) {
    if (definition.directives?.some((d) => d.name.value === 'node' || d.name.value === 'relationshipProperties'))
      entities.add(definition.name.value);
  }
  const byRole = new Map<Role, Restricted>();
  for (const role of everyone) {
    const claims = claimsOf(role);
    const types = new Set<string>();
    const fields = new Set<string>();
    // A type's directives may be spread over its definition and extensions: all of them apply.
    for (const definition of definitions) {
      if (!mayRead(definition.directives ?? [], claims)) types.add(definition.name.value);
      for (const field of definition.fields ?? []) {
        if (!mayRead(field.directives ?? [], claims)) fields.add(`${definition.name.value}.${field.name.value}`);
      }
    }
    byRole.set(role, { types, fields });
  }
  return { entities, of: (role) => byRole.get(role) ?? byRole.get('anonymous')! };
}

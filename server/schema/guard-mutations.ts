// Every generated mutation runs in its own transaction, wrapped so that bad input is refused before the
// write (field rules, unknown references, duplicate keys) and broken graph rules roll the write back, and so that
// the change history of the write is recorded and the data version advanced in the same transaction
// (server/changes/, server/database/data-version.ts).
// Nothing is half-written: a mutation field either commits whole or not at all.
import { type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { checkMutationAccess } from '../auth/check-mutation-access.js';
import type { RequestSessions } from '../http/gate-sessions.js';
import { anonymousViewer, type Viewer } from '../auth/viewer.js';
import { recordChanges } from '../changes/record-changes.js';
import { advanceDataVersion } from '../database/data-version.js';
import { entityOfMutation, trackMutation } from '../changes/track-mutation.js';
import { correctedFields, holdCorrectedFields, withUpdatedIds } from '../partner/hold-corrected-fields.js';
import { BadUserInputError, ForbiddenError, quote, tooExpensiveOf } from '../errors.js';
import { checkArithmetic, mathErrorOf } from '../validation/check-arithmetic.js';
import { checkExpectedVersion } from '../validation/check-expected-version.js';
import { expectedVersionArgument } from './add-version-arguments.js';
import { uniqueKeys } from '../validation/field-rules.js';
import { checkGraphInvariants } from '../validation/graph-invariants.js';
import {
  inspectMutationInput,
  type KeyReference,
  type MutationInputFacts,
} from '../validation/inspect-mutation-input.js';

export interface GuardOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

const allLabels = new Set(Object.keys(uniqueKeys));

function groupByEntityKey(references: KeyReference[]): Map<string, KeyReference[]> {
  const groups = new Map<string, KeyReference[]>();
  for (const reference of references) {
    const id = `${reference.entity}.${reference.key}`;
    groups.set(id, [...(groups.get(id) ?? []), reference]);
  }
  return groups;
}

async function existingValues(
  tx: ManagedTransaction,
  entity: string,
  key: string,
  values: unknown[],
): Promise<Set<unknown>> {
  // Labels and keys come from our own tables (field-rules.ts), never from the request.
  const result = await tx.run(
    `UNWIND $values AS value MATCH (n:\`${entity}\` {\`${key}\`: value}) RETURN DISTINCT value`,
    { values },
  );
  return new Set(result.records.map((record): unknown => record.get('value')));
}

async function checkKeyReferences(tx: ManagedTransaction, facts: MutationInputFacts): Promise<void> {
  for (const [, references] of groupByEntityKey(facts.connects)) {
    const { entity, key } = references[0]!;
    const found = await existingValues(
      tx,
      entity,
      key,
      references.map((reference) => reference.value),
    );
    const missing = references.find((reference) => !found.has(reference.value));
    if (missing) {
      throw new BadUserInputError(
        `There is no ${entity} with ${key} ${quote(missing.value)} (at ${missing.path}); nothing was written`,
        {
          reason: 'UNKNOWN_REFERENCE',
          entity,
          value: missing.value,
          path: missing.path,
        },
      );
    }
  }
  for (const [, references] of groupByEntityKey(facts.creates)) {
    const { entity, key } = references[0]!;
    const seen = new Set<unknown>();
    for (const reference of references) {
      if (seen.has(reference.value)) {
        throw new BadUserInputError(
          `${entity} ${key} ${quote(reference.value)} occurs twice in the input (at ${reference.path}); nothing was written`,
          {
            reason: 'DUPLICATE_KEY',
            entity,
            value: reference.value,
            path: reference.path,
          },
        );
      }
      seen.add(reference.value);
    }
    const found = await existingValues(tx, entity, key, [...seen]);
    const duplicate = references.find((reference) => found.has(reference.value));
    if (duplicate) {
      throw new BadUserInputError(
        `A ${entity} with ${key} ${quote(duplicate.value)} already exists (at ${duplicate.path}); nothing was written`,
        {
          reason: 'DUPLICATE_KEY',
          entity,
          value: duplicate.value,
          path: duplicate.path,
        },
      );
    }
  }
}

/**
 * A partner updates, deletes, links and unlinks only offers whose provider is its own Actor: refused here, with
 * FORBIDDEN naming the offers, before the write and so before the graph rules (one provider per offer) would refuse it
 * as bad input. The schema's @authorization rules check the same row by row; this check sees the whole selection.
 */
async function refuseForeignOffers(tx: ManagedTransaction, viewer: Viewer, mutation: string, ids: string[]) {
  if (ids.length === 0) return;
  const result = await tx.run<{ id: string; providers: string[] }>(
    `UNWIND $ids AS id MATCH (o:Offer {id: id})
     WHERE NOT EXISTS { (o)<-[:PROVIDES]-(:Actor {id: $actorId}) } OR EXISTS { (o)<-[:PROVIDES]-(a:Actor) WHERE a.id <> $actorId }
     RETURN o.id AS id, [(o)<-[:PROVIDES]-(a:Actor) | a.id] AS providers ORDER BY id LIMIT 5`,
    { ids, actorId: viewer.actorId ?? null },
  );
  if (result.records.length === 0) return;
  const named = result.records.map(
    (record) => `${quote(record.get('id'))} (provider ${quote(record.get('providers').join(', '))})`,
  );
  throw new ForbiddenError(
    `${mutation}: a partner changes only offers of its own Actor ${quote(viewer.actorId)}; refused, nothing was written: ${named.join(', ')}`,
    {
      reason: 'FOREIGN_OFFER',
      actorId: viewer.actorId ?? null,
      offerIds: result.records.map((record) => record.get('id')),
    },
  );
}

function connectedKeysOf(facts: MutationInputFacts): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const reference of facts.connects)
    keys.set(reference.entity, (keys.get(reference.entity) ?? new Set()).add(String(reference.value)));
  return keys;
}

/** Wraps the resolvers of the schema's Mutation type in place and returns the schema. */
export function guardMutations(schema: GraphQLSchema, options: GuardOptions): GraphQLSchema {
  const mutationType = schema.getMutationType();
  if (!mutationType) return schema;
  for (const field of Object.values(mutationType.getFields())) {
    // The generated mutations; custom ones (e.g. setCourseTypeSettings) keep their own checks and transactions.
    if (!/^(create|update|delete)[A-Z]/.test(field.name)) continue;
    const resolver = field.resolve as
      GraphQLFieldResolver<unknown, Record<string, unknown> & { viewer?: Viewer }> | undefined;
    if (!resolver) continue;
    const original = resolver;
    // Every generated mutation has its list query (createOffers -> offers); one without would go unguarded.
    if (!entityOfMutation(schema, field.name))
      throw new Error(`${field.name} has no query field listing its entities; it cannot be guarded`);
    const isDelete = field.name.startsWith('delete');
    type Context = Record<string, unknown> & { viewer?: Viewer };
    field.resolve = async (
      source: unknown,
      args: Record<string, unknown>,
      context: Context,
      info: GraphQLResolveInfo,
    ) => {
      checkMutationAccess(context.viewer, field.name, args);
      // The library builds its Cypher from its own arguments; the version is ours.
      const { [expectedVersionArgument]: _expected, ...libraryArgs } = args;
      const facts = inspectMutationInput(field.args, args);
      const viewer = context.viewer ?? anonymousViewer;
      // The request's driver when there is one, so that the session counts against its cap (gate-sessions.ts).
      const driver = (context.sessions as RequestSessions | undefined)?.driver ?? options.driver;
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        // executeWrite retries the whole unit on transient errors (deadlocks, a leader switch, a lost connection).
        return await session.executeWrite(async (tx) => {
          try {
            return await write(tx);
          } catch (error) {
            // Neo4j's memory guard reports a transient error; retrying the same write cannot help.
            throw tooExpensiveOf(error) ?? error;
          }
        });
      } finally {
        await session.close();
      }

      async function write(tx: ManagedTransaction): Promise<unknown> {
        const txContext = { ...context, executionContext: tx };
        await checkKeyReferences(tx, facts);
        // The coordinator's corrections of partner offers are held against the partners' next pushes.
        const held = field.name === 'updateOffers' && viewer.role === 'coordinator' ? correctedFields(args) : [];
        const widened = held.length > 0 ? withUpdatedIds(info) : undefined;
        const tracking = await trackMutation(
          tx,
          schema,
          field.name,
          args,
          txContext,
          widened?.info ?? info,
          connectedKeysOf(facts),
        );
        // A save against a version newer than the form's is refused before anything is written (optimistic locking).
        const expected = args[expectedVersionArgument];
        if (typeof expected === 'string')
          await checkExpectedVersion(
            tx,
            entityOfMutation(schema, field.name)!.label,
            uniqueKeys[entityOfMutation(schema, field.name)!.label]![0]!,
            tracking.roots,
            expected,
            field.name,
          );
        if (viewer.role === 'partner' && !field.name.startsWith('create'))
          await refuseForeignOffers(tx, viewer, field.name, tracking.roots);
        // Update operators (add, subtract, ...) against the stored values of the selected entities, before the write.
        checkArithmetic(facts.arithmetic, tracking.before);
        const result: unknown = await Promise.resolve(original(source, libraryArgs, txContext, tracking.info)).catch(
          (error: unknown) => {
            throw mathErrorOf(error, facts.arithmetic) ?? error;
          },
        );
        if (widened) await holdCorrectedFields(tx, result, widened.keys, held);
        const { changes, scope } = await tracking.finish(result);
        // Without a scope (relationship operations nested two levels deep) every node of the labels is checked.
        if (scope) await checkGraphInvariants(tx, new Set(scope.keys()), scope);
        else await checkGraphInvariants(tx, isDelete ? allLabels : facts.touched);
        await recordChanges(tx, viewer, changes, field.name);
        // Every generated mutation advances the data version, whatever it changed: cached analyses of the data
        // before it are never served again (server/cache/).
        await advanceDataVersion(tx);
        return result;
      }
    };
  }
  return schema;
}

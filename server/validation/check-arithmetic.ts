// The update operators that compute a value from the stored one (capacity: { add: 5 }), checked against the stored
// values inside the mutation's transaction before the write: an empty (null) value to compute from, a result a
// GraphQL Int cannot hold, a result the field's rule refuses. The entities are those the mutation's `where`
// selects, as the change history reads them before the write (server/changes/track-mutation.ts). Operators on
// entities nested below them are checked by @neo4j/graphql inside the write statement, before it sets anything
// (null and overflow); mathErrorOf turns those refusals into the same kind of error.
import { BadUserInputError, quote, shownValue } from '../errors.js';
import { intRange, ruleOf } from './field-rules.js';
import type { Arithmetic } from './inspect-mutation-input.js';

/** What this check reads of an entity as stored before the write (the change history's snapshot has this shape). */
export interface StoredEntity {
  label: string;
  key: string;
  props: Record<string, unknown>;
}

function compute(operator: Arithmetic['operator'], current: number, operand: number): number {
  switch (operator) {
    case 'add':
      return current + operand;
    case 'subtract':
      return current - operand;
    case 'multiply':
      return current * operand;
    case 'divide':
      return current / operand;
  }
}

function describeEntity(snapshot: StoredEntity): string {
  const { name, title, topic, text } = snapshot.props;
  const label = [name, title, topic, text].find((value) => typeof value === 'string');
  return `${snapshot.label} "${snapshot.key}"${label ? ` (${quote(label).slice(1, -1)})` : ''}`;
}

function refuse(operation: Arithmetic, problem: string, snapshot: StoredEntity, current: unknown): never {
  const { entity, field, operator, operand, path } = operation;
  throw new BadUserInputError(
    `${entity}.${field} of ${describeEntity(snapshot)} ${problem}: ${operator} ${quote(operand)} at ${path}; nothing was written`,
    {
      reason: 'UPDATE_OPERATOR',
      field: `${entity}.${field}`,
      value: shownValue(operand),
      stored: current ?? null,
      entity: snapshot.key,
      path,
    },
  );
}

/** Throws BadUserInputError for the first operator that cannot apply to a selected entity's stored value. */
export function checkArithmetic(arithmetic: readonly Arithmetic[], before: ReadonlyMap<string, StoredEntity>): void {
  for (const operation of arithmetic) {
    if (!operation.root) continue;
    for (const snapshot of before.values()) {
      if (snapshot.label !== operation.entity) continue;
      const current = snapshot.props[operation.field];
      if (typeof current !== 'number')
        refuse(
          operation,
          'is empty (null), so there is nothing to compute from; set a value instead',
          snapshot,
          current,
        );
      const result = compute(operation.operator, current, operation.operand);
      if (operation.integer && (result > intRange.max || result < intRange.min))
        refuse(operation, `would become ${result}, more than a whole number field holds`, snapshot, current);
      if (!Number.isFinite(result)) refuse(operation, `would become ${result}`, snapshot, current);
      const problem = ruleOf(operation.entity, operation.field, 'other')?.(result);
      if (problem) refuse(operation, `would become ${result} (from ${current}), but ${problem}`, snapshot, current);
    }
  }
}

/** @neo4j/graphql's refusals of an operator inside the write statement (apoc.util.validate in MathInputField). */
const libraryMath =
  /Cannot (add|subtract|multiply|divide) .* to Nan|Overflow: Value returned from operator (add|subtract|multiply|divide)/;

/** The library's refusal of an update operator as BadUserInputError naming the operator's field, or undefined. */
export function mathErrorOf(error: unknown, arithmetic: readonly Arithmetic[]): BadUserInputError | undefined {
  const message = error instanceof Error ? error.message : '';
  const match = libraryMath.exec(message);
  if (!match) return undefined;
  const operator = match[1] ?? match[2];
  const operation = arithmetic.find((candidate) => candidate.operator === operator) ?? arithmetic[0];
  if (!operation) return undefined;
  const why = match[1]
    ? 'is empty (null) on an entity it applies to, so there is nothing to compute from; set a value instead'
    : `would become more than ${operation.integer ? intRange.max : 'a number field holds'}`;
  return new BadUserInputError(
    `${operation.entity}.${operation.field} ${why}: ${operator} ${quote(operation.operand)} at ${operation.path}; nothing was written`,
    {
      reason: 'UPDATE_OPERATOR',
      field: `${operation.entity}.${operation.field}`,
      value: shownValue(operation.operand),
      path: operation.path,
    },
  );
}

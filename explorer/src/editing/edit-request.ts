// The forms' requests: api/request-graphql.ts's, with a refusal as EditRefused, which carries every error with its
// extensions (field, path, reason, the versions of a VERSION_CONFLICT), so that the form can put each message at its
// field (field-layer.ts fieldErrorsOf).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, requestGraphQL, type ApiError } from '../api/request-graphql.js';

const noConnection = 'Keine Verbindung zum Server; nichts wurde gespeichert.';

/** A refused or failed write: the explorer's request error, with at least one error to show. */
export class EditRefused extends GraphQLRequestError {
  constructor(errors: readonly ApiError[], status?: number) {
    const first = errors[0];
    const messageDe = first?.extensions?.messageDe;
    super(
      first?.message ?? 'refused',
      first?.extensions?.code,
      status,
      typeof messageDe === 'string' ? messageDe : undefined,
      errors,
    );
    this.name = 'EditRefused';
  }
}

export async function sendEdit<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  try {
    return await requestGraphQL(document, variables);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    // No answer: said in German, as the form's general message (field-layer.ts takes extensions.messageDe).
    if (error.code === 'NETWORK_ERROR')
      throw new EditRefused([
        { message: noConnection, extensions: { code: 'NETWORK_ERROR', messageDe: noConnection } },
      ]);
    // An answer without errors (no JSON, no data) keeps its HTTP status as the message.
    const errors =
      error.errors.length > 0 ? error.errors : [{ message: `HTTP ${error.status ?? '?'}`, extensions: {} }];
    throw new EditRefused(errors, error.status);
  }
}

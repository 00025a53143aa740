// The history's requests: api/request-graphql.ts's, with a refusal as RefusedError, whose extensions (reason, field,
// current value) the panels word in German (explain-refusal.ts).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, requestGraphQL, type ApiErrorExtensions } from '../api/request-graphql';

export type Extensions = ApiErrorExtensions;

/** A refused or failed history request: the explorer's request error; `extensions` are its first error's. */
export class RefusedError extends GraphQLRequestError {
  constructor(from: GraphQLRequestError) {
    super(from.message, from.code, from.status, from.messageDe, from.errors);
    this.name = 'RefusedError';
  }
}

export async function requestHistory<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  try {
    return await requestGraphQL(document, variables);
  } catch (error) {
    throw error instanceof GraphQLRequestError ? new RefusedError(error) : error;
  }
}

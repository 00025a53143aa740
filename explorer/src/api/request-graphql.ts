// A tiny GraphQL client: POST /graphql with a typed document from graphql-codegen, with the login's session cookie
// and its CSRF token (current-viewer.ts), or a token from a #token= link (session-token.ts). The explorer mostly reads; its few writes (decisions of the providers' round) drop the one
// loaded value they change and load it again, so there is no cache to keep consistent and no need for a client
// library.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { csrfToken, fetchCurrentViewer } from './current-viewer';
import { sessionToken } from './session-token';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number, // the HTTP status, when an answer came
    readonly messageDe?: string, // the API's German message (extensions.messageDe), when it has one
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

const printed = new WeakMap<object, string>();

function toQuery(document: TypedDocumentNode<unknown, unknown>): string {
  let query = printed.get(document);
  if (!query) {
    query = print(document);
    printed.set(document, query);
  }
  return query;
}

/** The endpoint: /graphql next to the explorer's own path, so the app works behind any prefix. */
export const graphqlUrl = new URL('../graphql', new URL(import.meta.env.BASE_URL, window.location.origin)).toString();

export async function requestGraphQL<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  // The server wants the session's CSRF token with every POST that carries the cookie.
  await fetchCurrentViewer();
  const token = sessionToken();
  const csrf = csrfToken();
  // A failed network is told apart from an answer (api/explain-error.ts says it in the reader's words).
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : csrf ? { 'x-csrf-token': csrf } : {}),
    },
    body: JSON.stringify({ query: toQuery(document as TypedDocumentNode<unknown, unknown>), variables }),
    signal,
  }).catch((error: unknown) => {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
  });
  let body: {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string; messageDe?: string } }[];
  };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} without JSON`, undefined, response.status);
  }
  const first = body.errors?.[0];
  if (first)
    throw new GraphQLRequestError(first.message, first.extensions?.code, response.status, first.extensions?.messageDe);
  if (!body.data)
    throw new GraphQLRequestError(`The API answered ${response.status} without data`, undefined, response.status);
  return body.data;
}

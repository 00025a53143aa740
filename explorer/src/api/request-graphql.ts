// A tiny GraphQL client: POST /graphql with a typed document from graphql-codegen, with the login's session cookie
// and its CSRF token (current-viewer.ts), or a token from a #token= link (session-token.ts). Every request of the
// explorer goes through it, the forms' and the history's too. The explorer mostly reads; its writes drop the one
// loaded value they change and load it again, so there is no cache to keep consistent and no need for a client
// library.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { csrfToken, fetchCurrentViewer } from './current-viewer';
import { sessionToken } from './session-token';

/** One error of the API's answer as it came: its message and extensions (code, reason, field, path, versions). */
export interface ApiError {
  message: string;
  extensions?: ApiErrorExtensions;
}
export type ApiErrorExtensions = Record<string, unknown> & { code?: string; reason?: string; messageDe?: string };

/**
 * Every failed request of the explorer (one contract): the first error's message, code and German message for the
 * views' notices (api/explain-error.ts), and all errors with their extensions for the forms and the history, which
 * put each message at its field or word a refusal from its reason (editing/edit-request.ts,
 * history/request-history.ts). A failed network has the code NETWORK_ERROR; an answer without JSON or data has no
 * errors, only its status.
 */
export class GraphQLRequestError extends Error {
  readonly errors: readonly ApiError[];
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number, // the HTTP status, when an answer came
    readonly messageDe?: string, // the API's German message (extensions.messageDe), when it has one
    errors?: readonly ApiError[], // all errors of the answer (none for an answer without JSON or data); by default this one
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.errors = errors ?? [
      { message, extensions: { ...(code ? { code } : {}), ...(messageDe ? { messageDe } : {}) } },
    ];
  }

  /** The first error's extensions. */
  get extensions(): ApiErrorExtensions {
    return this.errors[0]?.extensions ?? {};
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
  let body: { data?: TResult; errors?: ApiError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(
      `The API answered ${response.status} without JSON`,
      undefined,
      response.status,
      undefined,
      [],
    );
  }
  const first = body.errors?.[0];
  if (first)
    throw new GraphQLRequestError(
      first.message,
      first.extensions?.code,
      response.status,
      first.extensions?.messageDe,
      body.errors,
    );
  if (!body.data)
    throw new GraphQLRequestError(
      `The API answered ${response.status} without data`,
      undefined,
      response.status,
      undefined,
      [],
    );
  return body.data;
}

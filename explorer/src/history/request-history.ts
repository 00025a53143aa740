// The history's requests: as api/request-graphql.ts sends them (cookie with its CSRF token, or a #token= link), but
// a refusal keeps the API's extensions (reason, field, current value), from which the panels word it in German.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { csrfToken, fetchCurrentViewer } from '../api/current-viewer';
import { graphqlUrl } from '../api/request-graphql';
import { sessionToken } from '../api/session-token';

export type Extensions = Record<string, unknown> & { code?: string; reason?: string };

export class RefusedError extends Error {
  constructor(
    message: string,
    readonly extensions: Extensions,
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}

export async function requestHistory<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  await fetchCurrentViewer();
  const token = sessionToken();
  const csrf = csrfToken();
  let response: Response;
  try {
    response = await fetch(graphqlUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch (error) {
    throw new RefusedError(error instanceof Error ? error.message : String(error), { code: 'NETWORK_ERROR' });
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: TResult;
    errors?: { message: string; extensions?: Extensions }[];
  };
  const first = body.errors?.[0];
  if (first) throw new RefusedError(first.message, first.extensions ?? {});
  if (!body.data) throw new RefusedError(`The API answered ${response.status} without data`, {});
  return body.data;
}

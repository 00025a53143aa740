// The forms' requests: as api/request-graphql.ts (the session cookie with its CSRF token, or the tab's token), but a
// refusal comes back whole, every error with its extensions (field, path, reason, the versions of a conflict), so
// that the form can put each message at its field.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { csrfToken, fetchCurrentViewer } from '../api/current-viewer.js';
import { graphqlUrl } from '../api/request-graphql.js';
import { sessionToken } from '../api/session-token.js';
import type { ApiError } from './field-layer.js';

export class EditRefused extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors[0]?.message ?? 'refused');
    this.name = 'EditRefused';
  }
}

export async function sendEdit<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
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
  } catch {
    throw new EditRefused([
      { message: 'Keine Verbindung zum Server; nichts wurde gespeichert.', extensions: { code: 'NETWORK_ERROR' } },
    ]);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: ApiError[] };
  if (body.errors?.length) throw new EditRefused(body.errors);
  if (!body.data) throw new EditRefused([{ message: `HTTP ${response.status}`, extensions: {} }]);
  return body.data;
}

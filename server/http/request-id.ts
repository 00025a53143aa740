// Every request gets an id, sent back in x-request-id and carried through everything the request runs (an
// AsyncLocalStorage), so that a masked error's log line and the answer the client got can be matched up.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const store = new AsyncLocalStorage<string>();

/** The id of the request this code runs for; undefined outside a request (scripts, jobs). */
export function currentRequestId(): string | undefined {
  return store.getStore();
}

export function assignRequestId(): RequestHandler {
  return (req, res, next) => {
    // A proxy's id is kept when it looks like one, so that its logs and ours agree; anything else is replaced.
    const given = req.get('x-request-id');
    const id = given && /^[\w.:-]{8,128}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    res.locals.requestId = id;
    store.run(id, next);
  };
}

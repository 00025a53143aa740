// A login begun at the county's identity provider, kept on the server until the provider sends the person back:
// the state, the nonce and the PKCE verifier never leave the server. The browser holds only a random id in a
// short-lived cookie (server/http/oidc-routes.ts); Neo4j keeps its SHA-256. So the answer of the provider counts
// only in the browser that began the login (no one can finish a login begun elsewhere, e.g. to log a victim in as
// the attacker), only once (the attempt is deleted when it is read) and only for attemptSeconds.
import { createHash, randomBytes } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { AccountStore } from './accounts.js';

/** How long the person may take at the provider's login page. */
export const attemptSeconds = 600;

export interface OidcAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string; // the explorer's view to come back to
}

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');
const idPattern = /^[A-Za-z0-9_-]{43}$/;

/** Keeps the attempt; returns the id for the browser's cookie. Attempts older than attemptSeconds go at once. */
export async function saveOidcAttempt(store: AccountStore, attempt: OidcAttempt): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const now = Date.now();
  await store.driver.executeQuery(
    `CALL () { MATCH (old:OidcLoginAttempt) WHERE old.createdAtMs < $expired DETACH DELETE old }
     CREATE (:OidcLoginAttempt {hash: $hash, state: $state, nonce: $nonce, codeVerifier: $codeVerifier, next: $next,
       createdAtMs: $now})`,
    { ...attempt, hash: hashOf(id), now: neo4j.int(now), expired: neo4j.int(now - attemptSeconds * 1000) },
    { database: store.database },
  );
  return id;
}

/** The attempt of the browser's cookie, taken out (a second use finds nothing); undefined if unknown or too old. */
export async function takeOidcAttempt(store: AccountStore, id: string | undefined): Promise<OidcAttempt | undefined> {
  if (!id || !idPattern.test(id)) return undefined;
  const { records } = await store.driver.executeQuery(
    `MATCH (a:OidcLoginAttempt {hash: $hash})
     WITH a, a {.state, .nonce, .codeVerifier, .next, .createdAtMs} AS attempt
     DETACH DELETE a
     RETURN attempt`,
    { hash: hashOf(id) },
    { database: store.database },
  );
  const attempt = records[0]?.get('attempt') as (OidcAttempt & { createdAtMs: unknown }) | undefined;
  if (!attempt) return undefined;
  const createdAt = neo4j.integer.toNumber(attempt.createdAtMs as number);
  if (Date.now() - createdAt > attemptSeconds * 1000) return undefined;
  return { state: attempt.state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier, next: attempt.next };
}

// Server-side sessions of people who logged in: the cookie carries 256 random bits, Neo4j keeps only their SHA-256
// (a stolen database does not give working cookies), the account, when the session began and when it was last used,
// and its CSRF token (server/http/check-csrf.ts). A session ends when it has been idle for sessionIdleSeconds, when
// it is sessionMaxSeconds old, at logout, and when its account is disabled or gets a new password. The account is
// read at every request, so that a changed role or a disabled account counts at once.
import { createHash, randomBytes } from 'node:crypto';
import neo4j, { type Integer } from 'neo4j-driver';
import type { AccountSettings } from '../config.js';
import { UnauthenticatedError } from '../errors.js';
import { viewerOfAccount, type AccountStore } from './accounts.js';
import { isGrantableRole } from './roles.js';
import type { Viewer } from './viewer.js';

export type SessionTimes = Pick<AccountSettings, 'sessionIdleSeconds' | 'sessionMaxSeconds'>;

export interface NewSession {
  id: string; // the cookie's value; never stored
  csrfToken: string;
}

export interface ResolvedSession {
  viewer: Viewer;
  csrfToken: string;
  expiresAt: Date; // the sooner of the idle and the absolute end, as of this request
}

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');
const idPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * Begins a session. idToken: the ID token of a login through the identity provider, kept with the session (and
 * deleted with it) as the id_token_hint of the logout at the provider (server/auth/oidc-login.ts).
 */
export async function createSession(
  store: AccountStore,
  accountName: string,
  extra: { idToken?: string } = {},
): Promise<NewSession> {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = neo4j.int(Date.now());
  await store.driver.executeQuery(
    `MATCH (u:UserAccount {name: $name})
     CREATE (:UserSession {hash: $hash, csrfToken: $csrfToken, createdAtMs: $now, lastSeenMs: $now,
       idToken: $idToken})-[:OF]->(u)`,
    { name: accountName, hash: hashOf(id), csrfToken, now, idToken: extra.idToken ?? null },
    { database: store.database },
  );
  return { id, csrfToken };
}

const refuse = (reason: string, message: string) => new UnauthenticatedError(message, { reason });

/**
 * The viewer of a session cookie; UNAUTHENTICATED with the reason when the session is unknown (never existed, or
 * ended by logout), expired (idle or too old: then it is deleted) or its account is disabled.
 */
export async function resolveSession(store: AccountStore, id: string, times: SessionTimes): Promise<ResolvedSession> {
  if (!idPattern.test(id)) throw refuse('SESSION_UNKNOWN', 'The session cookie is not a session of this server');
  const hash = hashOf(id);
  const { records } = await store.driver.executeQuery(
    `MATCH (s:UserSession {hash: $hash})-[:OF]->(u:UserAccount)
     OPTIONAL MATCH (u)-[:ACTS_FOR]->(actor:Actor)
     RETURN s.csrfToken AS csrfToken, s.createdAtMs AS createdAtMs, s.lastSeenMs AS lastSeenMs, u.name AS name,
            u.displayName AS displayName, u.role AS role, coalesce(u.disabled, false) AS disabled, actor.id AS actorId`,
    { hash },
    { database: store.database, routing: neo4j.routing.READ },
  );
  const found = records[0]?.toObject() as
    | {
        csrfToken: string;
        createdAtMs: Integer | number; // a number when the driver is made with disableLosslessIntegers
        lastSeenMs: Integer | number;
        name: string;
        displayName: string;
        role: string;
        disabled: boolean;
        actorId: string | null;
      }
    | undefined;
  if (!found)
    throw refuse('SESSION_UNKNOWN', 'The session has ended (logged out, or unknown to this server); log in again');
  const now = Date.now();
  const createdAt = neo4j.integer.toNumber(found.createdAtMs);
  const lastSeen = neo4j.integer.toNumber(found.lastSeenMs);
  const idleEnd = lastSeen + times.sessionIdleSeconds * 1000;
  const absoluteEnd = createdAt + times.sessionMaxSeconds * 1000;
  if (now >= idleEnd || now >= absoluteEnd) {
    await deleteSession(store, id);
    throw refuse(
      'SESSION_EXPIRED',
      now >= absoluteEnd
        ? `The session expired ${Math.round(times.sessionMaxSeconds / 60)} minutes after login (SESSION_MAX_LIFETIME); log in again`
        : `The session expired after ${Math.round(times.sessionIdleSeconds / 60)} minutes without use (SESSION_IDLE_TIMEOUT); log in again`,
    );
  }
  if (found.disabled) {
    await deleteSession(store, id);
    throw refuse('ACCOUNT_DISABLED', `The account "${found.name}" is disabled`);
  }
  if (!isGrantableRole(found.role) || (found.role === 'partner' && !found.actorId))
    throw refuse('ACCOUNT_INVALID', `The account "${found.name}" has no valid role or no longer has its Actor`);
  // The idle clock restarts with use; written at most every tenth of the idle time, not at every request.
  if (now - lastSeen > Math.min(60_000, (times.sessionIdleSeconds * 1000) / 10))
    await store.driver.executeQuery(
      'MATCH (s:UserSession {hash: $hash}) SET s.lastSeenMs = $now',
      { hash, now: neo4j.int(now) },
      { database: store.database },
    );
  return {
    viewer: viewerOfAccount({ ...found, role: found.role }),
    csrfToken: found.csrfToken,
    expiresAt: new Date(Math.min(now + times.sessionIdleSeconds * 1000, absoluteEnd)),
  };
}

/** Ends a session (logout); an unknown id is no error. Returns the ID token it was begun with, if any. */
export async function deleteSession(store: AccountStore, id: string): Promise<{ idToken?: string }> {
  const { records } = await store.driver.executeQuery(
    'MATCH (s:UserSession {hash: $hash}) WITH s, s.idToken AS idToken DETACH DELETE s RETURN idToken',
    { hash: hashOf(id) },
    { database: store.database },
  );
  const idToken = records[0]?.get('idToken') as string | null | undefined;
  return idToken ? { idToken } : {};
}

/** Removes the sessions that have expired anyway, so that the database does not keep them forever. */
export async function deleteExpiredSessions(store: AccountStore, times: SessionTimes): Promise<void> {
  const now = Date.now();
  await store.driver.executeQuery(
    `MATCH (s:UserSession) WHERE s.lastSeenMs < $idleBefore OR s.createdAtMs < $createdBefore DETACH DELETE s`,
    {
      idleBefore: neo4j.int(now - times.sessionIdleSeconds * 1000),
      createdBefore: neo4j.int(now - times.sessionMaxSeconds * 1000),
    },
    { database: store.database },
  );
}

// One-time links to set a password: for the first coordinator at the first start and for `npm run users --
// reset-password`. The link carries 256 random bits; Neo4j keeps only their SHA-256 and when the link expires. A
// link works once, and a new link for an account replaces the older one.
import { createHash, randomBytes } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { createAccount, countAccounts, normalizeLoginName, storePasswordHash, type AccountStore } from './accounts.js';
import { hashPassword } from './password-hash.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface PasswordLink {
  token: string; // goes into the link; shown once
  expiresAt: Date;
}

export const passwordPath = '/auth/password';

/** The link a person opens: `<base>/auth/password?token=...`. */
export function passwordLinkUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}${passwordPath}?token=${encodeURIComponent(token)}`;
}

export async function createPasswordLink(store: AccountStore, name: string, seconds: number): Promise<PasswordLink> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + seconds * 1000);
  const { records } = await store.driver.executeQuery(
    `MATCH (u:UserAccount {name: $name})
     CALL (u) { OPTIONAL MATCH (old:PasswordLink)-[:FOR]->(u) DETACH DELETE old }
     CREATE (:PasswordLink {hash: $hash, expiresAtMs: $expiresAtMs, createdAt: datetime()})-[:FOR]->(u)
     RETURN u.name AS name`,
    { name: normalizeLoginName(name), hash: hashOf(token), expiresAtMs: neo4j.int(expiresAt.getTime()) },
    { database: store.database },
  );
  if (!records[0]) throw new NotFoundError(`There is no account ${quote(name)}`, { field: 'name', value: name });
  return { token, expiresAt };
}

/** The account a link is for, while the link is valid; undefined for an unknown, used or expired link. */
export async function findPasswordLink(
  store: AccountStore,
  token: string,
): Promise<{ name: string; displayName: string } | undefined> {
  const { records } = await store.driver.executeQuery(
    `MATCH (l:PasswordLink {hash: $hash})-[:FOR]->(u:UserAccount)
     WHERE l.expiresAtMs > $now AND NOT coalesce(u.disabled, false)
     RETURN u.name AS name, u.displayName AS displayName`,
    { hash: hashOf(token), now: neo4j.int(Date.now()) },
    { database: store.database, routing: neo4j.routing.READ },
  );
  return records[0]?.toObject() as { name: string; displayName: string } | undefined;
}

/** Sets the password of the link's account and spends the link; the account's name, for the login that follows. */
export async function redeemPasswordLink(store: AccountStore, token: string, password: string): Promise<string> {
  const account = await findPasswordLink(store, token);
  if (!account)
    throw new BadUserInputError(
      'Dieser Link ist ungültig, abgelaufen oder schon benutzt. Bitten Sie um einen neuen (npm run users -- reset-password).',
      { field: 'token', reason: 'PASSWORD_LINK_INVALID' },
    );
  const passwordHash = await hashPassword(password);
  // Spent before the password is stored: of two requests with the same link, only one finds it.
  const { records } = await store.driver.executeQuery(
    'MATCH (l:PasswordLink {hash: $hash}) DETACH DELETE l RETURN count(*) AS spent',
    { hash: hashOf(token) },
    { database: store.database },
  );
  if (!records[0] || Number(records[0].get('spent')) === 0)
    throw new BadUserInputError('Dieser Link wurde gerade schon benutzt.', {
      field: 'token',
      reason: 'PASSWORD_LINK_INVALID',
    });
  await storePasswordHash(store, account.name, passwordHash);
  return account.name;
}

export const firstAccountName = 'koordination';

/**
 * While no coordinator can log in with a password (the first start, or later starts before the link was used): the
 * first coordinator's account (login name "koordination", no password yet; made when there is no account at all)
 * and a new one-time link to set its password. Undefined once a coordinator has a password.
 */
export async function ensureFirstAccount(
  store: AccountStore,
  seconds: number,
): Promise<{ name: string; link: PasswordLink } | undefined> {
  const ready = await store.driver.executeQuery(
    `MATCH (u:UserAccount {role: 'coordinator'}) WHERE u.passwordHash IS NOT NULL AND NOT coalesce(u.disabled, false)
     RETURN count(u) AS count`,
    {},
    { database: store.database, routing: neo4j.routing.READ },
  );
  if (Number(ready.records[0]?.get('count') ?? 0) > 0) return undefined;
  if ((await countAccounts(store)) === 0)
    await createAccount(store, { name: firstAccountName, displayName: 'Bildungskoordination', role: 'coordinator' });
  const { records } = await store.driver.executeQuery(
    `MATCH (u:UserAccount {role: 'coordinator'}) WHERE u.passwordHash IS NULL AND NOT coalesce(u.disabled, false)
     RETURN u.name AS name ORDER BY u.name = $first DESC, u.createdAt LIMIT 1`,
    { first: firstAccountName },
    { database: store.database, routing: neo4j.routing.READ },
  );
  const name = records[0]?.get('name') as string | undefined;
  if (!name) return undefined;
  return { name, link: await createPasswordLink(store, name, seconds) };
}

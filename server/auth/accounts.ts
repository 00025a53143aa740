// People's accounts: (:UserAccount {name, displayName, role, disabled, passwordHash, createdAt, updatedAt}), a
// partner person's account -[:ACTS_FOR]-> its organisation's Actor. Kept apart from the GraphQL schema (no SDL type
// names them, so @neo4j/graphql generates nothing for them) and reached only through these functions: the login
// routes, the first start and `npm run users`. No function returns the password hash except findLoginAccount, which
// only the login uses.
import neo4j from 'neo4j-driver';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import type { KeyStore } from './api-keys.js';
import { textRule } from '../validation/text-rules.js';
import { hashPassword } from './password-hash.js';
import { grantableRoles, isGrantableRole, type GrantableRole } from './roles.js';
import type { Viewer } from './viewer.js';

export type AccountStore = KeyStore;

export interface AccountInfo {
  name: string; // the login name, lower case
  displayName: string; // shown in the explorer and the change history
  role: GrantableRole;
  actorId: string | null; // a partner person's organisation
  actorName: string | null;
  disabled: boolean;
  hasPassword: boolean; // false until the person sets one through a one-time link
  createdAt: string;
  updatedAt: string;
}

export interface LoginAccount extends AccountInfo {
  passwordHash: string | null;
}

const namePattern = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** Login names are compared without regard to case or surrounding spaces. */
export function normalizeLoginName(name: string): string {
  return name.trim().toLowerCase();
}

export function checkLoginName(name: string): string {
  const normalized = normalizeLoginName(name);
  if (!namePattern.test(normalized))
    throw new BadUserInputError(
      `A login name is 2 to 64 characters of a-z, 0-9 and . _ @ -, starting with a letter or digit; got ${quote(name)}`,
      { field: 'name', value: name },
    );
  return normalized;
}

export const accountFields = `u.name AS name, u.displayName AS displayName, u.role AS role, actor.id AS actorId,
  actor.name AS actorName, coalesce(u.disabled, false) AS disabled, u.passwordHash IS NOT NULL AS hasPassword,
  toString(u.createdAt) AS createdAt, toString(u.updatedAt) AS updatedAt`;

export async function createAccount(
  store: AccountStore,
  input: { name: string; displayName?: string; role: string; actorId?: string; password?: string },
): Promise<AccountInfo> {
  const name = checkLoginName(input.name);
  if (!isGrantableRole(input.role))
    throw new BadUserInputError(`role must be one of ${grantableRoles.join(', ')}, got ${quote(input.role)}`, {
      field: 'role',
      value: input.role,
    });
  const displayName = (input.displayName ?? name).trim();
  // The name the explorer and the change history show: the text rules of a name (no markup, no formula start).
  const displayProblem = displayName === '' ? 'must not be empty' : textRule('name')(displayName);
  if (displayProblem)
    throw new BadUserInputError(`displayName ${displayProblem}; got ${quote(input.displayName)}`, {
      field: 'displayName',
      value: input.displayName,
    });
  if (input.role === 'partner' && !input.actorId)
    throw new BadUserInputError("A partner's account needs the Actor of its organisation (--actor <id>)", {
      field: 'actorId',
    });
  if (input.role !== 'partner' && input.actorId)
    throw new BadUserInputError(`Only a partner's account acts for an Actor; the role ${quote(input.role)} does not`, {
      field: 'actorId',
      value: input.actorId,
    });
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const { records: existing } = await store.driver.executeQuery(
    'MATCH (u:UserAccount {name: $name}) RETURN u.name AS name',
    { name },
    { database: store.database },
  );
  if (existing[0])
    throw new BadUserInputError(`There is already an account ${quote(name)}`, {
      field: 'name',
      value: name,
      reason: 'ACCOUNT_EXISTS',
    });
  const { records } = await store.driver.executeQuery(
    `OPTIONAL MATCH (actor:Actor {id: $actorId})
     WITH actor WHERE $actorId IS NULL OR actor IS NOT NULL
     CREATE (u:UserAccount {name: $name, displayName: $displayName, role: $role, disabled: false,
       passwordHash: $passwordHash, createdAt: datetime(), updatedAt: datetime()})
     FOREACH (a IN CASE WHEN actor IS NULL THEN [] ELSE [actor] END | CREATE (u)-[:ACTS_FOR]->(a))
     RETURN ${accountFields}`,
    { name, displayName, role: input.role, actorId: input.actorId ?? null, passwordHash },
    { database: store.database },
  );
  if (!records[0])
    throw new NotFoundError(`There is no Actor with id ${quote(input.actorId)}: a partner's account acts for one`, {
      field: 'actorId',
      value: input.actorId,
    });
  return records[0].toObject() as AccountInfo;
}

export async function listAccounts(store: AccountStore): Promise<AccountInfo[]> {
  const { records } = await store.driver.executeQuery(
    `MATCH (u:UserAccount) OPTIONAL MATCH (u)-[:ACTS_FOR]->(actor:Actor) RETURN ${accountFields} ORDER BY u.name`,
    {},
    { database: store.database, routing: neo4j.routing.READ },
  );
  return records.map((record) => record.toObject() as AccountInfo);
}

export async function countAccounts(store: AccountStore): Promise<number> {
  const { records } = await store.driver.executeQuery(
    'MATCH (u:UserAccount) RETURN count(u) AS count',
    {},
    { database: store.database, routing: neo4j.routing.READ },
  );
  return (records[0]?.get('count') as number | undefined) ?? 0;
}

/** The account a login names, with its password hash: for the login alone. */
export async function findLoginAccount(store: AccountStore, name: string): Promise<LoginAccount | undefined> {
  const { records } = await store.driver.executeQuery(
    `MATCH (u:UserAccount {name: $name}) OPTIONAL MATCH (u)-[:ACTS_FOR]->(actor:Actor)
     RETURN ${accountFields}, u.passwordHash AS passwordHash`,
    { name: normalizeLoginName(name) },
    { database: store.database, routing: neo4j.routing.READ },
  );
  return records[0]?.toObject() as LoginAccount | undefined;
}

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export async function setAccountDisabled(store: AccountStore, name: string, disabled: boolean): Promise<AccountInfo> {
  const { records } = await store.driver.executeQuery(
    `MATCH (u:UserAccount {name: $name})
     SET u.disabled = $disabled, u.updatedAt = datetime()
     WITH u
     CALL (u) { OPTIONAL MATCH (s:UserSession)-[:OF]->(u) WHERE $disabled DETACH DELETE s }
     WITH u OPTIONAL MATCH (u)-[:ACTS_FOR]->(actor:Actor)
     RETURN ${accountFields}`,
    { name: normalizeLoginName(name), disabled },
    { database: store.database },
  );
  if (!records[0]) throw new NotFoundError(`There is no account ${quote(name)}`, { field: 'name', value: name });
  return records[0].toObject() as AccountInfo;
}

/** Sets an account's password (already checked and hashed) and ends its sessions: a new password, a new login. */
export async function storePasswordHash(store: AccountStore, name: string, passwordHash: string): Promise<void> {
  const { records } = await store.driver.executeQuery(
    `MATCH (u:UserAccount {name: $name})
     SET u.passwordHash = $passwordHash, u.updatedAt = datetime()
     WITH u
     CALL (u) { OPTIONAL MATCH (s:UserSession)-[:OF]->(u) DETACH DELETE s }
     RETURN u.name AS name`,
    { name: normalizeLoginName(name), passwordHash },
    { database: store.database },
  );
  if (!records[0]) throw new NotFoundError(`There is no account ${quote(name)}`, { field: 'name', value: name });
}

/** Who a logged-in account is for every permission rule: the same viewer a token of that role would give. */
export function viewerOfAccount(account: Pick<AccountInfo, 'name' | 'displayName' | 'role' | 'actorId'>): Viewer {
  const partner = account.role === 'partner' && account.actorId;
  return {
    role: account.role,
    id: account.name,
    name: account.displayName,
    via: 'session',
    ...(partner ? { actorId: account.actorId!, source: account.actorId! } : {}),
  };
}

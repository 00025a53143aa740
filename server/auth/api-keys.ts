// API keys of partner systems: "bnk_<id>_<secret>", 256 random bits of secret. Neo4j keeps only the id (to find
// the key), the SHA-256 of the secret (enough for a random secret of this length; no slow hash needed), the role,
// the Actor it acts for and the source its partner system pushes offers under (server/auth/partner-source.ts; a key
// without one, e.g. from before sources were tied to keys, uses its Actor's id). The key itself is shown once.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { BadUserInputError, NotFoundError, quote, UnauthenticatedError } from '../errors.js';
import { checkSourceIsFree } from './partner-source.js';
import { grantableRoles, isGrantableRole, type GrantableRole } from './roles.js';
import type { Viewer } from './viewer.js';

export interface KeyStore {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

export interface ApiKeyInfo {
  id: string; // the public part of the key, e.g. "3f9a0c71be42"
  name: string; // what it is for, e.g. "Kursportal VHS"
  role: GrantableRole;
  actorId: string;
  actorName: string | null;
  source: string | null; // the only source the key may push offers under; null: its Actor's id
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKeyInfo {
  key: string; // the whole key: shown once, never stored
}

const keyPattern = /^bnk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

const keyFields = `k.id AS id, k.name AS name, k.role AS role, a.id AS actorId, a.name AS actorName, k.source AS source,
  toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt`;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest();

export async function createApiKey(
  store: KeyStore,
  input: { actorId: string; role: string; name: string; source?: string },
): Promise<CreatedApiKey> {
  if (!isGrantableRole(input.role))
    throw new BadUserInputError(`role must be one of ${grantableRoles.join(', ')}, got ${quote(input.role)}`, {
      field: 'role',
      value: input.role,
    });
  const name = input.name.trim();
  if (name === '' || name.length > 200)
    throw new BadUserInputError(`name must be 1 to 200 characters, got ${quote(input.name)}`, {
      field: 'name',
      value: input.name,
    });
  const source = input.source === undefined ? null : await checkSourceIsFree(store, input.source, input.actorId);
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const { records } = await store.driver.executeQuery(
    `MATCH (a:Actor {id: $actorId})
     CREATE (k:ApiKey {id: $id, hash: $hash, name: $name, role: $role, source: $source, createdAt: datetime()})-[:ACTS_FOR]->(a)
     RETURN ${keyFields}`,
    { actorId: input.actorId, id, hash: hashOf(secret).toString('hex'), name, role: input.role, source },
    { database: store.database },
  );
  const record = records[0];
  if (!record)
    throw new NotFoundError(
      `There is no Actor with id ${quote(input.actorId)}: an API key acts for an existing actor`,
      { field: 'actorId', value: input.actorId },
    );
  return { ...(record.toObject() as ApiKeyInfo), key: `bnk_${id}_${secret}` };
}

export async function listApiKeys(store: KeyStore): Promise<ApiKeyInfo[]> {
  const { records } = await store.driver.executeQuery(
    `MATCH (k:ApiKey) OPTIONAL MATCH (k)-[:ACTS_FOR]->(a:Actor)
     RETURN ${keyFields}
     ORDER BY k.createdAt`,
    {},
    { database: store.database, routing: neo4j.routing.READ },
  );
  return records.map((record) => record.toObject() as ApiKeyInfo);
}

/** Revokes a key by its id (or the whole key); a revoked key is refused from the next request on. */
export async function revokeApiKey(store: KeyStore, idOrKey: string): Promise<ApiKeyInfo> {
  const id = keyPattern.exec(idOrKey)?.[1] ?? idOrKey;
  const { records } = await store.driver.executeQuery(
    `MATCH (k:ApiKey {id: $id}) SET k.revokedAt = coalesce(k.revokedAt, datetime())
     WITH k OPTIONAL MATCH (k)-[:ACTS_FOR]->(a:Actor)
     RETURN ${keyFields}`,
    { id },
    { database: store.database },
  );
  if (!records[0]) throw new NotFoundError(`There is no API key with id ${quote(id)}`, { value: id });
  return records[0].toObject() as ApiKeyInfo;
}

/** Gives a key (by its id) the source its partner system pushes under, e.g. for a key made before sources. */
export async function setApiKeySource(store: KeyStore, idOrKey: string, source: string): Promise<ApiKeyInfo> {
  const id = keyPattern.exec(idOrKey)?.[1] ?? idOrKey;
  const { records: found } = await store.driver.executeQuery(
    'MATCH (k:ApiKey {id: $id})-[:ACTS_FOR]->(a:Actor) RETURN a.id AS actorId',
    { id },
    { database: store.database },
  );
  if (!found[0]) throw new NotFoundError(`There is no API key with id ${quote(id)} acting for an Actor`, { value: id });
  const checked = await checkSourceIsFree(store, source, found[0].get('actorId') as string);
  const { records } = await store.driver.executeQuery(
    `MATCH (k:ApiKey {id: $id})-[:ACTS_FOR]->(a:Actor) SET k.source = $source RETURN ${keyFields}`,
    { id, source: checked },
    { database: store.database },
  );
  return records[0]!.toObject() as ApiKeyInfo;
}

/** The viewer an API key stands for; UNAUTHENTICATED for a malformed, unknown or revoked key. */
export async function viewerOfApiKey(store: KeyStore, key: string): Promise<Viewer> {
  const match = keyPattern.exec(key.trim());
  if (!match)
    throw new UnauthenticatedError('Invalid API key: it does not have the form bnk_<id>_<secret>', {
      reason: 'API_KEY_INVALID',
    });
  const [, id, secret] = match as unknown as [string, string, string];
  const { records } = await store.driver.executeQuery(
    `MATCH (k:ApiKey {id: $id}) OPTIONAL MATCH (k)-[:ACTS_FOR]->(a:Actor)
     RETURN k.hash AS hash, k.name AS name, k.role AS role, k.revokedAt IS NOT NULL AS revoked, a.id AS actorId,
            coalesce(k.source, a.id) AS source`,
    { id },
    { database: store.database, routing: neo4j.routing.READ },
  );
  const record = records[0]?.toObject() as
    | { hash: string; name: string; role: string; revoked: boolean; actorId: string | null; source: string | null }
    | undefined;
  if (!record || !timingSafeEqual(Buffer.from(record.hash, 'hex'), hashOf(secret))) {
    throw new UnauthenticatedError(`Unknown API key ${quote(`bnk_${id}_…`)}`, { reason: 'API_KEY_UNKNOWN' });
  }
  if (record.revoked)
    throw new UnauthenticatedError(`The API key ${quote(id)} (${record.name}) has been revoked`, {
      reason: 'API_KEY_REVOKED',
    });
  if (!record.actorId)
    throw new UnauthenticatedError(`The actor of the API key ${quote(id)} (${record.name}) no longer exists`, {
      reason: 'API_KEY_ORPHANED',
    });
  if (!isGrantableRole(record.role))
    throw new UnauthenticatedError(`The API key ${quote(id)} has no valid role`, { reason: 'API_KEY_INVALID' });
  return {
    role: record.role,
    id,
    name: record.name,
    via: 'api-key',
    actorId: record.actorId,
    ...(record.role === 'partner' && record.source ? { source: record.source } : {}),
  };
}

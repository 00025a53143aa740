// Accounts of people who log in through the county's identity provider: found by the provider's issuer and the
// person's subject (never by name or e-mail, which another person may later carry), made at the first login and
// bound to that subject for good. The provider is the source of the role: each login writes the role and, for a
// partner person, the organisation its claims give now. Such an account has no password; a coordinator may still
// disable it (`npm run users -- disable`), which refuses its next login.
import { createHash } from 'node:crypto';
import { accountFields, type AccountInfo, type AccountStore } from './accounts.js';
import { displayNameOfClaims, loginNameOfClaims, type Claims } from './oidc-claims.js';
import type { GrantableRole } from './roles.js';

export interface OidcIdentity {
  issuer: string;
  subject: string;
  claims: Claims;
  role: GrantableRole;
  actorId: string | null; // a partner person's organisation, already found (findPartnerActor)
}

/**
 * The Actor a partner claim names: its id, or the source a partner's API key pushes offers under. Undefined when
 * none matches, so that a claim the directory does not know lets nobody in.
 */
export async function findPartnerActor(store: AccountStore, reference: string): Promise<string | undefined> {
  const { records } = await store.driver.executeQuery(
    `CALL () {
       MATCH (a:Actor {id: $reference}) RETURN a.id AS id, 0 AS rank
       UNION
       MATCH (k:ApiKey)-[:ACTS_FOR]->(a:Actor) WHERE k.revokedAt IS NULL AND k.source = $reference RETURN a.id AS id, 1 AS rank
     }
     RETURN id ORDER BY rank, id LIMIT 1`,
    { reference },
    { database: store.database },
  );
  return records[0]?.get('id') as string | undefined;
}

/** The account bound to the identity, updated to what the provider says now, or made for it. */
export async function upsertOidcAccount(store: AccountStore, identity: OidcIdentity): Promise<AccountInfo> {
  const subjectHash = createHash('sha256').update(`${identity.issuer} ${identity.subject}`).digest('hex');
  const baseName = loginNameOfClaims(identity.claims, subjectHash);
  const displayName = displayNameOfClaims(identity.claims, baseName);
  const params = {
    issuer: identity.issuer,
    subject: identity.subject,
    role: identity.role,
    actorId: identity.actorId,
    displayName,
  };
  const bind = `WITH u
     CALL (u) { OPTIONAL MATCH (u)-[old:ACTS_FOR]->() DELETE old }
     CALL (u) { OPTIONAL MATCH (actor:Actor {id: $actorId}) WITH actor WHERE actor IS NOT NULL CREATE (u)-[:ACTS_FOR]->(actor) }
     WITH u OPTIONAL MATCH (u)-[:ACTS_FOR]->(actor:Actor)
     RETURN ${accountFields}`;
  const { records: found } = await store.driver.executeQuery(
    `MATCH (u:UserAccount {oidcIssuer: $issuer, oidcSubject: $subject})
     SET u.role = $role, u.displayName = $displayName, u.updatedAt = datetime()
     ${bind}`,
    params,
    { database: store.database },
  );
  if (found[0]) return found[0].toObject() as AccountInfo;
  // A local account may carry the same name: the new one takes the next free name rather than that account.
  const { records: taken } = await store.driver.executeQuery(
    'MATCH (u:UserAccount) WHERE u.name = $base OR u.name STARTS WITH $base + "-" RETURN collect(u.name) AS names',
    { base: baseName },
    { database: store.database },
  );
  const names = new Set(taken[0]?.get('names') as string[]);
  let name = baseName;
  for (let i = 2; names.has(name); i += 1) name = `${baseName.slice(0, 58)}-${i}`;
  // MERGE on the subject: two first logins at once make one account.
  const { records } = await store.driver.executeQuery(
    `MERGE (u:UserAccount {oidcIssuer: $issuer, oidcSubject: $subject})
     ON CREATE SET u.name = $name, u.disabled = false, u.passwordHash = null, u.createdAt = datetime()
     SET u.role = $role, u.displayName = $displayName, u.updatedAt = datetime()
     ${bind}`,
    { ...params, name },
    { database: store.database },
  );
  return records[0]!.toObject() as AccountInfo;
}

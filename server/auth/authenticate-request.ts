// Who is asking, from the request's credentials: a person's token (Authorization: Bearer), a partner system's
// API key (x-api-key), or nobody. Credentials that are sent but do not hold are refused (UNAUTHENTICATED), never
// downgraded to anonymous, so a client learns at once that its token expired or its key was revoked.
import type { JWTPayload } from 'jose';
import { ForbiddenError, quote, UnauthenticatedError } from '../errors.js';
import { viewerOfApiKey, type KeyStore } from './api-keys.js';
import { grantableRoles, isGrantableRole, type GrantableRole } from './roles.js';
import type { JwtSettings } from './jwt-settings.js';
import { createTokenVerifier, type TokenVerifier } from './verify-token.js';
import { anonymousViewer, type Viewer } from './viewer.js';

export interface Credentials {
  authorization?: string; // the Authorization header
  apiKey?: string; // the x-api-key header
}

export interface Authentication {
  viewer: Viewer;
  /**
   * For @neo4j/graphql: the claims the schema's rules read (schema/auth.graphql), from the verified token or the
   * API key, trusted as they are: the library does not verify the token a second time.
   */
  jwt?: { sub: string; roles: GrantableRole[]; actorId?: string };
}

/** The claims of a viewer as the schema's rules read them: one role, as a list, whatever the token carried. */
export function claimsOf(viewer: Viewer): NonNullable<Authentication['jwt']> {
  return {
    sub: viewer.id,
    roles: [viewer.role as GrantableRole],
    ...(viewer.actorId ? { actorId: viewer.actorId } : {}),
  };
}

export type Authenticator = (credentials: Credentials) => Promise<Authentication>;

/**
 * The role a token names: its roles claim must be a list of exactly one role of Bildungsnetz. Anything else is
 * refused, not guessed at: a string instead of a list breaks the schema's rules (`roles: { includes: ... }`), and a
 * list of several roles would mean one thing to those rules (any of them) and another to the server's own checks.
 */
function roleOf(payload: JWTPayload): GrantableRole {
  const claimed = payload.roles;
  const refuse = (what: string) =>
    new UnauthenticatedError(
      `Invalid token: its roles claim must be a list of exactly one role of Bildungsnetz (${grantableRoles.join(', ')}), e.g. ["analyst"]; ${what}`,
      { reason: 'TOKEN_ROLES_INVALID', claim: 'roles', value: claimed ?? null },
    );
  if (claimed === undefined) throw refuse('the token has none');
  if (!Array.isArray(claimed)) throw refuse(`got ${quote(claimed)}, which is not a list`);
  const unknown = claimed.filter((role) => !isGrantableRole(role));
  if (unknown.length > 0) throw refuse(`got ${quote(claimed)}, where ${quote(unknown[0])} is no role of Bildungsnetz`);
  if (claimed.length !== 1) throw refuse(`got ${quote(claimed)}`);
  return claimed[0] as GrantableRole;
}

export function viewerOfToken(payload: JWTPayload): Viewer {
  const role = roleOf(payload);
  if (typeof payload.sub !== 'string' || payload.sub === '')
    throw new UnauthenticatedError('Invalid token: it has no sub claim naming who it is for', {
      reason: 'TOKEN_INVALID',
    });
  const actorId = typeof payload.actorId === 'string' && payload.actorId !== '' ? payload.actorId : undefined;
  if (role === 'partner' && !actorId)
    throw new ForbiddenError("A partner token must carry the actorId claim of the partner's own Actor", {
      reason: 'PARTNER_WITHOUT_ACTOR',
    });
  const name = typeof payload.name === 'string' && payload.name !== '' ? payload.name : payload.sub;
  // A partner pushes offers under one source: its token's source claim, else its Actor's id (partner-source.ts).
  const source =
    role !== 'partner'
      ? undefined
      : typeof payload.source === 'string' && payload.source !== ''
        ? payload.source
        : actorId;
  return { role, id: payload.sub, name, via: 'jwt', ...(actorId ? { actorId } : {}), ...(source ? { source } : {}) };
}

export function createAuthenticator(options: { verifyToken: TokenVerifier; keys: KeyStore }): Authenticator {
  return async ({ authorization, apiKey }) => {
    if (authorization && apiKey)
      throw new UnauthenticatedError('Send a token (Authorization) or an API key (x-api-key), not both');
    if (apiKey !== undefined) {
      const viewer = await viewerOfApiKey(options.keys, apiKey);
      return { viewer, jwt: claimsOf(viewer) };
    }
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match)
        throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"', {
          reason: 'TOKEN_INVALID',
        });
      const viewer = viewerOfToken(await options.verifyToken(match[1]!));
      return { viewer, jwt: claimsOf(viewer) };
    }
    return { viewer: anonymousViewer };
  };
}

/** The authenticator of a server: tokens checked against its JWT settings, API keys against its database. */
export function authenticatorFor(jwt: JwtSettings | undefined, keys: KeyStore): Authenticator {
  return createAuthenticator({ verifyToken: createTokenVerifier(jwt), keys });
}

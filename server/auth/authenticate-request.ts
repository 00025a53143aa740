// Who is asking, from the request's credentials: a person's token (Authorization: Bearer), a partner system's
// API key (x-api-key), or nobody. Credentials that are sent but do not hold are refused (UNAUTHENTICATED), never
// downgraded to anonymous, so a client learns at once that its token expired or its key was revoked.
import type { JWTPayload } from 'jose';
import { ForbiddenError, quote, UnauthenticatedError } from '../errors.js';
import { viewerOfApiKey, type KeyStore } from './api-keys.js';
import { grantableRoles, type GrantableRole } from './roles.js';
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
function claimsOf(viewer: Viewer): NonNullable<Authentication['jwt']> {
  return {
    sub: viewer.id,
    roles: [viewer.role as GrantableRole],
    ...(viewer.actorId ? { actorId: viewer.actorId } : {}),
  };
}

export type Authenticator = (credentials: Credentials) => Promise<Authentication>;

/** The strongest role a token names: a token may carry several (e.g. from an identity provider's groups). */
function roleOf(payload: JWTPayload): GrantableRole {
  const claimed = Array.isArray(payload.roles) ? payload.roles : payload.roles === undefined ? [] : [payload.roles];
  const role = grantableRoles.find((candidate) => claimed.includes(candidate));
  if (!role) {
    throw new ForbiddenError(
      `The token's roles claim ${quote(claimed)} names no role of Bildungsnetz (${grantableRoles.join(', ')})`,
      { reason: 'UNKNOWN_ROLE' },
    );
  }
  return role;
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
  return { role, id: payload.sub, name, via: 'jwt', ...(actorId ? { actorId } : {}) };
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

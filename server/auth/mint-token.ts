// Tokens signed with the configured secret: for `npm run token`, the explorer link `npm start` prints, and tests.
import { SignJWT } from 'jose';
import type { JwtSettings } from './jwt-settings.js';
import type { GrantableRole } from './roles.js';
import { maxLifetimeOf } from './token-rules.js';

export interface TokenClaims {
  role: GrantableRole;
  sub: string; // who: a login name, shown in the change history
  name?: string; // display name; defaults to sub
  actorId?: string; // a partner's own Actor
  source?: string; // a partner's own source of offers; default its actorId
  issuer?: string; // iss claim, when the server requires one
  audience?: string; // aud claim, when the server requires one
  expiresIn?: string | number; // jose time span ("8h") or seconds since the epoch; default 8 hours
}

export async function mintToken(secret: string, claims: TokenClaims): Promise<string> {
  const jwt = new SignJWT({
    roles: [claims.role],
    name: claims.name ?? claims.sub,
    ...(claims.actorId ? { actorId: claims.actorId } : {}),
    ...(claims.source ? { source: claims.source } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h');
  if (claims.issuer) jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

/**
 * The coordinator's token of the explorer link `npm start` prints for local use: valid for 12 hours, or
 * JWT_MAX_LIFETIME if that is shorter (a longer one would be refused).
 */
export async function mintLoginToken(settings: JwtSettings & { secret: string }) {
  const lifetimeSeconds = Math.min(12 * 3600, maxLifetimeOf(settings));
  const token = await mintToken(settings.secret, {
    role: 'coordinator',
    sub: 'local-coordinator',
    name: 'Koordination (lokal)',
    issuer: settings.issuer,
    audience: settings.audience,
    expiresIn: `${lifetimeSeconds}s`,
  });
  return { token, lifetimeSeconds };
}

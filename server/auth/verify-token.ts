// Verifies a person's token once per request, with the rules of token-rules.ts: a bad token is refused with a reason,
// and the claims of a good one are handed to @neo4j/graphql already verified (server/auth/authenticate-request.ts).
// Also refuses what jose's options cannot express: a token valid for longer than JWT_MAX_LIFETIME.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { quote, UnauthenticatedError } from '../errors.js';
import type { JwtSettings } from './jwt-settings.js';
import { clockToleranceSeconds, keySetOptionsOf, maxLifetimeOf, verifyOptionsOf } from './token-rules.js';

export type TokenVerifier = (token: string) => Promise<JWTPayload>;

/** The identity provider's key set could not be fetched: no fault of the token, and not a failed login. */
export class KeySetUnavailableError extends UnauthenticatedError {
  constructor() {
    super(
      "The token could not be checked: the identity provider's keys could not be fetched (JWKS_URL); try again shortly",
      {
        reason: 'JWKS_UNAVAILABLE',
      },
    );
  }
}

/** Network errors, timeouts, non-200 answers and unreadable key sets while fetching JWKS_URL. */
function isKeySetUnavailable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  if (error instanceof errors.JOSEError)
    return error.code === 'ERR_JOSE_GENERIC' && error.message.includes('JSON Web Key Set');
  return error instanceof Error; // e.g. ECONNREFUSED from the HTTP request; jose's own refusals are JOSEErrors
}

/** A span of seconds as people say it: "12 hours", "1 day", "90 minutes". */
export function describeSpan(seconds: number): string {
  for (const [unit, size] of [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ] as const)
    if ((seconds >= size && seconds % size === 0) || size === 1)
      return `${seconds / size} ${unit}${seconds === size ? '' : 's'}`;
  return `${seconds} seconds`;
}

function claimReasonOf(error: errors.JWTClaimValidationFailed, settings: JwtSettings): string {
  const value = error.payload[error.claim];
  if (error.reason === 'missing')
    return error.claim === 'exp'
      ? `the token has no exp claim; tokens must expire, at most ${describeSpan(maxLifetimeOf(settings))} after they are issued (JWT_MAX_LIFETIME)`
      : `the token has no ${error.claim} claim, which this server requires`;
  if (error.claim === 'iss')
    return `the token's iss claim ${quote(value)} is not the issuer this server accepts (${quote(settings.issuer)}, JWT_ISSUER)`;
  if (error.claim === 'aud')
    return `the token's aud claim ${quote(value)} does not name this server's audience (${quote(settings.audience)}, JWT_AUDIENCE)`;
  if (error.claim === 'nbf') return `the token is not valid yet (nbf ${quote(value)})`;
  return `the token's ${error.claim} claim ${quote(value)} is not accepted (${error.reason})`;
}

function reasonOf(error: unknown, settings: JwtSettings): string {
  if (error instanceof errors.JWTExpired)
    return `the token expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}; get a new one`;
  if (error instanceof errors.JWTClaimValidationFailed) return claimReasonOf(error, settings);
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "the token's signature does not match this server's key";
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'the token is signed with an algorithm this server does not accept';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches the token';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return 'the token is not a well-formed JWT';
  return 'the token could not be verified';
}

function reasonCodeOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'TOKEN_EXPIRED';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing')
    return 'TOKEN_WITHOUT_EXPIRY';
  return 'TOKEN_INVALID';
}

/**
 * exp - iat at most the maximum lifetime. A token without iat counts as issued now: it is accepted only while it
 * expires within the maximum lifetime from now, so it can never be used for longer than that either. The second
 * bound also catches an iat set in the future to make a long-lived token look short.
 */
function checkLifetime(payload: JWTPayload, maxSeconds: number): void {
  const exp = payload.exp!; // required by verifyOptionsOf, a number (checked by jose)
  const now = Math.floor(Date.now() / 1000);
  const tooLong = (lifetime: string) =>
    new UnauthenticatedError(
      `Invalid token: it is valid for ${lifetime}; this server accepts tokens valid for at most ${describeSpan(maxSeconds)} (JWT_MAX_LIFETIME)`,
      { reason: 'TOKEN_LIFETIME_TOO_LONG', maxLifetimeSeconds: maxSeconds },
    );
  if (typeof payload.iat === 'number' && exp - payload.iat > maxSeconds)
    throw tooLong(`${describeSpan(exp - payload.iat)} from iat to exp`);
  if (exp - now > maxSeconds + clockToleranceSeconds) throw tooLong(`another ${describeSpan(exp - now)}`);
}

export function createTokenVerifier(settings: JwtSettings | undefined): TokenVerifier {
  if (!settings) {
    return async () => {
      throw new UnauthenticatedError(
        'This server accepts no tokens (neither JWT_SECRET nor JWKS_URL is set); partner systems send an API key in x-api-key',
      );
    };
  }
  const key: Uint8Array | JWTVerifyGetKey = settings.secret
    ? new TextEncoder().encode(settings.secret)
    : createRemoteJWKSet(new URL(settings.jwksUrl!), keySetOptionsOf(settings));
  const options = verifyOptionsOf(settings);
  const maxLifetime = maxLifetimeOf(settings);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, options));
    } catch (error) {
      if (settings.jwksUrl && isKeySetUnavailable(error)) throw new KeySetUnavailableError();
      throw new UnauthenticatedError(`Invalid token: ${reasonOf(error, settings)}`, { reason: reasonCodeOf(error) });
    }
    checkLifetime(payload, maxLifetime);
    return payload;
  };
}

// Verifies a person's token, once per request: a bad token is refused with a reason, and the claims of a good one
// are handed to @neo4j/graphql already verified (server/auth/authenticate-request.ts).
import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { UnauthenticatedError } from '../errors.js';
import type { JwtSettings } from './jwt-settings.js';

export type TokenVerifier = (token: string) => Promise<JWTPayload>;

export function verifyOptionsOf(settings: JwtSettings): JWTVerifyOptions {
  return {
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
    // A secret signs with HMAC; a key set with public keys. Never let a token choose "none" or cross over.
    algorithms: settings.secret
      ? ['HS256', 'HS384', 'HS512']
      : ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'],
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return `the token expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}; get a new one`;
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "the token's signature does not match this server's key";
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's ${error.claim} claim is not accepted (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'the token is signed with an algorithm this server does not accept';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches the token';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return 'the token is not a well-formed JWT';
  return 'the token could not be verified';
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
    : createRemoteJWKSet(new URL(settings.jwksUrl!));
  const options = verifyOptionsOf(settings);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, options);
      return payload;
    } catch (error) {
      throw new UnauthenticatedError(`Invalid token: ${reasonOf(error)}`, {
        reason: error instanceof errors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
      });
    }
  };
}

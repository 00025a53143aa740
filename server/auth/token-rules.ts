// What a person's token must be to be accepted, defined once for both verifiers: the server's own check
// (verify-token.ts, which refuses with a reason) and @neo4j/graphql's (build-schema.ts, which reads the claims the
// schema's rules use). Both get the same algorithms, iss/aud, clock tolerance, required claims and the same key set.
import { createRequire } from 'node:module';
import { jwksCache, type JWKSCacheInput, type JWTVerifyOptions, type RemoteJWKSetOptions } from 'jose';
import { defaultJwtMaxLifetimeSeconds } from '../config.js';
import type { JwtSettings } from './jwt-settings.js';

/** How far the clocks of the identity provider and this server may differ (exp, nbf, the lifetime bound). */
export const clockToleranceSeconds = 30;

/** The jose options of both verifiers. */
export function verifyOptionsOf(settings: JwtSettings): JWTVerifyOptions {
  return {
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
    // A secret signs with HMAC; a key set with public keys. Never let a token choose "none" or cross over (a public
    // key used as an HMAC secret).
    algorithms: settings.secret
      ? ['HS256', 'HS384', 'HS512']
      : ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'],
    clockTolerance: clockToleranceSeconds,
    // A token without exp would be valid forever; the lifetime bound itself is checked in verify-token.ts.
    requiredClaims: ['exp'],
  };
}

export function maxLifetimeOf(settings: JwtSettings): number {
  return settings.maxLifetimeSeconds ?? defaultJwtMaxLifetimeSeconds;
}

// @neo4j/graphql is CommonJS and loads jose's CommonJS build, whose cache symbol is not the one of the ES module
// this file imports; the shared cache is put under both, so each build finds it.
const commonJsJose = createRequire(import.meta.url)('jose') as { jwksCache: symbol };
const keySetCaches = new WeakMap<JwtSettings, JWKSCacheInput>();

/**
 * The options of every remote key set made for these settings. They share one cache: the server's verifier fetches
 * the JWKS (and fetches it again when a token names a new kid), and @neo4j/graphql's key set, made per request,
 * starts from what it fetched. So both always verify against the same keys, and the JWKS is fetched once, not twice.
 */
export function keySetOptionsOf(settings: JwtSettings): RemoteJWKSetOptions {
  let cache = keySetCaches.get(settings);
  if (!cache) {
    cache = {};
    keySetCaches.set(settings, cache);
  }
  return {
    ...(settings.jwksCooldownMs !== undefined ? { cooldownDuration: settings.jwksCooldownMs } : {}),
    [jwksCache]: cache,
    [commonJsJose.jwksCache]: cache,
  };
}

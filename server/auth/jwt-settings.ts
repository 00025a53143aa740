// Which key verifies people's tokens: the configured secret or JWKS, or, for local use without either, a
// development secret generated once next to the local Neo4j's password (git-ignored, like the password).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';

export interface JwtSettings {
  secret?: string; // HS256 secret
  jwksUrl?: string; // or the identity provider's key set
  issuer?: string; // required iss claim
  audience?: string; // required aud claim
  maxLifetimeSeconds?: number; // longest validity a token may have (JWT_MAX_LIFETIME); default 12 hours
  jwksCooldownMs?: number; // after a token with an unknown kid, how soon the key set may be fetched again; default 30 s
  developmentSecretFile?: string; // set when the secret was generated for local use
}

export function developmentSecretFile(localHomeDir: string): string {
  return path.join(localHomeDir, 'jwt-secret');
}

/** Reads the development secret of a local Neo4j folder, creating it on first use. */
export function loadDevelopmentSecret(localHomeDir: string): string {
  const file = developmentSecretFile(localHomeDir);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  fs.mkdirSync(localHomeDir, { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The settings of the running server; undefined when it accepts no tokens at all (an existing Neo4j and no
 * JWT_SECRET or JWKS_URL: only API keys and anonymous requests).
 */
export function resolveJwtSettings(config: Config): JwtSettings | undefined {
  const { secret, jwksUrl, issuer, audience, maxLifetimeSeconds } = config.jwt;
  if (secret || jwksUrl) return { secret, jwksUrl, issuer, audience, maxLifetimeSeconds };
  if (config.neo4j.uri) return undefined;
  return {
    secret: loadDevelopmentSecret(config.localNeo4j.homeDir),
    issuer,
    audience,
    maxLifetimeSeconds,
    developmentSecretFile: developmentSecretFile(config.localNeo4j.homeDir),
  };
}

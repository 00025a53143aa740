// The benchmarks ask as the coordinator: a secret of their own for the servers they start, and a token signed with it.
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { authenticatorFor } from '../server/auth/authenticate-request.js';
import type { JwtSettings } from '../server/auth/jwt-settings.js';
import { mintToken } from '../server/auth/mint-token.js';

export const benchJwt: JwtSettings = { secret: randomBytes(32).toString('base64url') };

export const benchAuthenticator = (driver: Driver, database?: string) =>
  authenticatorFor(benchJwt, { driver, database });

let token: Promise<string> | undefined;

/** One token for the whole run, as a client keeps its token: signing one per request timed the client, not the API. */
export function benchToken(): Promise<string> {
  return (token ??= mintToken(benchJwt.secret!, { role: 'coordinator', sub: 'bench', expiresIn: '12h' }));
}

export async function benchHeaders(): Promise<Record<string, string>> {
  return { 'content-type': 'application/json', authorization: `Bearer ${await benchToken()}` };
}

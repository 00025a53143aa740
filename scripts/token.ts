// npm run token -- --role analyst --sub maria [--name "Maria K."] [--actor <actor id> [--source <name>] for a partner] [--expires 8h]
// Mints a token signed with the configured JWT_SECRET, or with the development secret of the local Neo4j
// (db/local/jwt-secret). With JWKS_URL set, tokens come from the identity provider instead. A token is valid for
// 8 hours, or JWT_MAX_LIFETIME if that is shorter; the server refuses tokens valid for longer.
import { parseArgs } from 'node:util';
import { resolveJwtSettings } from '../server/auth/jwt-settings.js';
import { mintToken } from '../server/auth/mint-token.js';
import { grantableRoles, isGrantableRole } from '../server/auth/roles.js';
import { maxLifetimeOf } from '../server/auth/token-rules.js';
import { describeSpan } from '../server/auth/verify-token.js';
import { loadConfig } from '../server/config.js';

class UsageError extends Error {}

const defaultSeconds = 8 * 3600;
const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

function secondsOf(span: string): number {
  const match = /^(\d+)\s*([smhd])$/.exec(span);
  if (!match) throw new UsageError(`--expires must look like 30m, 8h or 1d, got "${span}"`);
  return Number(match[1]) * units[match[2]!]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'coordinator' }, // coordinator, analyst or partner
      sub: { type: 'string' }, // who the token is for (login name)
      name: { type: 'string' }, // display name; default sub
      actor: { type: 'string' }, // a partner's own Actor id
      source: { type: 'string' }, // a partner's own source of offers; default its Actor id
      expires: { type: 'string' }, // e.g. 30m, 8h, 1d; at most JWT_MAX_LIFETIME
    },
    strict: true,
  });
  if (!isGrantableRole(values.role))
    throw new UsageError(`--role must be one of ${grantableRoles.join(', ')}, got "${values.role}"`);
  if (!values.sub) throw new UsageError('--sub <login name> is needed: it is who the changes are recorded for');
  if (values.role === 'partner' && !values.actor)
    throw new UsageError("a partner token needs --actor <id of the partner's Actor>");
  const settings = resolveJwtSettings(loadConfig());
  if (!settings?.secret) {
    throw new UsageError(
      settings?.jwksUrl
        ? 'JWKS_URL is set: tokens come from your identity provider, not from here'
        : 'Set JWT_SECRET (or use the local Neo4j) to mint tokens',
    );
  }
  const maxSeconds = maxLifetimeOf(settings);
  const seconds = values.expires === undefined ? Math.min(defaultSeconds, maxSeconds) : secondsOf(values.expires);
  if (seconds > maxSeconds)
    throw new UsageError(
      `--expires ${values.expires} is longer than the server accepts: at most ${describeSpan(maxSeconds)} (JWT_MAX_LIFETIME)`,
    );
  const token = await mintToken(settings.secret, {
    role: values.role,
    sub: values.sub,
    name: values.name,
    actorId: values.actor,
    source: values.source,
    issuer: settings.issuer,
    audience: settings.audience,
    expiresIn: `${seconds}s`,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(`token: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});

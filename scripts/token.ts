// npm run token -- --role analyst --sub maria [--name "Maria K."] [--actor <actor id> [--source <name>] for a partner] [--expires 8h]
// Mints a token signed with the configured JWT_SECRET, or with the development secret of the local Neo4j
// (db/local/jwt-secret). With JWKS_URL set, tokens come from the identity provider instead.
import { parseArgs } from 'node:util';
import { resolveJwtSettings } from '../server/auth/jwt-settings.js';
import { mintToken } from '../server/auth/mint-token.js';
import { grantableRoles, isGrantableRole } from '../server/auth/roles.js';
import { loadConfig } from '../server/config.js';

class UsageError extends Error {}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'coordinator' }, // coordinator, analyst or partner
      sub: { type: 'string' }, // who the token is for (login name)
      name: { type: 'string' }, // display name; default sub
      actor: { type: 'string' }, // a partner's own Actor id
      source: { type: 'string' }, // a partner's own source of offers; default its Actor id
      expires: { type: 'string', default: '8h' }, // e.g. 30m, 8h, 7d
    },
    strict: true,
  });
  if (!isGrantableRole(values.role))
    throw new UsageError(`--role must be one of ${grantableRoles.join(', ')}, got "${values.role}"`);
  if (!values.sub) throw new UsageError('--sub <login name> is needed: it is who the changes are recorded for');
  if (values.role === 'partner' && !values.actor)
    throw new UsageError("a partner token needs --actor <id of the partner's Actor>");
  if (!/^\d+\s*[smhdw]$/.test(values.expires!))
    throw new UsageError(`--expires must look like 30m, 8h or 7d, got "${values.expires}"`);
  const settings = resolveJwtSettings(loadConfig());
  if (!settings?.secret) {
    throw new UsageError(
      settings?.jwksUrl
        ? 'JWKS_URL is set: tokens come from your identity provider, not from here'
        : 'Set JWT_SECRET (or use the local Neo4j) to mint tokens',
    );
  }
  const token = await mintToken(settings.secret, {
    role: values.role,
    sub: values.sub,
    name: values.name,
    actorId: values.actor,
    source: values.source,
    issuer: settings.issuer,
    audience: settings.audience,
    expiresIn: values.expires,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(`token: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});

// npm run keys -- create --actor <actor id> --role partner --name "Kursportal VHS" --source kursportal-vhs
// npm run keys -- set-source <key id> <source>
// npm run keys -- list
// npm run keys -- revoke <key id>
// API keys of partner systems, in the configured Neo4j (NEO4J_URI) or the local one. A new key is printed once:
// only its hash is stored. A partner key pushes offers only under its source (default: its Actor's id).
import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey, setApiKeySource } from '../server/auth/api-keys.js';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { AppError } from '../server/errors.js';
import { createLogger } from '../server/logger.js';

class UsageError extends Error {}

const usage =
  'Usage: npm run keys -- create --actor <id> --role partner|analyst|coordinator --name <text> [--source <name>] | set-source <key id> <name> | list | revoke <key id>';

function readCommand() {
  const { values, positionals } = parseArgs({
    options: {
      actor: { type: 'string' }, // create: the Actor the key acts for
      role: { type: 'string', default: 'partner' }, // create: partner (default), analyst or coordinator
      name: { type: 'string' }, // create: what the key is for, shown in the change history
      source: { type: 'string' }, // create: the source its offers are pushed under; default the Actor's id
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (command === 'create') {
    if (!values.actor) throw new UsageError(`create needs --actor <actor id>. ${usage}`);
    if (!values.name) throw new UsageError(`create needs --name <what the key is for>. ${usage}`);
    return { command, actorId: values.actor, role: values.role, name: values.name, source: values.source } as const;
  }
  if (command === 'set-source') {
    if (rest.length !== 2) throw new UsageError(`set-source needs the id of one key and a source. ${usage}`);
    return { command, id: rest[0]!, source: rest[1]! } as const;
  }
  if (command === 'list') return { command } as const;
  if (command === 'revoke') {
    if (rest.length !== 1) throw new UsageError(`revoke needs the id of one key. ${usage}`);
    return { command, id: rest[0]! } as const;
  }
  throw new UsageError(command ? `Unknown command "${command}". ${usage}` : usage);
}

async function main(): Promise<void> {
  const command = readCommand();
  const config = loadConfig();
  const database = await connectDatabase(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  const store = { driver: database.driver, database: database.database };
  try {
    if (command.command === 'create') {
      const created = await createApiKey(store, command);
      console.log(
        `Created API key ${created.id} (${created.role}) for ${created.actorName ?? created.actorId}: "${created.name}", source "${created.source ?? created.actorId}"`,
      );
      console.log('The key, shown this once (send it as the x-api-key header):');
      console.log(created.key);
    } else if (command.command === 'list') {
      const keys = await listApiKeys(store);
      if (keys.length === 0) console.log('No API keys.');
      for (const key of keys) {
        console.log(
          `${key.id}  ${key.role.padEnd(11)}  ${key.revokedAt ? `revoked ${key.revokedAt}` : 'active'}  actor ${key.actorId ?? '(deleted)'} ${key.actorName ?? ''}  "${key.name}"  source "${key.source ?? key.actorId ?? ''}"${key.source ? '' : ' (the actor id)'}  created ${key.createdAt}`,
        );
      }
    } else if (command.command === 'set-source') {
      const changed = await setApiKeySource(store, command.id, command.source);
      console.log(`API key ${changed.id} ("${changed.name}") now pushes under source "${changed.source}"`);
    } else {
      const revoked = await revokeApiKey(store, command.id);
      console.log(`Revoked API key ${revoked.id} ("${revoked.name}") at ${revoked.revokedAt}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`keys: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError || error instanceof AppError ? 2 : 1;
});

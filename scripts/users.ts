// npm run users -- add --name maria --display-name "Maria K." --role coordinator|analyst|partner [--actor <id>]
// npm run users -- list
// npm run users -- disable <name>   (enable <name> to undo)
// npm run users -- reset-password <name>
// People's accounts in the configured Neo4j (NEO4J_URI) or the local one. A new account has no password: `add` and
// `reset-password` print a one-time link (valid PASSWORD_LINK_LIFETIME) with which the person sets it. Passwords are
// never typed here, shown or logged.
import { parseArgs } from 'node:util';
import { createAccount, listAccounts, setAccountDisabled } from '../server/auth/accounts.js';
import { createPasswordLink, passwordLinkUrl } from '../server/auth/password-links.js';
import { describeSpan } from '../server/auth/verify-token.js';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { AppError } from '../server/errors.js';
import { createLogger } from '../server/logger.js';

class UsageError extends Error {}

const usage =
  'Usage: npm run users -- add --name <login> --display-name <text> --role coordinator|analyst|partner [--actor <actor id>] | list | disable <login> | enable <login> | reset-password <login>';

function readCommand() {
  const { values, positionals } = parseArgs({
    options: {
      name: { type: 'string' }, // add: the login name (lower case; a-z, 0-9, . _ @ -)
      'display-name': { type: 'string' }, // add: the name shown in the explorer and the change history
      role: { type: 'string' }, // add: coordinator, analyst or partner
      actor: { type: 'string' }, // add: a partner person's organisation (Actor id)
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (command === 'add') {
    if (!values.name) throw new UsageError(`add needs --name <login name>. ${usage}`);
    if (!values.role) throw new UsageError(`add needs --role coordinator|analyst|partner. ${usage}`);
    return {
      command,
      name: values.name,
      displayName: values['display-name'],
      role: values.role,
      actorId: values.actor,
    } as const;
  }
  if (command === 'list') return { command } as const;
  if (command === 'disable' || command === 'enable' || command === 'reset-password') {
    if (rest.length !== 1) throw new UsageError(`${command} needs one login name. ${usage}`);
    return { command, name: rest[0]! } as const;
  }
  throw new UsageError(command ? `Unknown command "${command}". ${usage}` : usage);
}

async function main(): Promise<void> {
  const command = readCommand();
  const config = loadConfig();
  const database = await connectDatabase(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  const store = { driver: database.driver, database: database.database };
  const base = config.accounts.publicUrl ?? `http://${config.host}:${config.port}`;
  const printLink = async (name: string) => {
    const link = await createPasswordLink(store, name, config.accounts.passwordLinkSeconds);
    console.log(
      `One-time link to set the password of "${name}" (valid ${describeSpan(config.accounts.passwordLinkSeconds)}, until ${link.expiresAt.toISOString()}; hand it over privately):`,
    );
    console.log(passwordLinkUrl(base, link.token));
  };
  try {
    if (command.command === 'add') {
      const account = await createAccount(store, command);
      console.log(
        `Created account "${account.name}" (${account.role}${account.actorId ? ` for ${account.actorName ?? account.actorId}` : ''}): ${account.displayName}`,
      );
      await printLink(account.name);
    } else if (command.command === 'list') {
      const accounts = await listAccounts(store);
      if (accounts.length === 0) console.log('No accounts.');
      for (const a of accounts)
        console.log(
          `${a.name.padEnd(20)}  ${a.role.padEnd(11)}  ${a.disabled ? 'disabled' : a.hasPassword ? 'active  ' : 'no password yet'}  "${a.displayName}"${a.actorId ? `  actor ${a.actorId} ${a.actorName ?? ''}` : ''}  created ${a.createdAt}`,
        );
    } else if (command.command === 'disable' || command.command === 'enable') {
      const account = await setAccountDisabled(store, command.name, command.command === 'disable');
      console.log(
        account.disabled
          ? `Disabled account "${account.name}"; its sessions have ended`
          : `Enabled account "${account.name}" again`,
      );
    } else {
      await printLink(command.name);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`users: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError || error instanceof AppError ? 2 : 1;
});

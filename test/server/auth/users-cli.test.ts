// `npm run users` against the test Neo4j (add, list, reset-password, disable, enable, the refusals), and the first
// start's account: while no coordinator can log in, a one-time link for the account "koordination".
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureFirstAccount, findPasswordLink, firstAccountName } from '../../../server/auth/password-links.js';
import { projectRoot } from '../../../server/config.js';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('cli').toLowerCase();
const neo4j = inject('neo4j');

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
});

afterAll(async () => {
  await server.cypher(
    'MATCH (u:UserAccount) WHERE u.name STARTS WITH $prefix OR u.name = $first OPTIONAL MATCH (x)-[:OF|FOR]->(u) DETACH DELETE x, u',
    { prefix, first: firstAccountName },
  );
  await removePlace(server, place);
  await server.close();
});

const users = (args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/users.ts', ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database ?? '',
      PUBLIC_URL: 'https://bildungsnetz.example.de',
      PASSWORD_LINK_LIFETIME: '2h',
      LOG_LEVEL: 'warn',
    },
  });

const tokenIn = (stdout: string) =>
  decodeURIComponent(/https:\/\/bildungsnetz\.example\.de\/auth\/password\?token=(\S+)/.exec(stdout)![1]!);
const store = () => ({ driver: server.driver, database: server.database });

describe('npm run users', () => {
  it('adds, lists, resets, disables and enables accounts; prints one-time links, never a password', async () => {
    const name = `${prefix}-maria`;
    const added = await users(['add', '--name', name, '--display-name', 'Maria K.', '--role', 'analyst']);
    expect(added.stdout).toContain(`Created account "${name}" (analyst): Maria K.`);
    expect(added.stdout).toContain('valid 2 hours');
    const first = tokenIn(added.stdout);
    expect(await findPasswordLink(store(), first)).toEqual({ name, displayName: 'Maria K.' });
    const [stored] = await server.cypher(
      'MATCH (l:PasswordLink)-[:FOR]->(:UserAccount {name: $name}) RETURN l.hash AS hash',
      { name },
    );
    expect(stored!.hash).not.toBe(first); // only the hash is kept

    const partner = `${prefix}-vhs`;
    const withActor = await users(['add', '--name', partner, '--role', 'partner', '--actor', place.partnerId]);
    expect(withActor.stdout).toContain(`(partner for Jobcenter Test (fiktiv))`);

    const listed = await users(['list']);
    expect(listed.stdout).toMatch(new RegExp(`${name}\\s+analyst\\s+no password yet\\s+"Maria K."`));
    expect(listed.stdout).toContain(`actor ${place.partnerId}`);

    // A new link replaces the old one.
    const reset = await users(['reset-password', name]);
    expect(await findPasswordLink(store(), tokenIn(reset.stdout))).toMatchObject({ name });
    expect(await findPasswordLink(store(), first)).toBeUndefined();

    expect((await users(['disable', name])).stdout).toContain(`Disabled account "${name}"`);
    expect((await users(['list'])).stdout).toMatch(new RegExp(`${name}\\s+analyst\\s+disabled`));
    expect((await users(['enable', name])).stdout).toContain(`Enabled account "${name}" again`);
  }, 180_000);

  it('refuses what it cannot do with exit code 2 and a message naming it', async () => {
    await expect(users(['add', '--name', `${prefix}-p`, '--role', 'partner'])).rejects.toMatchObject({
      code: 2,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
      stderr: expect.stringContaining("A partner's account needs the Actor of its organisation"),
    });
    await expect(users(['add', '--name', `${prefix}-x`, '--role', 'boss'])).rejects.toMatchObject({
      code: 2,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
      stderr: expect.stringContaining('role must be one of coordinator, analyst, partner, got "boss"'),
    });
    await expect(users(['disable', `${prefix}-niemand`])).rejects.toMatchObject({
      code: 2,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
      stderr: expect.stringContaining(`There is no account "${prefix}-niemand"`),
    });
  }, 120_000);
});

describe('the first start', () => {
  it("makes the first coordinator's account and a link while no coordinator can log in, and nothing after", async () => {
    // Only tests make accounts in the test database, and test files run one at a time: start from none.
    await server.cypher('MATCH (u:UserAccount) OPTIONAL MATCH (x)-[:OF|FOR]->(u) DETACH DELETE x, u');
    const first = await ensureFirstAccount(store(), 3600);
    expect(first?.name).toBe(firstAccountName);
    expect(await findPasswordLink(store(), first!.link.token)).toEqual({
      name: firstAccountName,
      displayName: 'Bildungskoordination',
    });
    // A second start before the password was set: a new link for the same account, the old one void.
    const again = await ensureFirstAccount(store(), 3600);
    expect(again?.name).toBe(firstAccountName);
    expect(await findPasswordLink(store(), first!.link.token)).toBeUndefined();
    expect(Number((await server.cypher('MATCH (u:UserAccount) RETURN count(u) AS n'))[0]!.n)).toBe(1);
    // Once the coordinator has a password: nothing.
    await server.cypher("MATCH (u:UserAccount {name: $name}) SET u.passwordHash = '$argon2id$x'", {
      name: firstAccountName,
    });
    expect(await ensureFirstAccount(store(), 3600)).toBeUndefined();
  });
});

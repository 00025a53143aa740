// SIGTERM under a write load: the server (server/main.ts, its own process, on the test Neo4j) is stopped while
// partners push offers over several connections. Every write it acknowledged is in the database, it exits with 0
// within its grace time, and a request after the signal gets an answer, a clean refusal or a closed connection,
// never a 500 or a broken answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { mintToken } from '../../../server/auth/mint-token.js';
import { projectRoot } from '../../../server/config.js';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';

const graceMs = 10_000;
const workers = 6;
const prefix = uniquePrefix('sigterm');

let server: TestServer | undefined;
let place: Place | undefined;
let child: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(url: string, process: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (process.exitCode !== null) throw new Error(`the server exited with ${process.exitCode} while starting`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error('the server did not become healthy');
}

type Outcome =
  | { kind: 'acknowledged'; externalId: string; afterSignal: boolean }
  | { kind: 'refused'; status: number; code: string | undefined; afterSignal: boolean }
  | { kind: 'closed'; afterSignal: boolean }; // the connection was refused or closed: no answer, nothing promised

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (server) {
    await server.cypher('MATCH (o:Offer {source: $s}) DETACH DELETE o', { s: prefix });
    if (place) await removePlace(server, place);
    await server.close();
  }
});

describe('SIGTERM under load', () => {
  it('keeps every acknowledged write, exits 0 within its grace time and refuses cleanly afterwards', async () => {
    server = await startTestServer();
    place = await createPlace(server);
    const connection = inject('neo4j');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const secret = randomBytes(32).toString('base64url');
    child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'main.ts')], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USERNAME: connection.username,
        NEO4J_PASSWORD: connection.password,
        NEO4J_DATABASE: connection.database ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: 'false',
        SNAPSHOT_SCHEDULE: '',
        RATE_LIMIT_MAX: '1000000000',
        SHUTDOWN_GRACE_MS: String(graceMs),
        JWT_SECRET: secret,
        JWKS_URL: '',
        JWT_ISSUER: '',
        JWT_AUDIENCE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = ''; // the server's log (warnings and worse) and anything it printed
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child!.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await waitForHealth(url, child);
    const token = await mintToken(secret, {
      role: 'partner',
      sub: 'sigterm',
      actorId: place.providerId,
      source: prefix,
    });

    let signalledAt: number | undefined;
    let sequence = 0;
    const outcomes: Outcome[] = [];
    const push = async (): Promise<Outcome> => {
      const externalId = `S-${(sequence += 1)}`;
      const sentAfterSignal = signalledAt !== undefined;
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: `mutation($s: String!, $o: [OfferUpsertInput!]!) { upsertOffers(source: $s, offers: $o) { created errors { message } } }`,
            variables: {
              s: prefix,
              o: [{ externalId, title: `Kurs ${externalId}`, category: 'OTHER', format: 'ONLINE', status: 'OPEN' }],
            },
          }),
        });
        const body = (await response.json()) as {
          data?: { upsertOffers?: { created: number } };
          errors?: { extensions?: { code?: string } }[];
        };
        if (response.status === 200 && body.data?.upsertOffers?.created === 1 && !body.errors)
          return { kind: 'acknowledged', externalId, afterSignal: sentAfterSignal };
        return {
          kind: 'refused',
          status: response.status,
          code: body.errors?.[0]?.extensions?.code,
          afterSignal: sentAfterSignal,
        };
      } catch {
        return { kind: 'closed', afterSignal: sentAfterSignal };
      }
    };
    // Each worker pushes one offer after the other until its requests find the server gone.
    const load = Array.from({ length: workers }, async () => {
      for (;;) {
        const outcome = await push();
        outcomes.push(outcome);
        if (outcome.kind === 'closed' && outcome.afterSignal) return;
        if (signalledAt !== undefined && Date.now() - signalledAt > graceMs + 20_000) return;
      }
    });
    // The signal while the load runs: once some writes are acknowledged, so that more are surely in flight.
    while (outcomes.filter((outcome) => outcome.kind === 'acknowledged').length < workers * 2) {
      if (child.exitCode !== null) throw new Error(`the server exited early: ${output}`);
      await sleep(50);
    }
    signalledAt = Date.now();
    child.kill('SIGTERM');
    const exit = await Promise.race([exited, sleep(graceMs + 15_000).then(() => undefined)]);
    await Promise.all(load);

    expect(exit, `the server did not exit within its grace time; output: ${output}`).toBeDefined();
    expect(exit).toMatchObject({ code: 0, signal: null });
    // Every write the server acknowledged is in the database, before and after the signal.
    const acknowledged = outcomes.flatMap((outcome) => (outcome.kind === 'acknowledged' ? [outcome.externalId] : []));
    const stored = await server.cypher(
      'MATCH (o:Offer {source: $s})<-[:PROVIDES]-(:Actor {id: $a}) RETURN o.externalId AS externalId',
      { s: prefix, a: place.providerId },
    );
    const storedIds = new Set(stored.map((row) => row.externalId as string));
    expect(acknowledged.filter((externalId) => !storedIds.has(externalId))).toEqual([]);
    // Whatever was not acknowledged got a clean refusal or a closed connection: never a 500 or a broken answer.
    const refusals = outcomes.filter((outcome) => outcome.kind === 'refused');
    for (const refusal of refusals)
      expect(refusal, 'a refusal while stopping').toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    // The load went on past the signal, and requests after it found the server closed.
    expect(outcomes.some((outcome) => outcome.afterSignal && outcome.kind === 'closed')).toBe(true);
    expect(output).not.toMatch(/"level":(50|60)/); // no error or fatal in the server's log
  }, 400_000);
});

// The import as an upload over HTTP (POST /import/:type, server/http/import-routes.ts) against the real Neo4j: only
// the coordinator may upload; a dry run and a refused file write nothing; a good file is written with the
// coordinator named in the change history; the same file again changes nothing. And GET /auth/me, which the
// explorer reads to know whether to offer the upload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadLimitBytes } from '../../../server/http/import-routes.js';
import type { ImportReport } from '../../../server/import-export/import-file.js';
import { headersFor, type Caller } from '../../support/test-server.js';
import { csv, startKit, type Kit } from './import-test-kit.js';

let kit: Kit;

beforeAll(async () => {
  kit = await startKit('upload');
});

afterAll(async () => {
  // The change history is not linked to the entities: removed by the ids of the actors this file wrote.
  await kit?.server.cypher('MATCH (a:Actor {source: $source}) MATCH (c:ChangeEvent {entityId: a.id}) DELETE c', {
    source: kit.source,
  });
  await kit?.close();
});

function actorsCsv(kind = 'Kursträger'): string {
  const { townAgs, villageAgs } = kit.place;
  return csv([
    ['Kennung', 'Name', 'Art', 'Gemeinde (AGS)', 'Versorgt (AGS)'],
    ['U-1', 'Sprachtreff Upload (fiktiv)', kind, townAgs, `${townAgs}, ${villageAgs}`],
    ['U-2', 'Beratung Upload (fiktiv)', 'Beratungsstelle', villageAgs, ''],
  ]);
}

interface Answer {
  status: number;
  body: ImportReport & { errors?: { message: string; extensions: { code: string; value?: unknown } }[] };
}

async function upload(
  type: string,
  content: string | Buffer,
  query: Record<string, string> = {},
  as: Caller = 'coordinator',
  fileName = 'Akteure Überblick.csv',
): Promise<Answer> {
  const params = new URLSearchParams({ source: kit.source, ...query });
  const response = await fetch(`${kit.server.url}/import/${type}?${params}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      ...(await headersFor(as)),
    },
    body: typeof content === 'string' ? content : new Uint8Array(content),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('POST /import/:type', () => {
  it('refuses callers that are not the coordinator, and writes nothing', async () => {
    const before = await kit.fingerprint();
    const anonymous = await upload('actors', actorsCsv(), {}, 'anonymous');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    for (const caller of ['analyst', { role: 'partner', actorId: kit.place.partnerId }] as const) {
      const refused = await upload('actors', actorsCsv(), {}, caller);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.message).toContain(`"${typeof caller === 'string' ? caller : caller.role}"`);
    }
    expect(await kit.fingerprint()).toBe(before);
  });

  it('answers 400 naming a bad type or parameter', async () => {
    const badType = await upload('courses', actorsCsv());
    expect(badType.status).toBe(400);
    expect(badType.body.errors?.[0]?.message).toBe(
      'Unknown import type "courses"; use one of actors, offers, needs, cooperations, outcomes',
    );
    const badDryRun = await upload('actors', actorsCsv(), { dryRun: 'vielleicht' });
    expect(badDryRun.status).toBe(400);
    expect(badDryRun.body.errors?.[0]?.message).toBe('dryRun must be true or false, got "vielleicht"');
    const empty = await upload('actors', '');
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0]?.message).toContain('"Akteure Überblick.csv" is empty');
  });

  it('answers 413 for a body far over the import limit', async () => {
    const tooLarge = await upload('actors', Buffer.alloc(uploadLimitBytes + 1, 0x41));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(tooLarge.body.errors?.[0]?.message).toContain(`The file is ${uploadLimitBytes + 1} bytes`);
  });

  it('checks a file in a dry run and writes nothing', async () => {
    const before = await kit.fingerprint();
    const { status, body } = await upload('actors', actorsCsv(), { dryRun: 'true' });
    expect(body.problems).toEqual([]);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      dryRun: true,
      written: false,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      fileName: 'Akteure Überblick.csv',
      format: 'csv',
    });
    expect(body.outcomes.map((o) => [o.row, o.action, o.key])).toEqual([
      [2, 'create', `${kit.source}/U-1`],
      [3, 'create', `${kit.source}/U-2`],
    ]);
    expect(await kit.fingerprint()).toBe(before);
  });

  it('refuses a bad file with 422, naming row, column and value, and writes nothing', async () => {
    const before = await kit.fingerprint();
    const { status, body } = await upload('actors', actorsCsv('Raumstation'));
    expect(status).toBe(422);
    expect(body).toMatchObject({ ok: false, written: false, rows: 2 });
    expect(body.problems).toHaveLength(1);
    expect(body.problems[0]).toMatchObject({
      reason: 'BAD_VALUE',
      row: 2,
      column: 'C',
      header: 'Art',
      value: 'Raumstation',
    });
    expect(body.problems[0]!.message).toContain('"Raumstation"');
    expect(await kit.fingerprint()).toBe(before);
  });

  it('writes a good file with the coordinator in the change history, and the same file again changes nothing', async () => {
    const written = await upload('actors', actorsCsv());
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({
      ok: true,
      dryRun: false,
      written: true,
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const actors = await kit.server.cypher(
      'MATCH (a:Actor {source: $source}) RETURN a.externalId AS externalId, a.name AS name, a.kind AS kind ORDER BY externalId',
      { source: kit.source },
    );
    expect(actors).toEqual([
      { externalId: 'U-1', name: 'Sprachtreff Upload (fiktiv)', kind: 'COURSE_PROVIDER' },
      { externalId: 'U-2', name: 'Beratung Upload (fiktiv)', kind: 'COUNSELLING_SERVICE' },
    ]);
    const history = await kit.server.cypher(
      `MATCH (a:Actor {source: $source}) MATCH (c:ChangeEvent {entityId: a.id})
       RETURN a.externalId AS externalId, c.operation AS operation, c.origin AS origin, c.authorId AS authorId, c.authorRole AS authorRole, c.authorVia AS authorVia ORDER BY externalId`,
      { source: kit.source },
    );
    expect(history).toEqual([
      {
        externalId: 'U-1',
        operation: 'CREATE',
        origin: 'import:actors',
        authorId: 'test-coordinator',
        authorRole: 'coordinator',
        authorVia: 'jwt',
      },
      {
        externalId: 'U-2',
        operation: 'CREATE',
        origin: 'import:actors',
        authorId: 'test-coordinator',
        authorRole: 'coordinator',
        authorVia: 'jwt',
      },
    ]);

    const before = await kit.fingerprint();
    const again = await upload('actors', actorsCsv());
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ ok: true, written: true, created: 0, updated: 0, unchanged: 2 });
    expect(again.body.outcomes.every((o) => o.action === 'unchanged')).toBe(true);
    expect(await kit.fingerprint()).toBe(before);
    expect(
      await kit.server.cypher(
        'MATCH (a:Actor {source: $source}) MATCH (c:ChangeEvent {entityId: a.id}) RETURN count(c) AS n',
        { source: kit.source },
      ),
    ).toEqual([{ n: 2 }]);
  });
});

describe('GET /auth/me', () => {
  it('names the role of the token, and anonymous without one', async () => {
    const me = async (as: Caller) => {
      const response = await fetch(`${kit.server.url}/auth/me`, { headers: await headersFor(as) });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await me('coordinator')).toEqual({
      status: 200,
      body: { role: 'coordinator', id: 'test-coordinator', name: 'test-coordinator' },
    });
    expect(await me('analyst')).toEqual({
      status: 200,
      body: { role: 'analyst', id: 'test-analyst', name: 'test-analyst' },
    });
    expect(await me('anonymous')).toEqual({
      status: 200,
      body: { role: 'anonymous', id: 'anonymous', name: 'anonymous' },
    });
    expect((await me({ token: 'not-a-token' })).status).toBe(401);
  });
});

// Cached analyses never outlive a write, against the real Neo4j: an analysis is read (a miss, then a hit), a write
// goes through one write path, and the same analysis read at once shows the write. Every write path: the generated
// mutations (create, update, delete), upsertOffers, resolveOfferConflicts, setCourseTypeSettings, the spreadsheet
// import over HTTP, the snapshot job and the seed. Two server instances over one Neo4j share the data version.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createDriver } from '../../../server/database/create-driver.js';
import { readDataVersion } from '../../../server/database/data-version.js';
import { takeSnapshots } from '../../../server/monitoring/take-snapshots.js';
import { loadDemoCounty } from '../../support/demo-county.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import {
  cacheLookups,
  createOffersMutation,
  integrationCourseInput,
  type CreatedOffers,
} from '../../support/cache-writes.js';
import { headersFor, startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import type { App } from '../../../server/http/create-app.js';

// Each test writes, then computes a gap table afresh: on a busy machine the first takes a minute or more.
vi.setConfig({ testTimeout: 300_000 });

let server: TestServer & { app: App };
let second: TestServer & { app: App };
let place: Place;
const source = uniquePrefix('cache');
const partnerSource = `${source}-partner`;

const gapsQuery = `query($d: String!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) {
  municipalities { ags freePlacesInReach offersInReach } } }`;

/** Free places in reach of the test town, by the cached gap table of the given server. */
async function freePlaces(through: TestServer = server): Promise<number> {
  type Gaps = { coverageGaps: { municipalities: { ags: string; freePlacesInReach: number }[] } };
  const response = await through.gql<Gaps>(gapsQuery, { d: place.districtAgs });
  expectNoErrors(response);
  const rows = response.data!.coverageGaps.municipalities;
  return rows.find((row) => row.ags === place.townAgs)!.freePlacesInReach;
}

/** Reads the gap table twice, the second time from the cache, and answers the free places. */
async function cachedFreePlaces(through: TestServer & { app: App } = server): Promise<number> {
  const first = await freePlaces(through);
  const count = cacheLookups(through.app);
  expect(await freePlaces(through)).toBe(first);
  expect(count()).toEqual({ hits: 1, misses: 0 });
  return first;
}

type Upserted = { upsertOffers: { created: number; updated: number; unchanged: number; conflicts: number } };

beforeAll(async () => {
  // Own schemas (writes given), so that each server is a separate instance with its own cache.
  const cache = { maxEntries: 100 };
  server = await startTestServer({ cache, writes: {} });
  second = await startTestServer({ cache, writes: {} });
  place = await createPlace(server);
});

afterAll(async () => {
  await server?.cypher(
    'MATCH (o:Offer) WHERE o.source IN $sources OPTIONAL MATCH (c:OfferConflict)-[:CONFLICT_OF]->(o) DETACH DELETE c, o',
    { sources: [source, partnerSource] },
  );
  if (place) await removePlace(server, place);
  await second?.close();
  await server?.close();
});

describe('the generated mutations', () => {
  it('create, update and delete: each is seen by the next read of a cached analysis', async () => {
    const before = await cachedFreePlaces();
    const created = await server.gql<CreatedOffers>(createOffersMutation, {
      input: [integrationCourseInput(place, source, 'Integrationskurs Cache', 20, 5)],
    });
    expectNoErrors(created);
    const id = created.data!.createOffers.offers[0]!.id;
    expect(await cachedFreePlaces()).toBe(before + 15);

    expectNoErrors(
      await server.gql(
        `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { booked: { set: 12 } }) { offers { id } } }`,
        {
          id,
        },
      ),
    );
    expect(await cachedFreePlaces()).toBe(before + 8);

    expectNoErrors(
      await server.gql(`mutation($id: ID!) { deleteOffers(where: { id: { eq: $id } }) { nodesDeleted } }`, { id }),
    );
    expect(await cachedFreePlaces()).toBe(before);
  });

  it('a write that is refused leaves the cached analysis in place', async () => {
    const before = await cachedFreePlaces();
    const count = cacheLookups(server.app);
    const refused = await server.gql<CreatedOffers>(createOffersMutation, {
      input: [
        {
          ...integrationCourseInput(place, source, 'Ohne Anbieter', 10, 0),
          provider: { connect: [{ where: { node: { id: { eq: 'nobody' } } } }] },
        },
      ],
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await freePlaces()).toBe(before);
    expect(count()).toEqual({ hits: 1, misses: 0 });
  });
});

describe('two server instances over one Neo4j', () => {
  it('share the data version: a write through one is seen at once through the other, whose cache held the old table', async () => {
    const before = await cachedFreePlaces(second);
    expect(await cachedFreePlaces(server)).toBe(before);
    const created = await server.gql<CreatedOffers>(createOffersMutation, {
      input: [integrationCourseInput(place, source, 'Integrationskurs Zweite Instanz', 10, 0)],
    });
    expectNoErrors(created);
    const count = cacheLookups(second.app);
    expect(await freePlaces(second)).toBe(before + 10);
    expect(count()).toEqual({ hits: 0, misses: 1 });
    // And back: a write through the second is seen by the first.
    expectNoErrors(
      await second.gql(`mutation($id: ID!) { deleteOffers(where: { id: { eq: $id } }) { nodesDeleted } }`, {
        id: created.data!.createOffers.offers[0]!.id,
      }),
    );
    expect(await freePlaces(server)).toBe(before);
  });
});

describe('the partner API', () => {
  const upsert = `mutation($source: String!, $offers: [OfferUpsertInput!]!) {
    upsertOffers(source: $source, offers: $offers) { created updated unchanged conflicts items { id } } }`;
  const course = (capacity: number, booked: number) => ({
    externalId: 'C-1',
    title: 'Integrationskurs Partner',
    category: 'INTEGRATION_COURSE',
    format: 'IN_PERSON',
    status: 'OPEN',
    capacity,
    booked,
    venueAgs: place.townAgs,
  });
  const partner = () => ({ role: 'partner' as const, actorId: place.providerId, sub: 'portal', source: partnerSource });

  it('upsertOffers: a push that writes is seen at once; one that changes nothing keeps the cache', async () => {
    const before = await cachedFreePlaces();
    const created = await server.gql<Upserted>(
      upsert,
      { source: partnerSource, offers: [course(20, 0)] },
      { as: partner() },
    );
    expectNoErrors(created);
    expect(created.data!.upsertOffers.created).toBe(1);
    expect(await cachedFreePlaces()).toBe(before + 20);

    const same = await server.gql<Upserted>(
      upsert,
      { source: partnerSource, offers: [course(20, 0)] },
      { as: partner() },
    );
    expect(same.data!.upsertOffers.unchanged).toBe(1);
    const count = cacheLookups(server.app);
    expect(await freePlaces()).toBe(before + 20);
    expect(count()).toEqual({ hits: 1, misses: 0 });

    const updated = await server.gql<Upserted>(
      upsert,
      { source: partnerSource, offers: [course(20, 7)] },
      { as: partner() },
    );
    expect(updated.data!.upsertOffers.updated).toBe(1);
    expect(await freePlaces()).toBe(before + 13);
  });

  it("resolveOfferConflicts: taking the partner's value over is seen at once", async () => {
    const offerId = (
      await server.cypher('MATCH (o:Offer {source: $s, externalId: "C-1"}) RETURN o.id AS id', { s: partnerSource })
    )[0]!.id as string;
    // The coordinator corrects the booked figure; the partner's next push conflicts with it.
    expectNoErrors(
      await server.gql(
        `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { booked: { set: 10 } }) { offers { id } } }`,
        {
          id: offerId,
        },
      ),
    );
    const pushed = await server.gql<Upserted>(
      upsert,
      { source: partnerSource, offers: [course(20, 2)] },
      { as: partner() },
    );
    expect(pushed.data!.upsertOffers.conflicts).toBe(1);
    const before = await cachedFreePlaces();
    const conflicts = await server.gql(`query($s: String) { offerConflicts(source: $s) { id status } }`, {
      s: partnerSource,
    });
    const open = (conflicts.data!.offerConflicts as { id: string; status: string }[]).filter(
      (c) => c.status === 'OPEN',
    );
    expectNoErrors(
      await server.gql(
        `mutation($ids: [ID!]!) { resolveOfferConflicts(ids: $ids, resolution: ACCEPT_PARTNER_VALUE) { status } }`,
        { ids: open.map((c) => c.id) },
      ),
    );
    expect(await freePlaces()).toBe(before + 8);
  });
});

describe('the other write paths', () => {
  const calendarQuery = `query($d: String!) { courseCalendar(districtAgs: $d, from: "2020-01-01", to: "2040-12-31") { id } }`;

  async function calendarMisses(write: () => Promise<unknown>): Promise<{ hits: number; misses: number }> {
    const read = async () => expectNoErrors(await server.gql(calendarQuery, { d: place.districtAgs }));
    await read();
    await read();
    const count = cacheLookups(server.app);
    await write();
    await read();
    return count();
  }

  it('setCourseTypeSettings advances the data version: the next analysis is computed afresh', async () => {
    const version = await readDataVersion(server.driver, server.database);
    // The figures course-api.test.ts and the permission matrix set too (REMEDIAL), so that files sharing the
    // database in one run see the same settings; GENERAL stays at its documented default.
    expect(
      await calendarMisses(async () =>
        expectNoErrors(
          await server.gql(
            `mutation($s: [CourseTypeSettingInput!]!) { setCourseTypeSettings(settings: $s) { courseType } }`,
            { s: [{ courseType: 'REMEDIAL', minGroupSize: 6, maxGroupSize: 14, basis: 'Trägerrunde Juni' }] },
          ),
        ),
      ),
    ).toEqual({ hits: 0, misses: 1 });
    expect(await readDataVersion(server.driver, server.database)).not.toBe(version);
  });

  it('the spreadsheet import over HTTP: imported offers are in the next gap table', async () => {
    const before = await cachedFreePlaces();
    const header = 'externalId;title;category;format;status;capacity;booked;venueAgs;providerId';
    const row = `I-1;Integrationskurs Import;INTEGRATION_COURSE;IN_PERSON;OPEN;12;0;${place.townAgs};${place.providerId}`;
    const response = await fetch(`${server.url}/import/offers?${new URLSearchParams({ source })}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': 'angebote.csv',
        ...(await headersFor('coordinator')),
      },
      body: `${header}\r\n${row}\r\n`,
    });
    const report = (await response.json()) as { written?: boolean; problems?: unknown };
    expect(report, JSON.stringify(report)).toMatchObject({ written: true });
    expect(await freePlaces()).toBe(before + 12);
  });

  it('the snapshot job advances the data version', async () => {
    // A driver of its own that waits long for connections: the job reads all categories side by side, and on a busy
    // machine opening that many connections at once can take longer than the server's 5 s.
    const driver = createDriver({ ...inject('neo4j'), connectionAcquisitionTimeoutMs: 120_000 });
    try {
      const snapshot = () => takeSnapshots({ driver, database: server.database }, { districtAgs: [place.districtAgs] });
      expect(await calendarMisses(snapshot)).toEqual({ hits: 0, misses: 1 });
    } finally {
      await driver.close();
    }
  });

  it('the seed advances the data version', async () => {
    // A driver of its own without the test servers' transaction time limit: the seed is one large transaction.
    const driver = createDriver(inject('neo4j'));
    try {
      expect(await calendarMisses(() => loadDemoCounty(driver, server.database))).toEqual({ hits: 0, misses: 1 });
    } finally {
      await driver.close();
    }
  }, 300_000); // the demo county is loaded with its history in one transaction
});

describe('who may see a cached analysis', () => {
  it('is checked before the cache: a cached gap table is refused to a partner and to nobody', async () => {
    await cachedFreePlaces();
    for (const caller of ['anonymous', { role: 'partner' as const, actorId: place.providerId }] as const) {
      const refused = await server.gql(gapsQuery, { d: place.districtAgs }, { as: caller });
      expect(refused.data ?? null).toBeNull();
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(refused.errors?.[0]?.extensions?.code);
    }
    // An analyst is allowed, and the table is the same for both roles.
    const analyst = await server.gql(gapsQuery, { d: place.districtAgs }, { as: 'analyst' });
    expectNoErrors(analyst);
  });
});

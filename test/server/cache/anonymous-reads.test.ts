// Anonymous answers kept whole (server/http/cache-anonymous-reads.ts), against the real Neo4j: a visitor's repeated
// query is answered from the cache with the same bytes; a write through every path an anonymous answer can show
// (the generated mutations, the partner push, the spreadsheet import, the outlines import, the search aliases) is in
// the very next anonymous answer; two instances share the data version; refusals, failures and signed-in viewers'
// answers are never kept or served.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import {
  cacheLookups,
  createOffersMutation,
  integrationCourseInput,
  type CreatedOffers,
} from '../../support/cache-writes.js';
import { headersFor, startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import type { App } from '../../../server/http/create-app.js';

vi.setConfig({ testTimeout: 120_000 });

let server: TestServer & { app: App };
let second: TestServer & { app: App };
let place: Place;
const source = uniquePrefix('anonymous-cache');
const partnerSource = `${source}-partner`;

const offersQuery = `query PublicOffers($town: String!) {
  offers(where: { venue: { some: { ags: { eq: $town } } } }, sort: [{ title: ASC }]) { title freePlaces } }`;

/** The raw response of a GraphQL request, as a visitor (no credentials) or as a role. */
async function post(through: TestServer, query: string, variables: object, as?: 'coordinator') {
  const response = await fetch(`${through.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as ? await headersFor(as) : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.text(), cacheControl: response.headers.get('cache-control') };
}

/** The titles and free places a visitor reads for the test town, asked twice: the second answer from the cache. */
async function visitorOffers(through: TestServer & { app: App } = server): Promise<string[]> {
  const first = await post(through, offersQuery, { town: place.townAgs });
  const count = cacheLookups(through.app);
  const again = await post(through, offersQuery, { town: place.townAgs });
  expect(again.body).toBe(first.body);
  expect(count()).toEqual({ hits: 1, misses: 0 });
  const parsed = JSON.parse(first.body) as { data: { offers: { title: string; freePlaces: number }[] } };
  return parsed.data.offers.map((offer) => `${offer.title}: ${offer.freePlaces}`);
}

beforeAll(async () => {
  // Own caches: each server is a separate instance.
  const cache = { maxEntries: 100 };
  server = await startTestServer({ cache, writes: {} });
  second = await startTestServer({ cache, writes: {} });
  place = await createPlace(server);
});

afterAll(async () => {
  await server?.cypher('MATCH (o:Offer) WHERE o.source IN $sources DETACH DELETE o', {
    sources: [source, partnerSource],
  });
  if (place) {
    await server.cypher('MATCH (o:AreaOutline {districtAgs: $d}) DETACH DELETE o', { d: place.districtAgs });
    await server.cypher('MATCH (a:SearchAlias {districtAgs: $d}) DELETE a', { d: place.districtAgs });
    await removePlace(server, place);
  }
  await second?.close();
  await server?.close();
});

describe('a visitor’s query', () => {
  it('is answered from the cache the second time, byte for byte, and still not cached by the browser', async () => {
    const count = cacheLookups(server.app);
    const first = await post(server, offersQuery, { town: place.townAgs });
    const again = await post(server, offersQuery, { town: place.townAgs });
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    expect(again.cacheControl).toBe('no-store');
    expect(count()).toEqual({ hits: 1, misses: 1 });
  });

  it('is kept per variables: another town is computed, not served the first town’s answer', async () => {
    await visitorOffers();
    const count = cacheLookups(server.app);
    const other = await post(server, offersQuery, { town: place.villageAgs });
    expect(JSON.parse(other.body)).toEqual({ data: { offers: [] } });
    expect(count()).toEqual({ hits: 0, misses: 1 });
  });

  it('is never served a signed-in viewer’s answer, and a signed-in viewer never gets a kept one', async () => {
    const query = `query StaffFirst($id: ID!) { actors(where: { id: { eq: $id } }) { name } }`;
    const count = cacheLookups(server.app);
    const staff = await post(server, query, { id: place.providerId }, 'coordinator');
    expect(JSON.parse(staff.body)).toEqual({ data: { actors: [{ name: 'Sprachschule Test (fiktiv)' }] } });
    expect(count()).toEqual({ hits: 0, misses: 0 });
    await post(server, query, { id: place.providerId });
    await post(server, query, { id: place.providerId });
    await post(server, query, { id: place.providerId }, 'coordinator');
    expect(count()).toEqual({ hits: 1, misses: 1 });
  });

  it('that is refused is never kept: each time computed and refused anew', async () => {
    const refused = `query Refused($d: String!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) { municipalities { ags } } }`;
    const count = cacheLookups(server.app);
    for (let round = 0; round < 2; round++) {
      const response = await post(server, refused, { d: place.districtAgs });
      const body = JSON.parse(response.body) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(count()).toEqual({ hits: 0, misses: 2 });
  });

  it('that is not valid is never kept', async () => {
    const count = cacheLookups(server.app);
    for (let round = 0; round < 2; round++) {
      const response = await post(server, `query { offers { noSuchField } }`, {});
      expect(response.status).toBe(400);
      expect(response.body).toContain('noSuchField');
    }
    expect(count()).toEqual({ hits: 0, misses: 2 });
  });
});

describe('every write an anonymous answer can show is in the next one', () => {
  it('the generated mutations: create, update, delete', async () => {
    const before = await visitorOffers();
    const created = await server.gql<CreatedOffers>(createOffersMutation, {
      input: [integrationCourseInput(place, source, 'Integrationskurs Besuch', 20, 5)],
    });
    expectNoErrors(created);
    const id = created.data!.createOffers.offers[0]!.id;
    expect(await visitorOffers()).toEqual([...before, 'Integrationskurs Besuch: 15'].sort());

    expectNoErrors(
      await server.gql(
        `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { booked: { set: 12 } }) { offers { id } } }`,
        { id },
      ),
    );
    expect(await visitorOffers()).toContain('Integrationskurs Besuch: 8');

    expectNoErrors(
      await server.gql(`mutation($id: ID!) { deleteOffers(where: { id: { eq: $id } }) { nodesDeleted } }`, { id }),
    );
    expect(await visitorOffers()).toEqual(before);
  });

  it('the partner push (upsertOffers)', async () => {
    await visitorOffers();
    const pushed = await server.gql(
      `mutation($source: String!, $offers: [OfferUpsertInput!]!) { upsertOffers(source: $source, offers: $offers) { created } }`,
      {
        source: partnerSource,
        offers: [
          {
            externalId: 'P-1',
            title: 'Integrationskurs Partner',
            category: 'INTEGRATION_COURSE',
            format: 'IN_PERSON',
            status: 'OPEN',
            capacity: 18,
            booked: 4,
            venueAgs: place.townAgs,
          },
        ],
      },
      { as: { role: 'partner', actorId: place.providerId, sub: 'portal', source: partnerSource } },
    );
    expectNoErrors(pushed);
    expect(await visitorOffers()).toContain('Integrationskurs Partner: 14');
  });

  it('the spreadsheet import over HTTP', async () => {
    await visitorOffers();
    const header = 'externalId;title;category;format;status;capacity;booked;venueAgs;providerId';
    const row = `I-1;Integrationskurs Tabelle;INTEGRATION_COURSE;IN_PERSON;OPEN;12;2;${place.townAgs};${place.providerId}`;
    const response = await fetch(`${server.url}/import/offers?${new URLSearchParams({ source })}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': 'angebote.csv',
        ...(await headersFor('coordinator')),
      },
      body: `${header}\r\n${row}\r\n`,
    });
    expect(await response.json()).toMatchObject({ written: true });
    expect(await visitorOffers()).toContain('Integrationskurs Tabelle: 10');
  });

  it('the outlines import', async () => {
    const query = `query($d: String!) { areaOutlines(districtAgs: $d) { features { ags } } }`;
    const read = async () => JSON.parse((await post(server, query, { d: place.districtAgs })).body) as unknown;
    expect(await read()).toEqual({ data: { areaOutlines: { features: [] } } });
    await read();
    const ring = [
      [place.town.longitude - 0.1, place.town.latitude - 0.1],
      [place.town.longitude + 0.1, place.town.latitude - 0.1],
      [place.town.longitude + 0.1, place.town.latitude + 0.1],
      [place.town.longitude - 0.1, place.town.latitude - 0.1],
    ];
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { level: 'municipality', code: place.townAgs, name: 'Stadt' },
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    });
    expectNoErrors(
      await server.gql(`mutation($g: String!) { importOutlines(geojson: $g, attribution: "Testdaten") { features } }`, {
        g: geojson,
      }),
    );
    expect(await read()).toEqual({ data: { areaOutlines: { features: [{ ags: place.townAgs }] } } });
  });

  it('the search aliases', async () => {
    const query = `query($d: String!) { searchAliases(districtAgs: $d) { alias expansion source } }`;
    const countyAliases = async () => {
      const body = JSON.parse((await post(server, query, { d: place.districtAgs })).body) as {
        data: { searchAliases: { alias: string; source: string }[] };
      };
      return body.data.searchAliases.filter((alias) => alias.source === 'COUNTY').map((alias) => alias.alias);
    };
    expect(await countyAliases()).toEqual([]);
    await countyAliases();
    expectNoErrors(
      await server.gql(
        `mutation($d: String!) { setSearchAliases(districtAgs: $d, aliases: [{ alias: "TS", expansion: "Teststadt" }]) { alias } }`,
        { d: place.districtAgs },
      ),
    );
    expect(await countyAliases()).toEqual(['TS']);
  });
});

describe('two server instances over one Neo4j', () => {
  it('share the data version: a write through one is in the next anonymous answer of the other', async () => {
    const before = await visitorOffers(second);
    const created = await server.gql<CreatedOffers>(createOffersMutation, {
      input: [integrationCourseInput(place, source, 'Integrationskurs Zwei', 10, 0)],
    });
    expectNoErrors(created);
    expect(await visitorOffers(second)).toEqual([...before, 'Integrationskurs Zwei: 10'].sort());
  });
});

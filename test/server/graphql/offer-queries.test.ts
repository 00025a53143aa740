// What analysts ask of offers: filters, sorting, pagination, aggregate counts and full-text search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
let tag: string; // in every title, to keep to this file's offers

const offers = [
  {
    title: 'Integrationskurs Allgemein',
    category: 'INTEGRATION_COURSE',
    status: 'OPEN',
    startDate: '2027-01-11',
    targetGroups: ['ADULTS'],
    venue: 'town',
  },
  {
    title: 'Elternintegrationskurs',
    category: 'INTEGRATION_COURSE',
    status: 'PLANNED',
    startDate: '2027-03-01',
    targetGroups: ['PARENTS', 'WOMEN'],
    venue: 'village',
  },
  {
    title: 'Integrationskurs Abend',
    category: 'INTEGRATION_COURSE',
    status: 'COMPLETED',
    startDate: '2026-02-02',
    targetGroups: ['ADULTS'],
    venue: 'town',
  },
  {
    title: 'Sprachcafé Marktplatz',
    category: 'LANGUAGE_CAFE',
    status: 'RUNNING',
    startDate: '2026-09-01',
    targetGroups: [],
    venue: 'village',
  },
  {
    title: 'Berufssprachkurs B2',
    category: 'JOB_LANGUAGE_COURSE',
    status: 'OPEN',
    startDate: '2027-02-15',
    targetGroups: ['EMPLOYED'],
    venue: 'town',
  },
];

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  tag = `[${place.districtAgs}]`;
  const input = offers.map((offer) => ({
    title: `${offer.title} ${tag}`,
    category: offer.category,
    status: offer.status,
    startDate: offer.startDate,
    targetGroups: offer.targetGroups,
    format: 'IN_PERSON',
    capacity: 20,
    provider: { connect: [{ where: { node: { id: { eq: place.providerId } } } }] },
    venue: {
      connect: [{ where: { node: { ags: { eq: offer.venue === 'town' ? place.townAgs : place.villageAgs } } } }],
    },
  }));
  expectNoErrors(
    await server.gql('mutation($input: [OfferCreateInput!]!) { createOffers(input: $input) { offers { id } } }', {
      input,
    }),
  );
});
afterAll(async () => {
  await removePlace(server, place);
  await server?.close();
});

async function titles(where: string, extra = ''): Promise<string[]> {
  const response = await server.gql<{ offers: { title: string }[] }>(
    `query($tag: String!) { offers(where: { AND: [{ title: { endsWith: $tag } }, ${where}] } ${extra}) { title } }`,
    { tag },
  );
  expectNoErrors(response);
  return response.data!.offers.map((offer) => offer.title.replace(` ${tag}`, ''));
}

describe('filters', () => {
  it('by category', async () => {
    expect((await titles('{ category: { eq: INTEGRATION_COURSE } }')).sort()).toEqual([
      'Elternintegrationskurs',
      'Integrationskurs Abend',
      'Integrationskurs Allgemein',
    ]);
  });
  it('by municipality (the venue)', async () => {
    expect((await titles(`{ venue: { some: { ags: { eq: "${place.villageAgs}" } } } }`)).sort()).toEqual([
      'Elternintegrationskurs',
      'Sprachcafé Marktplatz',
    ]);
  });
  it('by status', async () => {
    expect((await titles('{ status: { in: [OPEN, PLANNED] } }')).sort()).toEqual([
      'Berufssprachkurs B2',
      'Elternintegrationskurs',
      'Integrationskurs Allgemein',
    ]);
  });
  it('by a date range', async () => {
    expect((await titles('{ startDate: { gte: "2027-01-01", lt: "2027-03-01" } }')).sort()).toEqual([
      'Berufssprachkurs B2',
      'Integrationskurs Allgemein',
    ]);
  });
  it('by target group', async () => {
    expect(await titles('{ targetGroups: { includes: PARENTS } }')).toEqual(['Elternintegrationskurs']);
  });
});

describe('sorting and pagination', () => {
  it('sorts by start date and pages with limit and offset', async () => {
    const all = await titles('{}', 'sort: [{ startDate: ASC }]');
    expect(all).toEqual([
      'Integrationskurs Abend',
      'Sprachcafé Marktplatz',
      'Integrationskurs Allgemein',
      'Berufssprachkurs B2',
      'Elternintegrationskurs',
    ]);
    expect(await titles('{}', 'sort: [{ startDate: ASC }], limit: 2, offset: 2')).toEqual(all.slice(2, 4));
  });

  it('pages through a connection with cursors', async () => {
    const page = async (after: string | null) => {
      const response = await server.gql<{
        offersConnection: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { startDate: string } }[];
        };
      }>(
        `query($tag: String!, $after: String) { offersConnection(first: 2, after: $after, where: { title: { endsWith: $tag } }, sort: [{ startDate: DESC }]) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { startDate } } } }`,
        { tag, after },
      );
      expectNoErrors(response);
      return response.data!.offersConnection;
    };
    const first = await page(null);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    const third = await page(second.pageInfo.endCursor);
    const dates = [first, second, third].flatMap((p) => p.edges.map((e) => e.node.startDate));
    expect(dates).toEqual(['2027-03-01', '2027-02-15', '2027-01-11', '2026-09-01', '2026-02-02']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('caps a list at the @limit maximum', async () => {
    const response = await server.gql<{ offers: unknown[] }>('query { offers(limit: 5000) { id } }');
    expectNoErrors(response);
    expect(response.data!.offers.length).toBeLessThanOrEqual(1000);
  });
});

describe('aggregate counts', () => {
  it('counts offers per category and sums capacity', async () => {
    const response = await server.gql<{
      integration: { aggregate: unknown };
      cafes: { aggregate: { count: { nodes: number } } };
    }>(
      `query($tag: String!) {
        integration: offersConnection(where: { title: { endsWith: $tag }, category: { eq: INTEGRATION_COURSE } }) { aggregate { count { nodes } node { capacity { sum } } } }
        cafes: offersConnection(where: { title: { endsWith: $tag }, category: { eq: LANGUAGE_CAFE } }) { aggregate { count { nodes } } }
      }`,
      { tag },
    );
    expectNoErrors(response);
    expect(response.data!.integration.aggregate).toEqual({ count: { nodes: 3 }, node: { capacity: { sum: 60 } } });
    expect(response.data!.cafes.aggregate.count.nodes).toBe(1);
  });

  it('counts offers and places per category in one pass, for a district and some statuses', async () => {
    const response = await server.gql<{ all: unknown; current: unknown }>(
      `query($d: String!) {
        all: offerCountsByCategory(districtAgs: $d) { category offers capacity freePlaces }
        current: offerCountsByCategory(districtAgs: $d, status: [OPEN, PLANNED]) { category offers }
      }`,
      { d: place.districtAgs },
    );
    expectNoErrors(response);
    expect(response.data!.all).toEqual([
      { category: 'INTEGRATION_COURSE', offers: 3, capacity: 60, freePlaces: 60 },
      { category: 'JOB_LANGUAGE_COURSE', offers: 1, capacity: 20, freePlaces: 20 },
      { category: 'LANGUAGE_CAFE', offers: 1, capacity: 20, freePlaces: 20 },
    ]);
    expect(response.data!.current).toEqual([
      { category: 'INTEGRATION_COURSE', offers: 2 },
      { category: 'JOB_LANGUAGE_COURSE', offers: 1 },
    ]);
  });

  it('counts the offers of a municipality through the relationship', async () => {
    const response = await server.gql<{
      municipalities: { offersConnection: { aggregate: { count: { nodes: number } } } }[];
    }>(
      `query($ags: String!) { municipalities(where: { ags: { eq: $ags } }) { offersConnection { aggregate { count { nodes } } } } }`,
      { ags: place.townAgs },
    );
    expectNoErrors(response);
    expect(response.data!.municipalities[0]!.offersConnection.aggregate.count.nodes).toBe(3);
  });
});

describe('full-text search', () => {
  it('finds offers by a word of the title', async () => {
    const response = await server.gql<{ searchOffers: { edges: { score: number; node: { title: string } }[] } }>(
      `query($tag: String!) { searchOffers(phrase: "Elternintegrationskurs", where: { node: { title: { endsWith: $tag } } }) { edges { score node { title } } } }`,
      { tag },
    );
    expectNoErrors(response);
    const edges = response.data!.searchOffers.edges;
    expect(edges[0]!.node.title).toBe(`Elternintegrationskurs ${tag}`);
    expect(edges[0]!.score).toBeGreaterThan(0);
  });
});

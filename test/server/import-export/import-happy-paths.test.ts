// Importing actors, offers, needs and cooperations from CSV (German and English headers, Windows-1252, UTF-8 with
// BOM) and XLSX files built here; what lands in Neo4j, field by field, and that the API reads it; dry runs write
// nothing; a second import of the same file changes nothing, not even updatedAt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../support/fixtures.js';
import { csv, messages, startKit, xlsx, type Kit } from './import-test-kit.js';

let kit: Kit;
const de = (value: number) => String(value).replace('.', ',');

// The few Windows-1252 characters above 0x7F that the test uses besides Latin-1.
const cp1252Extra: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
function encodeCp1252(text: string): Buffer {
  return Buffer.from([...text].map((char) => cp1252Extra[char] ?? char.charCodeAt(0)));
}

function actorsCsv(): Buffer {
  const { town, townAgs, villageAgs } = kit.place;
  return encodeCp1252(
    csv([
      [
        'Kennung',
        'Name',
        'Art',
        'Beschreibung',
        'Adresse',
        'PLZ',
        'Ort',
        'Breitengrad',
        'Längengrad',
        'Telefon',
        'E-Mail',
        'Webseite',
        'Sprachen',
        'Gemeinde (AGS)',
        'Versorgt (AGS)',
      ],
      [
        'A-1',
        'Sprachschule Müller (fiktiv)',
        'Kursträger',
        'Kurse für „Einsteiger“ – ab 0 €',
        'Hauptstraße 1',
        '31582',
        'Teststadt',
        de(town.latitude),
        de(town.longitude),
        '+49 5021 1234',
        'info@example.org',
        'https://example.org',
        'de, AR',
        townAgs,
        `${townAgs}, ${villageAgs}`,
      ],
      [
        'A-2',
        'Volkshochschule Test (fiktiv)',
        'ADULT_EDUCATION_CENTRE',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        townAgs,
        '',
      ],
      [
        'A-3',
        'Ehrenamt Testdorf (fiktiv)',
        'Ehrenamtliche Initiative',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'uk',
        villageAgs,
        villageAgs,
      ],
    ]),
  );
}

async function offersXlsx(capacity = 20): Promise<Buffer> {
  const { townAgs, providerId } = kit.place;
  return xlsx([
    [
      'externalId',
      'title',
      'category',
      'courseType',
      'languageLevelFrom',
      'languageLevelTo',
      'targetGroups',
      'capacity',
      'booked',
      'startDate',
      'endDate',
      'hoursTotal',
      'format',
      'childcare',
      'costFree',
      'cost',
      'status',
      'venueAgs',
      'providerId',
      'providerExternalId',
    ],
    [
      'O-1',
      'Integrationskurs mit Kinderbetreuung',
      'INTEGRATION_COURSE',
      'Eltern',
      'A1',
      'B1',
      'PARENTS, Frauen',
      capacity,
      6,
      new Date(Date.UTC(2027, 1, 1)),
      '17.12.2027',
      '1.000',
      'Präsenz',
      true,
      'ja',
      0,
      'OPEN',
      townAgs,
      null,
      'A-1',
    ],
    [
      'O-2',
      'Sprachcafé online',
      'Sprachcafé',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'ONLINE',
      false,
      'nein',
      '12,50',
      'Geplant',
      null,
      providerId,
      null,
    ],
    [
      'O-3',
      'Berufssprachkurs B2',
      'Berufssprachkurs',
      'JOB_BASIC_B2',
      'B1',
      'B2',
      null,
      16,
      16,
      '2027-03-01',
      '2027-09-30',
      500,
      'HYBRID',
      null,
      null,
      null,
      'Ausgebucht',
      townAgs,
      null,
      'A-2',
    ],
  ]);
}

function needsCsv(): string {
  const { townAgs, villageAgs } = kit.place;
  return `\uFEFF${csv(
    [
      [
        'externalId',
        'municipalityAgs',
        'category',
        'targetGroup',
        'languageLevel',
        'persons',
        'reportedAt',
        'source',
        'status',
        'reportedByExternalId',
        'note',
      ],
      [
        'N-1',
        townAgs,
        'INTEGRATION_COURSE',
        'ADULTS',
        'A1',
        '30',
        '01.10.2026',
        'WAITLIST',
        'OPEN',
        'A-1',
        'Warteliste, Stand Oktober',
      ],
      ['N-2', villageAgs, 'Integrationskurs', 'Eltern', '', '12', '2026-10-15', 'Befragung', 'Offen', '', ''],
      [
        'N-3',
        villageAgs,
        'LANGUAGE_CAFE',
        '',
        '',
        '5',
        '2026-09-01',
        'ESTIMATE',
        'Gedeckt',
        'A-3',
        'mehrzeilig\nzweite Zeile',
      ],
    ],
    ',',
  )}`;
}

async function cooperationsXlsx(): Promise<Buffer> {
  return xlsx([
    ['Von (Kennung)', 'Mit (Kennung)', 'Mit (ID)', 'Art', 'Seit', 'Stärke', 'Notiz'],
    ['A-1', 'A-2', null, 'Vermittlung', new Date(Date.UTC(2025, 0, 1)), 2, 'Verweist Teilnehmende'],
    ['A-2', null, kit.place.partnerId, 'JOINT_OFFER', null, 3, null],
  ]);
}

beforeAll(async () => {
  kit = await startKit('imp');
});
afterAll(async () => {
  await kit?.close();
});

describe('importing actors from a Windows-1252 CSV with German headers', () => {
  it('creates the actors with every field, their location, municipality and the municipalities they serve', async () => {
    const report = await kit.run('akteure.csv', actorsCsv(), { type: 'actors' });
    expect(messages(report)).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      written: true,
      format: 'csv',
      encoding: 'windows-1252',
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const rows = await kit.server.cypher(
      `MATCH (a:Actor {source: $source, externalId: 'A-1'})
       RETURN a.name AS name, a.kind AS kind, a.description AS description, a.postcode AS postcode, a.phone AS phone,
              a.languages AS languages, a.location.latitude AS lat, a.location.longitude AS lon, a.createdAt IS NOT NULL AS stamped,
              [(a)-[:LOCATED_IN]->(m) | m.ags] AS municipality, apoc.coll.sort([(a)-[:SERVES]->(m) | m.ags]) AS serves`,
      { source: kit.source },
    );
    expect(rows).toEqual([
      {
        name: 'Sprachschule Müller (fiktiv)',
        kind: 'COURSE_PROVIDER',
        description: 'Kurse für „Einsteiger“ – ab 0 €',
        postcode: '31582',
        phone: '+49 5021 1234',
        languages: ['de', 'ar'],
        lat: kit.place.town.latitude,
        lon: kit.place.town.longitude,
        stamped: true,
        municipality: [kit.place.townAgs],
        serves: [kit.place.townAgs, kit.place.villageAgs].sort(),
      },
    ]);
    const kinds = await kit.server.cypher(
      'MATCH (a:Actor {source: $source}) RETURN a.externalId AS id, a.kind AS kind ORDER BY id',
      { source: kit.source },
    );
    expect(kinds).toEqual([
      { id: 'A-1', kind: 'COURSE_PROVIDER' },
      { id: 'A-2', kind: 'ADULT_EDUCATION_CENTRE' },
      { id: 'A-3', kind: 'VOLUNTEER_INITIATIVE' },
    ]);
  });

  it('changes nothing when the same file comes again, not even updatedAt', async () => {
    const before = await kit.fingerprint();
    const report = await kit.run('akteure.csv', actorsCsv(), { type: 'actors' });
    expect(report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(await kit.fingerprint()).toBe(before);
  });
});

describe('importing offers from an XLSX file with English headers', () => {
  it('creates the offers typed as the API stores them, with provider (by externalId or id) and venue', async () => {
    const report = await kit.run('offers.xlsx', await offersXlsx(), { type: 'offers' });
    expect(messages(report)).toEqual([]);
    expect(report).toMatchObject({ ok: true, written: true, format: 'xlsx', rows: 3, created: 3 });
    const rows = await kit.server.cypher(
      `MATCH (o:Offer {source: $source}) RETURN o.externalId AS id, o.category AS category, o.courseType AS courseType,
         o.targetGroups AS targetGroups, o.capacity AS capacity, valueType(o.capacity) AS capacityType, toString(o.startDate) AS start,
         valueType(o.startDate) AS startType, toString(o.endDate) AS end, o.hoursTotal AS hours, o.format AS format, o.childcare AS childcare,
         o.costFree AS costFree, o.cost AS cost, o.status AS status,
         [(o)<-[:PROVIDES]-(a) | a.id] AS provider, [(o)-[:TAKES_PLACE_IN]->(m) | m.ags] AS venue
       ORDER BY id`,
      { source: kit.source },
    );
    const a1 = (
      await kit.server.cypher('MATCH (a:Actor {source: $source, externalId: "A-1"}) RETURN a.id AS id', {
        source: kit.source,
      })
    )[0]!.id as string;
    expect(rows[0]).toMatchObject({
      id: 'O-1',
      category: 'INTEGRATION_COURSE',
      courseType: 'PARENTS',
      targetGroups: ['PARENTS', 'WOMEN'],
      capacityType: 'INTEGER NOT NULL',
      start: '2027-02-01',
      startType: 'DATE NOT NULL',
      end: '2027-12-17',
      hours: 1000,
      format: 'IN_PERSON',
      childcare: true,
      costFree: true,
      cost: 0,
      status: 'OPEN',
      provider: [a1],
      venue: [kit.place.townAgs],
    });
    expect(Number(rows[0]!.capacity)).toBe(20);
    expect(rows[1]).toMatchObject({
      id: 'O-2',
      category: 'LANGUAGE_CAFE',
      format: 'ONLINE',
      costFree: false,
      cost: 12.5,
      status: 'PLANNED',
      provider: [kit.place.providerId],
      venue: [],
    });
    expect(rows[2]).toMatchObject({
      id: 'O-3',
      category: 'JOB_LANGUAGE_COURSE',
      courseType: 'JOB_BASIC_B2',
      status: 'FULL',
    });
  });

  it('is read by the API like any other offer', async () => {
    const response = await kit.server.gql<{ offers: { title: string; freePlaces: number | null }[] }>(
      `query($s: String!) { offers(where: { source: { eq: $s } }, sort: [{ title: ASC }]) { title freePlaces startDate createdAt updatedAt provider { name } venue { ags } } }`,
      { s: kit.source },
    );
    expectNoErrors(response);
    expect(response.data!.offers.map((o) => [o.title, o.freePlaces])).toEqual([
      ['Berufssprachkurs B2', 0],
      ['Integrationskurs mit Kinderbetreuung', 14],
      ['Sprachcafé online', null],
    ]);
  });

  it('reports in a dry run what would change, and writes nothing', async () => {
    const before = await kit.fingerprint();
    const report = await kit.run('offers.xlsx', await offersXlsx(25), { type: 'offers', dryRun: true });
    expect(report).toMatchObject({ ok: true, dryRun: true, written: false, created: 0, updated: 1, unchanged: 2 });
    expect(report.outcomes.find((outcome) => outcome.action === 'update')).toEqual({
      row: 2,
      action: 'update',
      key: `${kit.source}/O-1`,
      fields: ['capacity'],
    });
    expect(await kit.fingerprint()).toBe(before);
  });

  it('updates only the changed offer, and only it gets a new updatedAt', async () => {
    const stamps = async () =>
      Object.fromEntries(
        (
          await kit.server.cypher<{ id: string; at: string }>(
            'MATCH (o:Offer {source: $source}) RETURN o.externalId AS id, toString(o.updatedAt) AS at',
            { source: kit.source },
          )
        ).map((r) => [r.id, r.at]),
      );
    const before = await stamps();
    const report = await kit.run('offers.xlsx', await offersXlsx(25), { type: 'offers' });
    expect(report).toMatchObject({ ok: true, written: true, created: 0, updated: 1, unchanged: 2 });
    const after = await stamps();
    expect(after['O-1']).not.toBe(before['O-1']);
    expect([after['O-2'], after['O-3']]).toEqual([before['O-2'], before['O-3']]);
    const again = await kit.run('offers.xlsx', await offersXlsx(25), { type: 'offers' });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('leaves fields of columns that are not in the file as they are, and clears fields of empty cells', async () => {
    const file = csv([
      ['externalId', 'title', 'category', 'format', 'status', 'providerExternalId', 'booked'],
      ['O-1', 'Integrationskurs mit Kinderbetreuung', 'INTEGRATION_COURSE', 'IN_PERSON', 'OPEN', 'A-1', ''],
    ]);
    const report = await kit.run('teil.csv', file, { type: 'offers' });
    expect(report).toMatchObject({ ok: true, updated: 1 });
    expect(report.outcomes[0]!.fields).toEqual(['booked']);
    const [offer] = await kit.server.cypher(
      'MATCH (o:Offer {source: $source, externalId: "O-1"}) RETURN o.booked AS booked, o.capacity AS capacity, o.childcare AS childcare',
      { source: kit.source },
    );
    expect(offer).toEqual({ booked: null, capacity: 25, childcare: true });
  });
});

describe('the graph rules', () => {
  it('are checked before commit: a start after the stored end is refused, and nothing is written', async () => {
    const before = await kit.fingerprint();
    const file = csv([
      ['externalId', 'title', 'category', 'format', 'status', 'providerExternalId', 'startDate'],
      ['O-3', 'Berufssprachkurs B2', 'JOB_LANGUAGE_COURSE', 'HYBRID', 'FULL', 'A-2', '01.01.2028'],
    ]);
    const report = await kit.run('spaet.csv', file, { type: 'offers' });
    expect(report).toMatchObject({ ok: false, written: false });
    expect(messages(report)).toEqual([
      expect.stringMatching(
        /^After the import, Offer ".*" \(Berufssprachkurs B2\) must not end \(2027-09-30\) before it starts \(2028-01-01\).*; nothing was written$/,
      ),
    ]);
    expect(report.problems[0]!.reason).toBe('INVARIANT');
    expect(await kit.fingerprint()).toBe(before);
  });
});

describe('importing needs from a comma-separated UTF-8 CSV with BOM', () => {
  it('creates the needs with municipality, reporting actor and multi-line notes', async () => {
    const report = await kit.run('needs.csv', needsCsv(), { type: 'needs' });
    expect(messages(report)).toEqual([]);
    expect(report).toMatchObject({ ok: true, encoding: 'utf-8 with BOM', created: 3 });
    const rows = await kit.server.cypher(
      `MATCH (n:Need {importSource: $source}) RETURN n.externalId AS id, n.category AS category, n.targetGroup AS targetGroup, n.persons AS persons,
         toString(n.reportedAt) AS reportedAt, n.source AS source, n.status AS status, n.note AS note,
         [(n)-[:NEEDED_IN]->(m) | m.ags] AS municipality, [(n)-[:REPORTED_BY]->(a) | a.externalId] AS reportedBy ORDER BY id`,
      { source: kit.source },
    );
    expect(rows).toEqual([
      {
        id: 'N-1',
        category: 'INTEGRATION_COURSE',
        targetGroup: 'ADULTS',
        persons: 30,
        reportedAt: '2026-10-01',
        source: 'WAITLIST',
        status: 'OPEN',
        note: 'Warteliste, Stand Oktober',
        municipality: [kit.place.townAgs],
        reportedBy: ['A-1'],
      },
      {
        id: 'N-2',
        category: 'INTEGRATION_COURSE',
        targetGroup: 'PARENTS',
        persons: 12,
        reportedAt: '2026-10-15',
        source: 'SURVEY',
        status: 'OPEN',
        note: null,
        municipality: [kit.place.villageAgs],
        reportedBy: [],
      },
      {
        id: 'N-3',
        category: 'LANGUAGE_CAFE',
        targetGroup: null,
        persons: 5,
        reportedAt: '2026-09-01',
        source: 'ESTIMATE',
        status: 'MET',
        note: 'mehrzeilig\nzweite Zeile',
        municipality: [kit.place.villageAgs],
        reportedBy: ['A-3'],
      },
    ]);
    const again = await kit.run('needs.csv', needsCsv(), { type: 'needs' });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
  });

  it('counts the imported needs in the gap analysis', async () => {
    const response = await kit.server.gql<{ coverageGaps: { area: { demand: number } } }>(
      `query($d: String!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) { area { demand } } }`,
      { d: kit.place.districtAgs },
    );
    expectNoErrors(response);
    expect(response.data!.coverageGaps.area.demand).toBe(42);
  });
});

describe('importing cooperations from an XLSX file with German headers', () => {
  it('links the actors named by externalId or id, and a second import changes nothing', async () => {
    const report = await kit.run('kooperationen.xlsx', await cooperationsXlsx(), { type: 'cooperations' });
    expect(messages(report)).toEqual([]);
    expect(report).toMatchObject({ ok: true, created: 2 });
    const rows = await kit.server.cypher(
      `MATCH (a:Actor)-[c:COOPERATES_WITH]->(b:Actor) WHERE a.source = $source
       RETURN a.externalId AS from, coalesce(b.externalId, b.id) AS to, c.kind AS kind, toString(c.since) AS since, c.strength AS strength, c.note AS note ORDER BY from`,
      { source: kit.source },
    );
    expect(rows).toEqual([
      { from: 'A-1', to: 'A-2', kind: 'REFERRAL', since: '2025-01-01', strength: 2, note: 'Verweist Teilnehmende' },
      { from: 'A-2', to: kit.place.partnerId, kind: 'JOINT_OFFER', since: null, strength: 3, note: null },
    ]);
    const before = await kit.fingerprint();
    const again = await kit.run('kooperationen.xlsx', await cooperationsXlsx(), { type: 'cooperations' });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 2 });
    expect(await kit.fingerprint()).toBe(before);
  });
});

describe('a dry run of new records', () => {
  it('reports them as created and writes nothing', async () => {
    const before = await kit.fingerprint();
    const file = csv([
      ['externalId', 'name', 'kind', 'municipalityAgs'],
      ['A-9', 'Neuer Verein (fiktiv)', 'Verein', kit.place.townAgs],
    ]);
    const report = await kit.run('neu.csv', file, { type: 'actors', dryRun: true });
    expect(report).toMatchObject({ ok: true, dryRun: true, written: false, created: 1, updated: 0, unchanged: 0 });
    expect(report.outcomes).toEqual([
      {
        row: 2,
        action: 'create',
        key: `${kit.source}/A-9`,
        fields: ['source', 'externalId', 'name', 'kind', 'municipality'],
      },
    ]);
    expect(await kit.fingerprint()).toBe(before);
  });
});

// Exports of every list as CSV and XLSX, in German and English: an exported actor, offer, need or cooperation list
// imports again (same source) without any change; text a spreadsheet would run as a formula (which no write path
// takes any more, server/validation/text-rules.ts, but older data may hold) is defused, and the import names it when
// it comes back; the municipality, network and gap lists carry the figures of the graph.
import { readSheet } from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../support/fixtures.js';
import { exportList, type ExportOptions } from '../../../server/import-export/export-list.js';
import { csv, messages, startKit, type Kit } from './import-test-kit.js';

let kit: Kit;

const dangerous = {
  name: '=HYPERLINK("http://example.org/boese","Klick")',
  description: '+SUM(1;2)',
  address: '@cmd',
  city: '-2+3',
};

const exportOf = (options: Omit<ExportOptions, 'districtAgs'>) =>
  exportList(
    { driver: kit.server.driver, database: kit.server.database },
    { districtAgs: kit.place.districtAgs, ...options },
  );

function decodeCsv(content: Buffer): string {
  expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return content.subarray(3).toString('utf8');
}

beforeAll(async () => {
  kit = await startKit('exp');
  const { townAgs, villageAgs, town } = kit.place;
  const actors = await kit.run(
    'actors.csv',
    csv([
      [
        'externalId',
        'name',
        'kind',
        'description',
        'address',
        'city',
        'phone',
        'languages',
        'latitude',
        'longitude',
        'municipalityAgs',
        'servesAgs',
      ],
      [
        'E-1',
        'Sprachschule Export (fiktiv)',
        'COURSE_PROVIDER',
        'Kurse; mit "Zitat"',
        'Weg 1',
        'Teststadt',
        '+49 5021 99',
        'de, ar',
        String(town.latitude),
        String(town.longitude),
        townAgs,
        `${villageAgs}, ${townAgs}`,
      ],
      [
        'E-2',
        'Verein Export (fiktiv)',
        'ASSOCIATION',
        'Beschreibung',
        'Weg 2',
        'Testdorf',
        '',
        '',
        '',
        '',
        villageAgs,
        '',
      ],
    ]),
    { type: 'actors' },
  );
  expect(messages(actors)).toEqual([]);
  const offers = await kit.run(
    'offers.csv',
    csv([
      [
        'externalId',
        'title',
        'category',
        'courseType',
        'targetGroups',
        'capacity',
        'booked',
        'startDate',
        'endDate',
        'format',
        'childcare',
        'cost',
        'status',
        'venueAgs',
        'providerExternalId',
        'funderIds',
        'latitude',
        'longitude',
      ],
      [
        'EO-1',
        'Integrationskurs Export',
        'INTEGRATION_COURSE',
        'PARENTS',
        'PARENTS, WOMEN',
        '20',
        '10',
        '2027-02-01',
        '2027-12-17',
        'IN_PERSON',
        'ja',
        '',
        'OPEN',
        townAgs,
        'E-1',
        kit.place.partnerId,
        '',
        '',
      ],
      [
        'EO-2',
        'Sprachcafé Export',
        'LANGUAGE_CAFE',
        '',
        '',
        '',
        '',
        '',
        '',
        'IN_PERSON',
        '',
        '2,5',
        'PLANNED',
        villageAgs,
        'E-2',
        '',
        String(town.latitude - 0.01),
        String(town.longitude + 0.0123456789),
      ],
    ]),
    { type: 'offers' },
  );
  expect(messages(offers)).toEqual([]);
  const needs = await kit.run(
    'needs.csv',
    csv([
      [
        'externalId',
        'municipalityAgs',
        'category',
        'targetGroup',
        'persons',
        'reportedAt',
        'source',
        'status',
        'reportedByExternalId',
        'note',
      ],
      ['EN-1', townAgs, 'INTEGRATION_COURSE', 'ADULTS', '30', '2026-10-01', 'WAITLIST', 'OPEN', 'E-1', 'Dringend'],
      ['EN-2', villageAgs, 'INTEGRATION_COURSE', '', '8', '2026-10-02', 'SURVEY', 'OPEN', '', ''],
    ]),
    { type: 'needs' },
  );
  expect(messages(needs)).toEqual([]);
  const cooperations = await kit.run(
    'cooperations.csv',
    csv([
      ['fromExternalId', 'toExternalId', 'toId', 'kind', 'since', 'strength', 'note'],
      ['E-1', 'E-2', '', 'REFERRAL', '2025-01-01', '2', 'Team'],
      ['E-2', '', kit.place.partnerId, 'INFORMAL', '', '', ''],
    ]),
    { type: 'cooperations' },
  );
  expect(messages(cooperations)).toEqual([]);
  // A need written through the API, without importSource or externalId: exported with its id only.
  const apiNeed = await kit.server.gql(
    `mutation($ags: String!) { createNeeds(input: [{ category: MENTORING, persons: 3, reportedAt: "2026-09-09", source: ESTIMATE, status: OPEN,
       municipality: { connect: [{ where: { node: { ags: { eq: $ags } } } }] } }]) { needs { id } } }`,
    { ags: townAgs },
  );
  expectNoErrors(apiNeed);
  // Values an import cannot produce (it trims, and reads a leading apostrophe as the escape): written directly.
  await kit.server.cypher(
    `MATCH (a:Actor {source: $s, externalId: 'E-2'}) SET a.website = null, a.postcode = null, a.description = $d`,
    { s: kit.source, d: "'=schon maskiert" },
  );
});
afterAll(async () => {
  await kit?.close();
});

describe('an exported list imports again unchanged', () => {
  for (const type of ['actors', 'offers', 'needs', 'cooperations'] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      for (const language of ['de', 'en'] as const) {
        it(`${type} as ${format} (${language})`, async () => {
          const exported = await exportOf({ type, format, language });
          expect(exported.rows).toBeGreaterThanOrEqual(2);
          const before = await kit.fingerprint();
          const report = await kit.run(exported.fileName, exported.content, { type });
          expect(messages(report)).toEqual([]);
          expect(report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: exported.rows });
          expect(await kit.fingerprint()).toBe(before);
        });
      }
    }
  }

  it('and a change made in the exported file is the only update', async () => {
    const exported = await exportOf({ type: 'offers', format: 'csv', language: 'en' });
    const text = decodeCsv(exported.content).replace('Integrationskurs Export', 'Integrationskurs Export (geändert)');
    const report = await kit.run('offers.csv', text, { type: 'offers' });
    expect(report).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: exported.rows - 1 });
    expect(report.outcomes.find((outcome) => outcome.action === 'update')!.fields).toEqual(['title']);
  });
});

describe('formula injection', () => {
  // Values stored before the text rules refused formula starts, or written around the API: set directly.
  beforeAll(async () => {
    await kit.server.cypher(
      `MATCH (a:Actor {source: $s, externalId: 'E-2'}) SET a.name = $name, a.address = $address, a.city = $city
       WITH a MATCH (o:Offer {source: $s, externalId: 'EO-2'}) SET o.title = '-Sprachcafé'
       WITH a MATCH (n:Need {importSource: $s, externalId: 'EN-1'}) SET n.note = '=1+1'
       WITH a MATCH (:Actor {source: $s, externalId: 'E-1'})-[r:COOPERATES_WITH]->(a) SET r.note = '@team'`,
      { s: kit.source, ...dangerous },
    );
  });

  it('puts an apostrophe before CSV cells that start with = + - @ and leaves numbers alone', async () => {
    const text = decodeCsv((await exportOf({ type: 'actors', format: 'csv', language: 'de' })).content);
    const lines = text.split('\r\n');
    expect(lines[0]!.startsWith('ID;Quelle;Kennung;Name;Art;')).toBe(true);
    const e2 = lines.find((line) => line.includes('HYPERLINK'))!;
    expect(e2).toContain(`"'=HYPERLINK(""http://example.org/boese"",""Klick"")"`);
    expect(e2).toContain(";''=schon maskiert;'@cmd;");
    expect(e2).toContain(";'-2+3;");
    const e1 = lines.find((line) => line.includes('Sprachschule Export'))!;
    expect(e1).toContain(";'+49 5021 99;");
    expect(e1).toContain(`;${String(kit.place.town.latitude).replace('.', ',')};`);
    const needs = decodeCsv((await exportOf({ type: 'needs', format: 'csv', language: 'en' })).content);
    expect(needs).toContain(",'=1+1,");
    const offers = decodeCsv((await exportOf({ type: 'offers', format: 'csv', language: 'en' })).content);
    expect(offers).toContain(",'-Sprachcafé,");
  });

  it('writes XLSX cells as text with the apostrophe, never as formulas', async () => {
    const exported = await exportOf({ type: 'actors', format: 'xlsx', language: 'en' });
    const files = unzipSync(new Uint8Array(exported.content));
    const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/'));
    for (const name of sheets) expect(strFromU8(files[name]!)).not.toMatch(/<f[ >]/);
    const rows = await readSheet(exported.content);
    const header = rows[0] as string[];
    const e2 = rows.find((row) => row.includes("'-2+3"))!;
    expect(e2[header.indexOf('name')]).toBe(`'${dangerous.name}`);
    expect(e2[header.indexOf('description')]).toBe("''=schon maskiert");
    expect(e2[header.indexOf('address')]).toBe("'@cmd");
  });

  it('takes the apostrophe off again when the export is imported, and then names each formula; nothing written', async () => {
    const exported = await exportOf({ type: 'actors', format: 'xlsx', language: 'de' });
    const before = await kit.fingerprint();
    const report = await kit.run('akteure.xlsx', exported.content, { type: 'actors' });
    expect(report.ok).toBe(false);
    const found = messages(report).filter((message) => message.includes('formula'));
    for (const [header, value] of [
      ['Name', dangerous.name],
      ['Adresse', dangerous.address],
      ['Ort', dangerous.city],
    ])
      expect(found).toContainEqual(
        `Row 2, column ${header === 'Name' ? 'D' : header === 'Adresse' ? 'G' : 'I'} (${header}): "'${value}" must not start with =, +, -, @, a tab or a line break (a spreadsheet would read it as a formula); the apostrophe in front only keeps a spreadsheet from running it`,
      );
    // "''=schon maskiert" comes back as "'=schon maskiert", which is no formula.
    expect(messages(report).some((message) => message.includes('schon maskiert'))).toBe(false);
    expect(await kit.fingerprint()).toBe(before);
  });
});

describe('the other lists', () => {
  it('municipalities of the district, with German labels and decimal commas', async () => {
    const text = decodeCsv((await exportOf({ type: 'municipalities', format: 'csv', language: 'de' })).content);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'AGS;Name;Art;Einwohner;Einwohner geschätzt;Neuzugewanderte;Breitengrad;Längengrad;Landkreis (AGS);Landkreis;Samtgemeinde (AGS);Samtgemeinde',
    );
    expect(lines.slice(1)).toEqual([
      `${kit.place.townAgs};Teststadt;Stadt;30000;;;${String(kit.place.town.latitude).replace('.', ',')};${String(kit.place.town.longitude).replace('.', ',')};${kit.place.districtAgs};Testkreis;;`,
      `${kit.place.villageAgs};Testdorf;Gemeinde;2000;;;${String(kit.place.village.latitude).replace('.', ',')};${String(kit.place.village.longitude).replace('.', ',')};${kit.place.districtAgs};Testkreis;;`,
    ]);
  });

  it('networks with at least one actor of the district', async () => {
    const created = await kit.server.gql(
      `mutation($p: ID!, $q: ID!) { createNetworks(input: [{ name: "Austauschrunde Export", kind: EXCHANGE_ROUND, cadence: MONTHLY,
         coordinator: { connect: [{ where: { node: { id: { eq: $p } } } }] },
         members: { connect: [{ where: { node: { id: { in: [$p, $q] } } } }] } }]) { networks { id } } }`,
      { p: kit.place.providerId, q: kit.place.partnerId },
    );
    expectNoErrors(created);
    const exported = await exportOf({ type: 'networks', format: 'xlsx', language: 'en' });
    const rows = await readSheet(exported.content);
    const header = rows[0] as string[];
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    expect(row[header.indexOf('name')]).toBe('Austauschrunde Export');
    expect(row[header.indexOf('kind')]).toBe('EXCHANGE_ROUND');
    expect(row[header.indexOf('memberCount')]).toBe(2);
    expect(row[header.indexOf('coordinatorId')]).toBe(kit.place.providerId);
    expect(row[header.indexOf('memberNames')]).toBe('Jobcenter Test (fiktiv); Sprachschule Test (fiktiv)');
  });

  it('the gap table of a category, with the figures of the analysis', async () => {
    const exported = await exportOf({ type: 'gaps', format: 'xlsx', language: 'en', category: 'Integrationskurs' });
    expect(exported.fileName).toBe(`gaps-integration-course-${kit.place.districtAgs}.xlsx`);
    const rows = await readSheet(exported.content);
    const header = rows[0] as string[];
    const byAgs = new Map(rows.slice(1).map((row) => [row[header.indexOf('ags')], row]));
    const town = byAgs.get(kit.place.townAgs)!;
    const village = byAgs.get(kit.place.villageAgs)!;
    expect(town[header.indexOf('category')]).toBe('INTEGRATION_COURSE');
    expect(town[header.indexOf('demand')]).toBe(30);
    expect(village[header.indexOf('demand')]).toBe(8);
    expect(town[header.indexOf('offersInReach')]).toBe(1);
    expect(town[header.indexOf('nearestOfferTitle')]).toMatch(/^Integrationskurs Export/);
    const unmet = (row: unknown[]) => row[header.indexOf('unmet')] as number;
    // 10 free places for 38 persons in reach: most of the demand is unmet, and the severity says so.
    expect(unmet(town) + unmet(village)).toBeGreaterThan(20);
    expect(town[header.indexOf('severity')]).toBe('HIGH');

    const german = decodeCsv(
      (await exportOf({ type: 'gaps', format: 'csv', language: 'de', category: 'INTEGRATION_COURSE' })).content,
    );
    expect(german.split('\r\n')[0]).toMatch(/^Kategorie;Stand;Radius \(km\);AGS;Gemeinde;/);
    expect(german).toContain(`Integrationskurs;`);
    expect(german).toContain(`;${kit.place.townAgs};Teststadt;Stadt;;30;10;`);
  });

  it('refuses bad options with a clear message', async () => {
    await expect(exportOf({ type: 'gaps', format: 'csv' })).rejects.toThrow(/needs a category/);
    await expect(exportOf({ type: 'offers', format: 'csv', category: 'INTEGRATION_COURSE' })).rejects.toThrow(
      /applies to the gap table/,
    );
    await expect(exportOf({ type: 'gaps', format: 'csv', category: 'Kochkurs' })).rejects.toThrow(
      /Unknown category "Kochkurs"/,
    );
    await expect(
      exportList(
        { driver: kit.server.driver, database: kit.server.database },
        { type: 'offers', format: 'csv', districtAgs: '99a' },
      ),
    ).rejects.toThrow(/5-digit district key/);
    await expect(
      exportList(
        { driver: kit.server.driver, database: kit.server.database },
        { type: 'offers', format: 'csv', districtAgs: '00000' },
      ),
    ).rejects.toThrow(/There is no district with ags "00000"/);
  });
});

// Malformed files are refused whole with a message that names the row, the column and the value, and nothing is
// written: the fingerprint of everything the test could touch is the same before and after each refused file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, messages, startKit, xlsx, type Kit } from './import-test-kit.js';
import type { ImportOptions } from '../../../server/import-export/import-file.js';

let kit: Kit;
let baseline: string;

interface Case {
  name: string;
  type: ImportOptions['type'];
  file: () => Promise<Uint8Array | string> | Uint8Array | string;
  fileName?: string;
  source?: string | null; // null: no --source
  message: () => RegExp;
}

const offerHeader = ['externalId', 'title', 'category', 'format', 'status', 'providerExternalId'];
const offerRow = (id: string, overrides: Partial<Record<string, string>> = {}) => {
  const values: Record<string, string> = {
    externalId: id,
    title: `Kurs ${id}`,
    category: 'INTEGRATION_COURSE',
    format: 'IN_PERSON',
    status: 'OPEN',
    providerExternalId: 'A-1',
    ...overrides,
  };
  return offerHeader.map((key) => values[key] ?? '');
};
const offersWith = (extra: string[], values: string[]) =>
  csv([
    [...offerHeader, ...extra],
    [...offerRow('O-1'), ...values],
  ]);

const cases: Case[] = [
  {
    name: 'an empty file',
    type: 'actors',
    fileName: 'empty.csv',
    file: () => '',
    message: () => /The file "empty.csv" is empty \(0 bytes\)/,
  },
  {
    name: 'a file of blank lines',
    type: 'actors',
    file: () => '\r\n  \r\n;;\r\n',
    message: () => /holds no data: it is empty or only blank/,
  },
  {
    name: 'a header without rows',
    type: 'actors',
    file: () => 'externalId;name;kind\r\n',
    message: () => /column names in row 1 but no data rows/,
  },
  {
    name: 'an unknown column',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind', 'Titel2'],
        ['A-5', 'Verein', 'ASSOCIATION', 'x'],
      ]),
    message: () =>
      /^Row 1, column D \(Titel2\): "Titel2" is not a column of actors; the columns are id \(ID\), source \(Quelle\)/,
  },
  {
    name: 'a missing required column',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name'],
        ['A-5', 'Verein'],
      ]),
    message: () => /^The column kind \(Art\) is missing: every row of actors needs it$/,
  },
  {
    name: 'a column given twice, in English and German',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind', 'Name'],
        ['A-5', 'Verein', 'ASSOCIATION', 'Verein'],
      ]),
    message: () =>
      /^Row 1, column D \(Name\): "Name" is the column name \(Name\) a second time \(first in column B, "name"\)/,
  },
  {
    name: 'a file of offers given as actors',
    type: 'actors',
    file: () =>
      csv([
        [...offerHeader, 'capacity'],
        [...offerRow('O-1'), '20'],
      ]),
    message: () =>
      /"title" is not a column of actors; .*This looks like a file of offers: import it with --type=offers/,
  },
  {
    name: 'an unknown enum value',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind'],
        ['A-5', 'Verein', 'ASSOCIATION'],
        ['A-6', 'Schule', 'Kurstraeger-X'],
      ]),
    message: () =>
      /^Row 3, column C \(kind\): "Kurstraeger-X" is not a known ActorKind; use one of COUNTY_OFFICE \(Kreisverwaltung\), .*COURSE_PROVIDER \(Kursträger\)/,
  },
  {
    name: 'an unknown value in a list of enum values',
    type: 'offers',
    file: () => offersWith(['targetGroups'], ['ADULTS, Marsianer']),
    message: () =>
      /^Row 2, column G \(targetGroups\): "ADULTS, Marsianer" contains "Marsianer", which is not a known TargetGroup/,
  },
  {
    name: 'an unknown municipality',
    type: 'actors',
    file: () =>
      csv([
        ['Kennung', 'Name', 'Art', 'Gemeinde (AGS)'],
        ['A-5', 'Verein', 'Verein', `${kit.place.districtAgs}999`],
      ]),
    message: () =>
      new RegExp(
        `^Row 2, column D \\(Gemeinde \\(AGS\\)\\): "${kit.place.districtAgs}999" is not the AGS of a municipality in Bildungsnetz$`,
      ),
  },
  {
    name: 'an unknown municipality in a list',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind', 'servesAgs'],
        ['A-5', 'Verein', 'ASSOCIATION', `${kit.place.townAgs}, ${kit.place.districtAgs}998`],
      ]),
    message: () =>
      new RegExp(
        `^Row 2, column D \\(servesAgs\\): ".*" contains "${kit.place.districtAgs}998", which is not the AGS of a municipality`,
      ),
  },
  {
    name: 'a municipality key that lost its leading zero',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind', 'municipalityAgs'],
        ['A-5', 'Verein', 'ASSOCIATION', '3256022'],
      ]),
    message: () =>
      /^Row 2, column D \(municipalityAgs\): "3256022" is not a municipality key \(AGS\): 8 digits, .*a leading zero lost\?/,
  },
  {
    name: 'an unknown provider by externalId',
    type: 'offers',
    file: () => csv([offerHeader, offerRow('O-1'), offerRow('O-2', { providerExternalId: 'A-404' })]),
    message: () =>
      new RegExp(
        `^Row 3, column F \\(providerExternalId\\): "A-404" is not the externalId of an actor of source "${kit.source}"; import the actors first$`,
      ),
  },
  {
    name: 'an unknown provider by id',
    type: 'offers',
    file: () =>
      csv([
        ['externalId', 'title', 'category', 'format', 'status', 'Anbieter (ID)'],
        ['O-1', 'Kurs', 'INTEGRATION_COURSE', 'IN_PERSON', 'OPEN', 'no-such-actor'],
      ]),
    message: () => /^Row 2, column F \(Anbieter \(ID\)\): "no-such-actor" is not the id of an actor in Bildungsnetz$/,
  },
  {
    name: 'an offer without a provider',
    type: 'offers',
    file: () => csv([offerHeader, offerRow('O-1'), offerRow('O-2', { providerExternalId: '' })]),
    message: () => /^Row 3: names no provider: fill providerExternalId \(column F\)$/,
  },
  {
    name: 'an externalId twice in the file',
    type: 'actors',
    file: () =>
      csv([
        ['Kennung', 'Name', 'Art'],
        ['A-7', 'Verein 1', 'Verein'],
        ['A-8', 'Verein 2', 'Verein'],
        ['A-7', 'Verein 3', 'Verein'],
      ]),
    message: () =>
      new RegExp(
        `^Row 4, column A \\(Kennung\\): "A-7" occurs twice in the file for source "${kit.source}" \\(rows 2 and 4\\)`,
      ),
  },
  {
    name: 'a date that is not in the calendar',
    type: 'offers',
    file: () => offersWith(['startDate'], ['31.02.2027']),
    message: () => /^Row 2, column G \(startDate\): "31.02.2027" is not a day of the calendar$/,
  },
  {
    name: 'a date in an unknown format',
    type: 'offers',
    file: () => offersWith(['Beginn'], ['2027/02/01']),
    message: () => /^Row 2, column G \(Beginn\): "2027\/02\/01" is not a date; write YYYY-MM-DD or DD.MM.YYYY/,
  },
  {
    name: 'a number in words',
    type: 'offers',
    file: () => offersWith(['capacity'], ['zwanzig']),
    message: () => /^Row 2, column G \(capacity\): "zwanzig" is not a number$/,
  },
  {
    name: 'a decimal where a whole number belongs',
    type: 'offers',
    file: () => offersWith(['Plätze'], ['12,5']),
    message: () => /^Row 2, column G \(Plätze\): "12,5" is not a whole number$/,
  },
  {
    name: 'a negative capacity',
    type: 'offers',
    file: () => offersWith(['capacity'], ['-5']),
    message: () => /^Row 2, column G \(capacity\): "-5" must be a whole number of 0 or more$/,
  },
  {
    name: 'a cost that is not a number',
    type: 'offers',
    file: () => offersWith(['cost'], ['12 Euro']),
    message: () => /^Row 2, column G \(cost\): "12 Euro" is not a number; write e.g. 12,5 or 12.5$/,
  },
  {
    name: 'yes or no that is neither',
    type: 'offers',
    file: () => offersWith(['Kinderbetreuung'], ['vielleicht']),
    message: () => /^Row 2, column G \(Kinderbetreuung\): "vielleicht" is not yes or no/,
  },
  {
    name: 'an offer that ends before it starts',
    type: 'offers',
    file: () => offersWith(['startDate', 'endDate'], ['01.02.2027', '2027-01-01']),
    message: () =>
      /^Row 2, column H \(endDate\): "2027-01-01" is before startDate \(column G\) 2027-02-01: an offer cannot end before it starts$/,
  },
  {
    name: 'an invalid e-mail address',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind', 'E-Mail'],
        ['A-5', 'Verein', 'ASSOCIATION', 'kein-mail'],
      ]),
    message: () => /^Row 2, column D \(E-Mail\): "kein-mail" must be an e-mail address like name@example.org$/,
  },
  {
    name: 'a latitude without longitude',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind', 'latitude', 'longitude'],
        ['A-5', 'Verein', 'ASSOCIATION', '52,6', ''],
      ]),
    message: () =>
      /^Row 2, column E \(longitude\): "" is empty, but latitude \(column D\) is given; give both or neither$/,
  },
  {
    name: 'a latitude without longitude, under German headers',
    type: 'actors',
    file: () =>
      csv([
        ['Kennung', 'Name', 'Art', 'Breitengrad', 'Längengrad'],
        ['A-5', 'Verein', 'ASSOCIATION', '52,6', ''],
      ]),
    message: () =>
      /^Row 2, column E \(Längengrad\): "" is empty, but Breitengrad \(column D\) is given; give both or neither$/,
  },
  {
    name: 'a language level to below the level from, under German headers',
    type: 'offers',
    file: () =>
      csv([
        ['Kennung', 'Titel', 'Kategorie', 'Format', 'Status', 'Anbieter (Kennung)', 'Niveau von', 'Niveau bis'],
        ['O-1', 'Kurs', 'INTEGRATION_COURSE', 'IN_PERSON', 'OPEN', 'A-1', 'B1', 'A2'],
      ]),
    message: () => /^Row 2, column H \(Niveau bis\): "A2" is below Niveau von \(column G\) B1$/,
  },
  {
    name: 'a need of no persons',
    type: 'needs',
    file: () =>
      csv([
        ['externalId', 'municipalityAgs', 'category', 'persons', 'reportedAt', 'source', 'status'],
        ['N-1', kit.place.townAgs, 'INTEGRATION_COURSE', '0', '2026-10-01', 'SURVEY', 'OPEN'],
      ]),
    message: () => /^Row 2, column D \(persons\): "0" must be a whole number of 1 or more$/,
  },
  {
    name: 'a required value left empty',
    type: 'needs',
    file: () =>
      csv([
        ['externalId', 'municipalityAgs', 'category', 'persons', 'reportedAt', 'source', 'status'],
        ['N-1', kit.place.townAgs, 'INTEGRATION_COURSE', '4', '', 'SURVEY', 'OPEN'],
      ]),
    message: () => /^Row 2, column E \(reportedAt\): "" is empty, but every row of needs needs reportedAt$/,
  },
  {
    name: 'a cooperation of an actor with itself',
    type: 'cooperations',
    file: () =>
      csv([
        ['fromExternalId', 'toExternalId', 'kind'],
        ['A-1', 'A-1', 'EXCHANGE'],
      ]),
    message: () => /^Row 2: names the same actor \(id ".*"\) on both sides; an actor cannot cooperate with itself$/,
  },
  {
    name: 'an externalId without any source',
    type: 'actors',
    source: null,
    file: () =>
      csv([
        ['externalId', 'name', 'kind'],
        ['A-5', 'Verein', 'ASSOCIATION'],
      ]),
    message: () =>
      /^Row 2, column A \(externalId\): "A-5" has no source: fill the column Quelle or give the import a source \(--source=...\)$/,
  },
  {
    name: 'a row without key',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind'],
        ['', 'Verein', 'ASSOCIATION'],
      ]),
    message: () => /^Row 2: has neither externalId nor ID; give one/,
  },
  {
    name: 'an id that does not exist',
    type: 'actors',
    file: () =>
      csv([
        ['id', 'name', 'kind'],
        ['00000000-0000-0000-0000-000000000000', 'Verein', 'ASSOCIATION'],
      ]),
    message: () =>
      /^Row 2, column A \(id\): "00000000-0000-0000-0000-000000000000" is not the id of a record of actors; leave id empty to create a new record$/,
  },
  {
    name: 'cells beyond the last named column',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind'],
        ['A-5', 'Verein', 'ASSOCIATION'],
        ['A-6', 'Verein', 'ASSOCIATION', 'x'],
      ]),
    message: () => /^Row 3, column D: "x" stands beyond the last named column \(C\)/,
  },
  {
    name: 'a quote that is never closed',
    type: 'actors',
    file: () => 'externalId;name;kind\r\nA-5;Verein;ASSOCIATION\r\nA-6;"Verein;ASSOCIATION\r\n',
    message: () => /^Row 3: the CSV cannot be read: a quoted cell \("..."\) is never closed$/,
  },
  {
    name: 'bytes that are neither UTF-8 nor Windows-1252',
    type: 'actors',
    file: () =>
      Buffer.concat([
        Buffer.from('externalId;name;kind\r\nA-5;Verein;ASSOCIATION\r\nA-6;Verein '),
        Buffer.from([0x81]),
        Buffer.from(';ASSOCIATION\r\n'),
      ]),
    message: () => /^The file is neither UTF-8 nor Windows-1252: byte 0x81 on line 3 has no meaning in either/,
  },
  {
    name: 'a DOS code page (CP850) that reads as nonsense in Windows-1252',
    type: 'actors',
    // "Gräfin" in CP850: ä is 0x84, which Windows-1252 reads as „ between two letters.
    file: () =>
      Buffer.concat([
        Buffer.from('externalId;name;kind\r\nA-5;Gr'),
        Buffer.from([0x84]),
        Buffer.from('fin;ASSOCIATION\r\n'),
      ]),
    message: () =>
      /^The encoding of the file cannot be recognised: it is not UTF-8, and read as Windows-1252 line 2 would contain "r„f"/,
  },
  {
    name: 'text converted to UTF-8 twice (mojibake)',
    type: 'actors',
    file: () =>
      csv([
        ['externalId', 'name', 'kind'],
        ['A-5', 'Sprachschule MÃ¼ller', 'ASSOCIATION'],
      ]),
    message: () =>
      /^Row 2, column B \(name\): "Sprachschule MÃ¼ller" contains "Ã¼", the mark of text that was converted to UTF-8 twice/,
  },
  {
    name: 'UTF-16 without a byte order mark',
    type: 'actors',
    file: () => Buffer.from('externalId;name;kind\r\nA-5;Verein;ASSOCIATION\r\n', 'utf16le'),
    message: () =>
      /^Line 1 contains the control character U\+0000: this is not a text \(CSV\) file, or it is UTF-16 without a byte order mark/,
  },
  {
    name: 'an old Excel workbook (.xls)',
    type: 'actors',
    fileName: 'akteure.xls',
    file: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    message: () => /^The file "akteure.xls" is an old Excel workbook \(.xls\) or a password-protected one/,
  },
  {
    name: 'a damaged workbook',
    type: 'actors',
    fileName: 'akteure.xlsx',
    file: async () =>
      (
        await xlsx([
          ['externalId', 'name', 'kind'],
          ['A-5', 'Verein', 'ASSOCIATION'],
        ])
      ).subarray(0, 400),
    message: () => /^The file is not a readable Excel workbook \(.xlsx\)/,
  },
  {
    name: 'a file over the size limit',
    type: 'actors',
    fileName: 'huge.csv',
    file: () => Buffer.alloc(11 * 1024 * 1024, 'a'),
    message: () => /^The file "huge.csv" is 11 MB; at most 10 MB can be imported at once. Split it into several files$/,
  },
  {
    name: 'a file over the row limit',
    type: 'actors',
    file: () =>
      ['externalId;name;kind', ...Array.from({ length: 10_001 }, (_, i) => `X-${i};Verein ${i};ASSOCIATION`)].join(
        '\r\n',
      ),
    message: () => /^The file has 10,001 data rows; at most 10,000 can be imported at once/,
  },
  {
    name: 'an unknown enum value in a workbook',
    type: 'offers',
    fileName: 'angebote.xlsx',
    file: () => xlsx([offerHeader, offerRow('O-1'), offerRow('O-2', { category: 'Kochkurs' })]),
    message: () =>
      /^Row 3, column C \(category\): "Kochkurs" is not a known OfferCategory; use one of INTEGRATION_COURSE \(Integrationskurs\)/,
  },
  {
    name: 'a workbook whose only bad row is the last of many good ones',
    type: 'actors',
    fileName: 'akteure.xlsx',
    file: () =>
      xlsx([
        ['externalId', 'name', 'kind', 'municipalityAgs'],
        ...Array.from({ length: 40 }, (_, i) => [`V-${i}`, `Verein ${i}`, 'Verein', kit.place.townAgs]),
        ['V-40', 'Verein 40', 'Verein', `${kit.place.districtAgs}997`],
      ]),
    message: () => new RegExp(`^Row 42, column D \\(municipalityAgs\\): "${kit.place.districtAgs}997" is not the AGS`),
  },
  {
    name: 'an externalId of another record than the id in the same row',
    type: 'actors',
    file: async () => {
      const [a1] = await kit.server.cypher('MATCH (a:Actor {source: $s}) RETURN a.id AS id ORDER BY a.externalId', {
        s: kit.source,
      });
      return csv([
        ['id', 'externalId', 'name', 'kind'],
        [a1!.id as string, 'A-2', 'Verein', 'ASSOCIATION'],
      ]);
    },
    message: () =>
      /^Row 2, column B \(externalId\): "A-2" belongs to another record \(id ".*"\) than the id ".*" in the same row$/,
  },
];

beforeAll(async () => {
  kit = await startKit('bad');
  const actors = await kit.run(
    'akteure.csv',
    csv([
      ['externalId', 'name', 'kind', 'municipalityAgs'],
      ['A-1', 'Sprachschule (fiktiv)', 'COURSE_PROVIDER', kit.place.townAgs],
      ['A-2', 'Jobcenter (fiktiv)', 'JOBCENTER', kit.place.townAgs],
    ]),
    { type: 'actors' },
  );
  expect(messages(actors)).toEqual([]);
  baseline = await kit.fingerprint();
});
afterAll(async () => {
  await kit?.close();
});

describe('a malformed file is refused with row, column and value, and nothing is written', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const content = await testCase.file();
      const fileName = testCase.fileName ?? `${testCase.type}.csv`;
      const report = await kit.run(fileName, content, { type: testCase.type, source: testCase.source });
      expect(report.ok).toBe(false);
      expect(report.written).toBe(false);
      expect(report.created + report.updated + report.unchanged).toBe(0);
      const expected = testCase.message();
      expect(
        messages(report).some((message) => expected.test(message)),
        `${expected} in\n${messages(report).join('\n')}`,
      ).toBe(true);
      expect(await kit.fingerprint()).toBe(baseline);
    });
  }

  it('lists every bad cell of a file, not only the first', async () => {
    const report = await kit.run(
      'offers.csv',
      csv([
        [...offerHeader, 'capacity'],
        [...offerRow('O-1'), 'viele'],
        [...offerRow('O-2', { status: 'bald' }), '-1'],
      ]),
      { type: 'offers' },
    );
    expect(messages(report)).toEqual([
      'Row 2, column G (capacity): "viele" is not a number',
      expect.stringMatching(/^Row 3, column E \(status\): "bald" is not a known OfferStatus/),
      'Row 3, column G (capacity): "-1" must be a whole number of 0 or more',
    ]);
    expect(report.problems[0]).toMatchObject({
      reason: 'BAD_VALUE',
      row: 2,
      column: 'G',
      header: 'capacity',
      value: 'viele',
    });
  });

  it('counts the problems beyond the listed ones', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`A-${i}`, 'Verein', 'Unbekannt']);
    const report = await kit.run('actors.csv', csv([['externalId', 'name', 'kind'], ...rows]), { type: 'actors' });
    expect(report.problems).toHaveLength(100);
    expect(report.moreProblems).toBe(50);
    expect(await kit.fingerprint()).toBe(baseline);
  });

  it('refuses a source that is too long', async () => {
    const report = await kit.run(
      'actors.csv',
      csv([
        ['externalId', 'name', 'kind'],
        ['A-5', 'Verein', 'ASSOCIATION'],
      ]),
      { type: 'actors', source: 'x'.repeat(101) },
    );
    expect(messages(report)[0]).toMatch(/must be 1 to 100 characters long/);
  });
});

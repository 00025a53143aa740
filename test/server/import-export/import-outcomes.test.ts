// The outcomes sheet of the import (issue 19): per offer and period the counts, from CSV and XLSX, written as the
// API's reportOutcomes writes them and readable through offerOutcomes; a re-import changes nothing; and bad sheets,
// each refused with the row and column of its problem (finished above started, exam results above the participants,
// negative counts, an unknown offer, exam figures of the wrong category), with nothing written and the data version
// where it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayInGermany } from '../../../shared/calendar.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { csv, messages, startKit, xlsx, type Kit } from './import-test-kit.js';

let kit: Kit;
const today = todayInGermany();
const german = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
const p1 = { start: addMonths(today, -9), end: addMonths(today, -6) };
const p2 = { start: addDays(addMonths(today, -6), 1), end: addMonths(today, -3) };

const header = [
  'Angebot (Quelle)',
  'Angebot (Kennung)',
  'Zeitraum von',
  'Zeitraum bis',
  'Begonnen',
  'Abgeschlossen',
  'Abgebrochen',
  'DTZ B1',
  'DTZ A2',
  'DTZ unter A2',
  'Zertifikate',
];

const dataVersion = async () =>
  JSON.stringify(
    await kit.server.cypher(`MATCH (v:DataVersion) RETURN v.id AS id, v.epoch AS e, v.value AS v ORDER BY id`),
  );

beforeAll(async () => {
  kit = await startKit('outcome-import');
  const { source, place } = kit;
  await kit.server.cypher(
    `MATCH (a:Actor {id: $provider}), (m:Municipality {ags: $ags})
     UNWIND [['IK-1', 'INTEGRATION_COURSE'], ['BSK-1', 'JOB_LANGUAGE_COURSE']] AS o
     CREATE (a)-[:PROVIDES]->(x:Offer {id: randomUUID(), title: 'Kurs ' + o[0], category: o[1], status: 'RUNNING',
       source: $source, externalId: o[0], startDate: date($start), capacity: 20, booked: 18, format: 'IN_PERSON',
       createdAt: datetime(), updatedAt: datetime()})-[:TAKES_PLACE_IN]->(m)`,
    { provider: place.providerId, ags: place.townAgs, source, start: addMonths(today, -12) },
  );
}, 240_000);

afterAll(async () => {
  await kit?.server.cypher(`MATCH (x:Outcome)-[:OUTCOME_OF]->(:Offer {source: $source}) DETACH DELETE x`, {
    source: kit.source,
  });
  await kit?.close();
});

describe('importing outcomes', () => {
  it('writes the counts of a good sheet per offer and period, readable through the API, and a re-import changes nothing', async () => {
    const version = await dataVersion();
    const file = csv([
      header,
      [kit.source, 'IK-1', german(p1.start), german(p1.end), 18, 14, 3, 8, 4, 1, ''],
      ['', 'IK-1', german(p2.start), german(p2.end), 16, 15, 1, 9, 5, 0, ''],
      [kit.source, 'BSK-1', german(p1.start), german(p1.end), 12, 10, 2, '', '', '', 9],
    ]);
    const report = await kit.run('ergebnisse.csv', file, { type: 'outcomes' });
    expect(messages(report)).toEqual([]);
    expect(report).toMatchObject({ ok: true, written: true, rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(report.outcomes.map((o) => [o.row, o.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'create'],
    ]);
    expect(await dataVersion()).not.toBe(version);

    const listed = await kit.server.gql(
      `query($ids: [ID!]) { offerOutcomes(offerIds: $ids) { offerTitle periodStart periodEnd started finished droppedOut dtzB1 dtzA2 dtzBelowA2 certificates reportedBy } }`,
      {
        ids: (
          await kit.server.cypher<{ id: string }>(`MATCH (o:Offer {source: $source}) RETURN o.id AS id`, {
            source: kit.source,
          })
        ).map((r) => r.id),
      },
    );
    expectNoErrors(listed);
    const rows = (listed.data!.offerOutcomes as Record<string, unknown>[]).map(({ reportedBy, ...rest }) => {
      expect(reportedBy).toBeTruthy();
      return rest;
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          offerTitle: 'Kurs IK-1',
          periodStart: p1.start,
          periodEnd: p1.end,
          started: 18,
          finished: 14,
          droppedOut: 3,
          dtzB1: 8,
          dtzA2: 4,
          dtzBelowA2: 1,
          certificates: null,
        },
        {
          offerTitle: 'Kurs IK-1',
          periodStart: p2.start,
          periodEnd: p2.end,
          started: 16,
          finished: 15,
          droppedOut: 1,
          dtzB1: 9,
          dtzA2: 5,
          dtzBelowA2: 0,
          certificates: null,
        },
        {
          offerTitle: 'Kurs BSK-1',
          periodStart: p1.start,
          periodEnd: p1.end,
          started: 12,
          finished: 10,
          droppedOut: 2,
          dtzB1: null,
          dtzA2: null,
          dtzBelowA2: null,
          certificates: 9,
        },
      ]),
    );
    expect(rows).toHaveLength(3);

    // The same file again: nothing changes, not even the data version.
    const before = await dataVersion();
    const again = await kit.run('ergebnisse.csv', file, { type: 'outcomes' });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(await dataVersion()).toBe(before);

    // New figures for the same period replace the old ones (an XLSX sheet this time).
    const sheet = await xlsx([
      header,
      [
        kit.source,
        'IK-1',
        new Date(`${p1.start}T00:00:00Z`),
        new Date(`${p1.end}T00:00:00Z`),
        18,
        15,
        3,
        9,
        4,
        1,
        null,
      ],
    ]);
    const replaced = await kit.run('ergebnisse.xlsx', sheet, { type: 'outcomes' });
    expect(messages(replaced)).toEqual([]);
    expect(replaced).toMatchObject({ ok: true, written: true, created: 0, updated: 1 });
    expect(replaced.outcomes[0]!.action).toBe('update');
  }, 120_000);

  const bad: [string, (string | number)[], { row: number; column: string; text: RegExp }][] = [
    [
      'finished and dropped out above started',
      [18, 16, 3, '', '', '', ''],
      {
        row: 3,
        column: 'F',
        text: /Abgeschlossen\): "16" Abgeschlossen "16" \+ Abgebrochen "3" = 19 is more than Begonnen "18"$/,
      },
    ],
    [
      'DTZ results above the participants',
      [10, 8, 2, 6, 4, 1, ''],
      {
        row: 3,
        column: 'H',
        text: /\(DTZ B1\): "6" DTZ results \(DTZ B1 \+ DTZ A2 \+ DTZ unter A2\) = 11 is more than the participants \(Begonnen "10"\)$/,
      },
    ],
    [
      'a negative count',
      [10, -1, 2, '', '', '', ''],
      { row: 3, column: 'F', text: /Abgeschlossen\): "-1" must be a whole number of 0 or more/ },
    ],
    [
      'certificates on an integration course',
      [10, 8, 2, '', '', '', 5],
      {
        row: 3,
        column: 'K',
        text: /Zertifikate\): "5" only job language courses have certificates; this offer is of category "Integrationskurs"$/,
      },
    ],
  ];
  for (const [what, figures, expected] of bad) {
    it(`refuses a sheet with ${what}, naming row and column, and writes nothing`, async () => {
      const fingerprint = await kit.fingerprint();
      const version = await dataVersion();
      const report = await kit.run(
        'schlecht.csv',
        csv([
          header,
          // A good row first: it is not written either.
          [kit.source, 'BSK-1', german(p2.start), german(p2.end), 11, 9, 2, '', '', '', 8],
          [kit.source, 'IK-1', german(p2.start), german(p2.end), ...figures],
        ]),
        { type: 'outcomes' },
      );
      expect(report.ok).toBe(false);
      expect(report.written).toBe(false);
      expect(report.problems).toHaveLength(1);
      const [problem] = report.problems;
      expect(problem).toMatchObject({ row: expected.row, column: expected.column });
      expect(problem!.message).toMatch(new RegExp(`^Row ${expected.row}, column ${expected.column} `));
      expect(problem!.message).toMatch(expected.text);
      expect(await kit.fingerprint()).toBe(fingerprint);
      expect(await dataVersion()).toBe(version);
    }, 120_000);
  }

  it('refuses an unknown offer, a row naming no offer and a period in the future, each where it is, and writes nothing', async () => {
    const fingerprint = await kit.fingerprint();
    const noOffer = await kit.run(
      'schlecht.csv',
      csv([header, [kit.source, '', german(p2.start), german(p2.end), 10, 8, 2, '', '', '', '']]),
      { type: 'outcomes' },
    );
    expect(noOffer).toMatchObject({ ok: false, written: false });
    expect(messages(noOffer)).toEqual([expect.stringMatching(/^Row 2: names no offer/)]);
    const future = await kit.run(
      'schlecht.csv',
      csv([header, [kit.source, 'IK-1', german(p2.start), german(addDays(today, 30)), 10, 8, 2, '', '', '', '']]),
      { type: 'outcomes' },
    );
    expect(future).toMatchObject({ ok: false, written: false });
    expect(messages(future)).toEqual([expect.stringMatching(/^Row 2, column D \(Zeitraum bis\): .* is in the future/)]);
    expect(await kit.fingerprint()).toBe(fingerprint);

    const unknown = await kit.run(
      'schlecht.csv',
      csv([header, [kit.source, 'GIBT-ES-NICHT', german(p2.start), german(p2.end), 10, 8, 2, '', '', '', '']]),
      { type: 'outcomes' },
    );
    expect(unknown.problems).toEqual([expect.objectContaining({ reason: 'UNKNOWN_REFERENCE', row: 2, column: 'B' })]);
    expect(unknown.problems[0]!.message).toBe(
      `Row 2, column B (Angebot (Kennung)): "GIBT-ES-NICHT" there is no offer with Angebot (Kennung) "GIBT-ES-NICHT" under Angebot (Quelle) "${kit.source}"`,
    );
    expect(await kit.fingerprint()).toBe(fingerprint);
  }, 120_000);

  // Issue 19: the messages name the file's columns, never the API's field names (finished, offerId, periodEnd, ...).
  it('names the columns of the file in every message, with the row, and no field name of the API', async () => {
    const fingerprint = await kit.fingerprint();
    const withoutSource = await kit.run(
      'schlecht.csv',
      csv([header.slice(1), ['IK-1', german(p2.start), german(p2.end), 10, 8, 2, '', '', '', '']]),
      { type: 'outcomes', source: null },
    );
    expect(withoutSource.problems).toEqual([expect.objectContaining({ row: 2, column: 'A' })]);
    expect(messages(withoutSource)).toEqual([
      'Row 2, column A (Angebot (Kennung)): "IK-1" an offer found by Angebot (Kennung) needs a source: fill Angebot (Quelle) or give the import a source (--source=...)',
    ]);
    const both = await kit.run(
      'schlecht.csv',
      csv([
        ['Angebot (ID)', ...header],
        ['irgendeine-id', kit.source, 'IK-1', german(p2.start), german(p2.end), 10, 8, 2, '', '', '', ''],
      ]),
      { type: 'outcomes' },
    );
    expect(messages(both)).toEqual([
      expect.stringMatching(
        /^Row 2, column A \(Angebot \(ID\)\): "irgendeine-id" give exactly one of Angebot \(ID\) or Angebot \(Kennung\), got both$/,
      ),
    ]);
    const reversed = await kit.run(
      'schlecht.csv',
      csv([header, [kit.source, 'IK-1', german(p2.end), german(p2.start), 10, 8, 2, '', '', '', '']]),
      { type: 'outcomes' },
    );
    expect(messages(reversed)).toEqual([
      `Row 2, column C (Zeitraum von): "${german(p2.end)}" "${p2.end}" is after Zeitraum bis "${p2.start}"`,
    ]);
    const apiNames =
      /\b(offerId|externalId|source argument|periodStart|periodEnd|started|finished|droppedOut|dtzB1|dtzA2|dtzBelowA2|orientationPassed|orientationFailed|certificates)\b/;
    for (const report of [withoutSource, both, reversed])
      for (const message of messages(report)) expect(message).not.toMatch(apiNames);
    expect(await kit.fingerprint()).toBe(fingerprint);
  }, 120_000);
});

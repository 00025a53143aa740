// The demo county's year of monitoring history: deterministic, monthly, with the trends it promises, computed with
// the same gap table as the live analysis (its "today" equals the API's coverageGaps), and loaded with the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../server/demo-data/generate-demo-data.js';
import { demoHistoryMonths, generateDemoHistory } from '../../../server/demo-data/generate-demo-history.js';
import { monthsBefore } from '../../../shared/calendar.js';
import { snapshotCategories, type SnapshotRow } from '../../../server/monitoring/snapshot-row.js';
import { demoCounty, loadDemoCounty } from '../../support/demo-county.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

const history = generateDemoHistory(demoCounty);
const sum = (rows: SnapshotRow[], key: 'demand' | 'unmet' | 'capacity' | 'booked' | 'freePlaces') =>
  rows.reduce((total, row) => total + row[key], 0);
const southWest = demoCounty.municipalities.find((m) => m.name.includes('Uchte') && m.kind === 'COLLECTIVE')!;
const southWestAgs = new Set(
  demoCounty.municipalities.filter((m) => m.ags === southWest.ags || m.memberOfAgs === southWest.ags).map((m) => m.ags),
);
const dates = Array.from({ length: demoHistoryMonths }, (_, i) =>
  monthsBefore(demoCounty.today, demoHistoryMonths - i),
);

describe('the demo history', () => {
  it('has one snapshot per municipality, category and month of the past year, and is the same every time', () => {
    expect([...new Set(history.map((row) => row.date))]).toEqual(dates);
    expect(history).toHaveLength(dates.length * demoCounty.municipalities.length * snapshotCategories.length);
    expect(generateDemoHistory(generateDemoData({ today: demoCounty.today, seed: 1 }))).toEqual(history);
    expect(new Set(history.map((row) => row.id)).size).toBe(history.length);
  });

  it('shows the integration-course gap of the south-west closing, and courses filling', () => {
    const unmet = dates.map((date) =>
      sum(
        history.filter(
          (row) => row.date === date && row.category === 'INTEGRATION_COURSE' && southWestAgs.has(row.municipalityAgs),
        ),
        'unmet',
      ),
    );
    expect(unmet[0]).toBeGreaterThan(2 * unmet.at(-1)!);
    const falls = unmet.slice(1).filter((value, i) => value <= unmet[i]!).length;
    expect(falls).toBeGreaterThanOrEqual(dates.length - 2);
    const district = (date: string) =>
      history.filter((row) => row.date === date && row.category === 'INTEGRATION_COURSE');
    expect(sum(district(dates.at(-1)!), 'booked')).toBeGreaterThan(sum(district(dates[0]!), 'booked'));
  });
});

describe('the demo history in Neo4j', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadDemoCounty(server.driver, server.database);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is loaded with the demo data and summed by monitoringSeries', async () => {
    const response = await server.gql<{
      monitoringSeries: {
        points: {
          date: string;
          demand: number;
          unmet: number;
          capacity: number;
          booked: number;
          freePlaces: number;
          municipalities: number;
        }[];
      }[];
    }>(
      `query($d: String!, $from: Date!, $to: Date!) { monitoringSeries(districtAgs: $d, categories: [INTEGRATION_COURSE], from: $from, to: $to) { points { date demand unmet capacity booked freePlaces municipalities } } }`,
      { d: demoCounty.district.ags, from: dates[0], to: dates.at(-1) },
    );
    expectNoErrors(response);
    const points = response.data!.monitoringSeries[0]!.points;
    expect(points).toEqual(
      dates.map((date) => {
        const rows = history.filter((row) => row.date === date && row.category === 'INTEGRATION_COURSE');
        return {
          date,
          demand: sum(rows, 'demand'),
          unmet: sum(rows, 'unmet'),
          capacity: sum(rows, 'capacity'),
          booked: sum(rows, 'booked'),
          freePlaces: sum(rows, 'freePlaces'),
          municipalities: rows.length,
        };
      }),
    );
  });

  it('computes today exactly as the live gap table does', async () => {
    const today = generateDemoHistory(demoCounty, { includeToday: true }).filter(
      (row) => row.date === demoCounty.today,
    );
    for (const category of ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE', 'EARLY_CHILDHOOD']) {
      const response = await server.gql<{
        coverageGaps: { municipalities: { ags: string; demand: number; unmet: number; accessibility: number }[] };
      }>(
        `query($d: String!, $c: OfferCategory!) { coverageGaps(category: $c, districtAgs: $d) { municipalities { ags demand unmet accessibility } } }`,
        {
          d: demoCounty.district.ags,
          c: category,
        },
      );
      expectNoErrors(response);
      for (const live of response.data!.coverageGaps.municipalities) {
        const row = today.find((r) => r.category === category && r.municipalityAgs === live.ags)!;
        expect([row.demand, row.unmet]).toEqual([live.demand, live.unmet]);
        expect(row.accessibility).toBeCloseTo(live.accessibility, 9);
      }
    }
  });
});

// The snapshot schedule inside the server: croner runs the job on its pattern (here every second, for one test
// district), the job writes the day's snapshots, and stop() ends it.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { todayInGermany } from '../../../shared/calendar.js';
import { scheduleSnapshots } from '../../../server/monitoring/schedule-snapshots.js';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
});
afterAll(async () => {
  if (place) await removePlace(server, place);
  await server?.close();
});

it('takes the snapshots on schedule and logs each run', async () => {
  const lines: Record<string, unknown>[] = [];
  let resolveRun: () => void = () => {};
  const ran = new Promise<void>((resolve) => (resolveRun = resolve));
  const sink = new Writable({
    write(chunk, _encoding, done) {
      const line = JSON.parse(String(chunk)) as Record<string, unknown>;
      lines.push(line);
      if (line.msg === 'monitoring snapshots taken' || line.msg === 'monitoring snapshots failed') resolveRun();
      done();
    },
  });
  const schedule = scheduleSnapshots(
    { driver: server.driver, database: server.database },
    '* * * * * *',
    pino({ level: 'info' }, sink),
    { districtAgs: [place.districtAgs] },
  );
  expect(lines[0]).toMatchObject({ msg: 'monitoring snapshots scheduled', pattern: '* * * * * *' });
  expect(schedule.nextRun()).toBeInstanceOf(Date);
  await ran;
  schedule.stop();
  expect(schedule.nextRun()).toBeNull();
  expect(lines.find((line) => String(line.msg).startsWith('monitoring snapshots t'))).toMatchObject({
    msg: 'monitoring snapshots taken',
    date: todayInGermany(),
    districts: 1,
    created: 30,
  });
  const [row] = await server.cypher(
    'MATCH (:District {ags: $d})<-[:IN_DISTRICT]-(:Municipality)<-[:SNAPSHOT_OF]-(s:Snapshot {date: date($today)}) RETURN count(s) AS n',
    { d: place.districtAgs, today: todayInGermany() },
  );
  expect(Number(row!.n)).toBe(30);
}, 60_000);

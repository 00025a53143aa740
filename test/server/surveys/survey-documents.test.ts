// The documents of a round through HTTP against the real Neo4j: the status per area as CSV for German Excel
// (semicolons, BOM) and XLSX for staff, and the letters with each area's link and QR code as HTML and PDF for the
// coordinator, made only from working links of that round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { headersFor, startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import { saveMutation, startRound, type IssuedLink } from './survey-support.js';

let server: TestServer;
let place: Place;
let roundId: string;
let links: Map<string, IssuedLink>;
const prefix = uniquePrefix('surveydocs');

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  ({ roundId, links } = await startRound(server, place, `${prefix} Runde`));
  expectNoErrors(
    await server.gql(
      saveMutation,
      { token: links.get(place.townAgs)!.token, input: { needs: [{ category: 'INTEGRATION_COURSE', persons: 3 }] } },
      { as: 'anonymous' },
    ),
  );
});

afterAll(async () => {
  if (!server) return;
  await server.cypher(
    'MATCH (x) WHERE (x:SurveyRound AND x.id = $id) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
    { id: roundId ?? '' },
  );
  if (place) await removePlace(server, place);
  await server.close();
});

describe('the status export', () => {
  it('is a CSV for German Excel with one row per area and its status', async () => {
    const response = await fetch(`${server.url}/surveys/rounds/${roundId}/status.csv`, {
      headers: await headersFor('analyst'),
    });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('AGS;Gebiet;Stand;E-Mail;Link geöffnet am;Abgesendet am;Link gültig bis;Link zurückgezogen');
    const rows = lines.slice(1).map((line) => line.split(';'));
    expect(rows.map((row) => [row[0], row[1], row[2]]).sort()).toEqual(
      [
        [place.townAgs, 'Teststadt', 'Entwurf'],
        [place.villageAgs, 'Testdorf', 'nicht geöffnet'],
      ].sort(),
    );
  });

  it('is also XLSX, and refused to anonymous callers and partners', async () => {
    const xlsx = await fetch(`${server.url}/surveys/rounds/${roundId}/status.xlsx`, {
      headers: await headersFor('coordinator'),
    });
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect((await fetch(`${server.url}/surveys/rounds/${roundId}/status.csv`)).status).toBe(401);
    const partner = await fetch(`${server.url}/surveys/rounds/${roundId}/status.csv`, {
      headers: await headersFor({ role: 'partner', actorId: place.providerId }),
    });
    expect(partner.status).toBe(403);
  });
});

describe('the letters', () => {
  const post = async (file: string, body: unknown, caller: Parameters<typeof headersFor>[0] = 'coordinator') =>
    fetch(`${server.url}/surveys/${file}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor(caller)) },
      body: JSON.stringify(body),
    });

  it('print each area its link and a QR code (HTML)', async () => {
    const tokens = [...links.values()].map((link) => link.token);
    const response = await post('letters.html', { roundId, tokens });
    expect(response.status).toBe(200);
    const page = await response.text();
    for (const link of links.values()) expect(page).toContain(link.url);
    expect(page.match(/<section class="letter">/g)).toHaveLength(2);
    expect(page.match(/<svg/g)).toHaveLength(2);
    expect(page).toContain('Bildungskoordination Testkreis');
  });

  it('come as PDF', async () => {
    const response = await post('letters.pdf', { roundId, tokens: [links.get(place.townAgs)!.token] });
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('are refused for unknown links and for the analyst', async () => {
    expect((await post('letters.html', { roundId, tokens: [`bna_${'B'.repeat(32)}`] })).status).toBe(403);
    expect((await post('letters.html', { roundId, tokens: [links.get(place.townAgs)!.token] }, 'analyst')).status).toBe(
      403,
    );
  });
});

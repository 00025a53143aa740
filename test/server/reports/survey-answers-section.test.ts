// The needs analysis's section on the municipalities' answers against the API: for a round over a test district
// with one answer partly accepted and one sent back, the section's per-area status, who answered and the accepted
// persons and offers are the figures Query.surveyRound and Query.surveyAnswers give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, tokenFor, uniquePrefix, type TestServer } from '../../support/test-server.js';
import {
  answerFields,
  dataOf,
  roundFields,
  startRound,
  submitMutation,
  type AnswerShape,
  type IssuedLink,
} from '../surveys/survey-support.js';

let server: TestServer;
let place: Place;
let roundId = '';
let links: Map<string, IssuedLink>;
const prefix = uniquePrefix('surveyreport');

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  ({ roundId, links } = await startRound(server, place, `${prefix} Abfrage`));
  const submit = (ags: string, persons: number, offers: unknown[]) =>
    server.gql(submitMutation, {
      token: links.get(ags)!.token,
      input: { needs: [{ category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons }], offers },
    });
  const town = dataOf<AnswerShape>(
    await submit(place.townAgs, 21, [
      { initiativeName: `${prefix} Initiative`, offerTitle: 'Sprachcafé', category: 'LANGUAGE_CAFE', freePlaces: 6 },
      { initiativeName: `${prefix} Initiative`, offerTitle: 'Lernpaten', category: 'LANGUAGE_CAFE' },
    ]),
    'submitSurveyAnswer',
  );
  const village = dataOf<AnswerShape>(await submit(place.villageAgs, 9, []), 'submitSurveyAnswer');
  // The town: its need and one of its two offers accepted; the village: sent back.
  dataOf(
    await server.gql(
      `mutation($id: ID!, $items: [ID!]) { acceptSurveyAnswer(answerId: $id, itemIds: $items) { id } }`,
      {
        id: town.id,
        items: [town.needs[0]!.id, town.offers[0]!.id],
      },
    ),
    'acceptSurveyAnswer',
  );
  dataOf(
    await server.gql(`mutation($id: ID!) { sendBackSurveyAnswer(answerId: $id, comment: "Bitte prüfen") { id } }`, {
      id: village.id,
    }),
    'sendBackSurveyAnswer',
  );
}, 120_000);

afterAll(async () => {
  if (!server) return;
  await server.cypher('MATCH (c:ChangeEvent) WHERE c.origin = $origin DETACH DELETE c', {
    origin: `survey:${roundId}`,
  });
  await server.cypher(
    'MATCH (x) WHERE (x:SurveyRound AND x.id = $id) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
    { id: roundId },
  );
  if (place) await removePlace(server, place);
  await server.close();
});

describe('the needs analysis on the municipalities answers', () => {
  it('reports who answered and what was accepted, as the API has it', async () => {
    const round = dataOf<{ areas: { ags: string; status: string }[] }>(
      await server.gql(`query($id: ID!) { surveyRound(id: $id) { ${roundFields} } }`, { id: roundId }),
      'surveyRound',
    );
    const answers = dataOf<AnswerShape[]>(
      await server.gql(`query($id: ID!) { surveyAnswers(roundId: $id) { ${answerFields} } }`, { id: roundId }),
      'surveyAnswers',
    );
    const acceptedPersons = answers
      .flatMap((a) => a.needs)
      .filter((item) => item.review === 'ACCEPTED')
      .reduce((sum, item) => sum + item.persons, 0);
    const acceptedOffers = answers.flatMap((a) => a.offers).filter((item) => item.review === 'ACCEPTED').length;
    expect(acceptedPersons).toBe(21);
    expect(acceptedOffers).toBe(1);

    const response = await fetch(
      `${server.url}/reports/needs-analysis.html?district=${place.districtAgs}&access_token=${await tokenFor('analyst')}`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    const section = new RegExp(`<div[^>]*class="survey-round"[^>]*data-round="${roundId}"[^>]*>`).exec(html)?.[0];
    expect(section).toBeDefined();
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(section!)?.[1];
    expect(attribute('data-asked')).toBe(String(round.areas.length));
    expect(attribute('data-answered')).toBe('2');
    expect(attribute('data-accepted-persons')).toBe(String(acceptedPersons));
    expect(attribute('data-accepted-offers')).toBe(String(acceptedOffers));
    for (const area of round.areas)
      expect(html).toMatch(new RegExp(`data-area="${area.ags}"\\s+data-status="${area.status}"`));
    expect(round.areas.map((a) => a.status).sort()).toEqual(['ACCEPTED', 'SENT_BACK']);
    expect(html).toContain('9. Antworten der Gemeinden (Bedarfsabfrage)');
    expect(html).toContain('2 von 2 Gebieten haben geantwortet');
    expect(html).toContain(`${prefix} Initiative`);
    expect(html).not.toContain('Lernpaten'); // the offer not accepted is not reported as a change
  });
});

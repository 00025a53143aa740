// The whole Bedarfsabfrage through the API against the real Neo4j: the coordinator starts a round, a municipality
// saves a draft and submits, the coordinator compares it with the current data, accepts part of it, sends another
// answer back, accepts the corrected one; the round's status per area follows, and the accepted figures are in
// coverageGaps; the change history names the municipality as author and the coordinator as the one who accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import {
  answerFields,
  dataOf,
  type AnswerShape,
  roundFields,
  saveMutation,
  startRound,
  submitMutation,
  type IssuedLink,
} from './survey-support.js';

let server: TestServer;
let place: Place;
let roundId: string;
let links: Map<string, IssuedLink>;
const prefix = uniquePrefix('survey');

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  // A need the town reported last time: the form shows it to confirm or change, accepting replaces it.
  await server.cypher(
    `MATCH (m:Municipality {ags: $ags})
     CREATE (:Need {id: $id, category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 12, source: 'SURVEY',
       status: 'OPEN', reportedAt: date('2026-01-15'), createdAt: datetime(), updatedAt: datetime()})-[:NEEDED_IN]->(m)`,
    { ags: place.townAgs, id: `${prefix}-old-need` },
  );
  await server.cypher(
    `MATCH (m:Municipality {ags: $ags})
     CREATE (:Actor {id: $id, name: 'Stadt Teststadt (fiktiv)', kind: 'MUNICIPAL_ADMINISTRATION', email: 'rathaus@teststadt.example',
       createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(m)`,
    { ags: place.townAgs, id: `${prefix}-admin` },
  );
  ({ roundId, links } = await startRound(server, place, `${prefix} Herbst`));
});

afterAll(async () => {
  if (!server) return;
  if (roundId)
    await server.cypher('MATCH (c:ChangeEvent) WHERE c.origin = $origin DETACH DELETE c', {
      origin: `survey:${roundId}`,
    });
  await server.cypher(
    'MATCH (x) WHERE (x:SurveyRound AND x.id = $id) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
    { id: roundId ?? '' },
  );
  await server.cypher('MATCH (a:Actor) WHERE a.id = $id DETACH DELETE a', { id: `${prefix}-admin` });
  if (place) await removePlace(server, place);
  await server.close();
});

const roundStatus = async () => {
  const response = await server.gql(`query($id: ID!) { surveyRound(id: $id) { ${roundFields} } }`, { id: roundId });
  expectNoErrors(response);
  const round = response.data!.surveyRound as { areas: { ags: string; status: string }[] };
  return Object.fromEntries(round.areas.map((area) => [area.ags, area.status]));
};

const demandOf = async (ags: string, category: string) => {
  const response = await server.gql(
    `query($d: String) { coverageGaps(category: ${category}, districtAgs: $d) { municipalities { ags demand } } }`,
    { d: place.districtAgs },
  );
  const rows = dataOf<{ municipalities: { ags: string; demand: number }[] }>(response, 'coverageGaps').municipalities;
  return rows.find((row) => row.ags === ags)?.demand ?? 0;
};

describe('a Bedarfsabfrage from start to acceptance', () => {
  it('issues one unguessable link per area with a prepared e-mail', () => {
    expect([...links.keys()].sort()).toEqual([place.townAgs, place.villageAgs].sort());
    const town = links.get(place.townAgs)!;
    expect(town.token).toMatch(/^bna_[A-Za-z0-9_-]{32}$/);
    expect(town.url).toBe(`${server.url}/abfrage/${town.token}`);
    expect(town.mailto.startsWith('mailto:rathaus@teststadt.example?subject=')).toBe(true);
    expect(decodeURIComponent(town.mailto)).toContain(town.url);
    expect(links.get(place.villageAgs)!.token).not.toBe(town.token);
  });

  it('stores only the hash of a token', async () => {
    const rows = await server.cypher('MATCH (l:SurveyLink {roundId: $id}) RETURN properties(l) AS p', { id: roundId });
    expect(rows).toHaveLength(2);
    const stored = JSON.stringify(rows);
    for (const link of links.values()) expect(stored).not.toContain(link.token.slice(4));
  });

  it('shows the link its form with the figures accepted last time', async () => {
    expect(await roundStatus()).toEqual({ [place.townAgs]: 'NOT_OPENED', [place.villageAgs]: 'NOT_OPENED' });
    const response = await server.gql(
      `query($t: String!) { surveyForm(token: $t) { areaAgs areaName categories editable contactName
         currentNeeds { municipalityAgs category targetGroup persons } } }`,
      { t: links.get(place.townAgs)!.token },
      { as: 'anonymous' },
    );
    expectNoErrors(response);
    expect(response.data!.surveyForm).toMatchObject({
      areaAgs: place.townAgs,
      areaName: 'Teststadt',
      editable: true,
      currentNeeds: [
        { municipalityAgs: place.townAgs, category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 12 },
      ],
    });
  });

  let townAnswerId: string;
  let villageAnswerId: string;

  it('saves a draft, then submits', async () => {
    const token = links.get(place.townAgs)!.token;
    const draft = await server.gql(
      saveMutation,
      { token, input: { needs: [{ category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 30 }] } },
      { as: 'anonymous' },
    );
    expect(dataOf<AnswerShape>(draft, 'saveSurveyAnswer').status).toBe('DRAFT');
    expect((await roundStatus())[place.townAgs]).toBe('DRAFT');
    const submitted = await server.gql(
      submitMutation,
      {
        token,
        input: {
          needs: [
            { category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 30, note: 'Warteliste im Rathaus' },
            { category: 'INTEGRATION_COURSE', targetGroup: 'PARENTS', persons: 8 },
          ],
          offers: [
            {
              initiativeName: 'Willkommensnetz Teststadt',
              offerTitle: 'Sprachcafé am Markt',
              contactRole: 'Sprecherin der Initiative',
              category: 'LANGUAGE_CAFE',
              targetGroups: ['ADULTS', 'WOMEN'],
              schedule: 'dienstags 15–17 Uhr',
              place: 'Gemeindehaus',
              languages: ['de', 'ar'],
              freePlaces: 10,
            },
          ],
          freeText: 'Viele Familien warten auf einen Kurs mit Kinderbetreuung.',
        },
      },
      { as: 'anonymous' },
    );
    const answer = dataOf<AnswerShape>(submitted, 'submitSurveyAnswer');
    expect(answer).toMatchObject({ status: 'SUBMITTED', areaAgs: place.townAgs });
    expect(answer.needs).toHaveLength(2);
    townAnswerId = answer.id;
    expect((await roundStatus())[place.townAgs]).toBe('SUBMITTED');
  });

  it('compares the answer with the current data', async () => {
    const response = await server.gql(
      `query($id: ID!) { compareSurveyAnswer(answerId: $id) {
         needs { category targetGroup currentPersons proposedPersons difference }
         offers { initiativeName existingActorId existingOfferId changedFields } } }`,
      { id: townAnswerId },
      { as: 'analyst' },
    );
    const comparison = dataOf<{ needs: unknown[]; offers: unknown[] }>(response, 'compareSurveyAnswer');
    expect(comparison.needs).toEqual([
      {
        category: 'INTEGRATION_COURSE',
        targetGroup: 'ADULTS',
        currentPersons: 12,
        proposedPersons: 30,
        difference: 18,
      },
      { category: 'INTEGRATION_COURSE', targetGroup: 'PARENTS', currentPersons: 0, proposedPersons: 8, difference: 8 },
    ]);
    expect(comparison.offers[0]).toMatchObject({
      existingActorId: null,
      existingOfferId: null,
    });
  });

  it('accepts part of it: the accepted items become data, the figures reach coverageGaps', async () => {
    expect(await demandOf(place.townAgs, 'INTEGRATION_COURSE')).toBe(12);
    const [answer] = dataOf<AnswerShape[]>(
      await server.gql(`query($r: ID!) { surveyAnswers(roundId: $r) { ${answerFields} } }`, { r: roundId }),
      'surveyAnswers',
    );
    const adults = answer!.needs.find((item) => item.targetGroup === 'ADULTS')!.id;
    const offer = answer!.offers[0]!.id;
    const accepted = await server.gql(
      `mutation($id: ID!, $items: [ID!]) { acceptSurveyAnswer(answerId: $id, itemIds: $items, comment: "Eltern-Bedarf bitte belegen") { ${answerFields} } }`,
      { id: townAnswerId, items: [adults, offer] },
    );
    const result = dataOf<AnswerShape>(accepted, 'acceptSurveyAnswer');
    expect(result.status).toBe('PARTLY_ACCEPTED');
    expect(result.needs.map((item) => item.review).sort()).toEqual(['ACCEPTED', 'REJECTED']);
    expect(await demandOf(place.townAgs, 'INTEGRATION_COURSE')).toBe(30);
    const needs = await server.cypher(
      `MATCH (n:Need)-[:NEEDED_IN]->(:Municipality {ags: $ags}) OPTIONAL MATCH (n)-[:REPORTED_BY]->(r:Actor)
       RETURN n.id AS id, n.status AS status, n.persons AS persons, n.importSource AS source, r.id AS reporter ORDER BY n.status`,
      { ags: place.townAgs },
    );
    expect(needs.map((n) => [n.status as string, Number(n.persons)])).toEqual([
      ['OBSOLETE', 12],
      ['OPEN', 30],
    ]);
    expect(needs[1]).toMatchObject({ source: `survey:${roundId}`, reporter: `${prefix}-admin` });
    const offers = await server.cypher(
      `MATCH (a:Actor)-[:PROVIDES]->(o:Offer)-[:TAKES_PLACE_IN]->(:Municipality {ags: $ags})
       RETURN a.kind AS kind, a.name AS name, o.title AS title, toFloat(o.capacity) AS capacity, o.source AS source, o.schedule AS schedule`,
      { ags: place.townAgs },
    );
    expect(offers).toEqual([
      {
        kind: 'VOLUNTEER_INITIATIVE',
        name: 'Willkommensnetz Teststadt',
        title: 'Sprachcafé am Markt',
        capacity: 10,
        source: `survey:${roundId}`,
        schedule: 'dienstags 15–17 Uhr',
      },
    ]);
    expect((await roundStatus())[place.townAgs]).toBe('ACCEPTED');
  });

  it('names the municipality as author and the coordinator as the one who accepted', async () => {
    const needId = (
      await server.cypher(
        `MATCH (n:Need {status: 'OPEN'})-[:NEEDED_IN]->(:Municipality {ags: $ags}) RETURN n.id AS id`,
        { ags: place.townAgs },
      )
    )[0]!.id as string;
    const response = await server.gql(
      `query($id: String) { changes(entityId: $id) { operation origin author { id name role via } acceptedBy { id role } after } }`,
      { id: needId },
    );
    expectNoErrors(response);
    expect(response.data!.changes).toEqual([
      expect.objectContaining({
        operation: 'CREATE',
        origin: `survey:${roundId}`,
        author: { id: `municipality:${place.townAgs}`, name: 'Teststadt', role: 'municipality', via: 'survey-link' },
        acceptedBy: { id: 'test-coordinator', role: 'coordinator' },
      }),
    ]);
  });

  it('sends an answer back with a comment and accepts the corrected one', async () => {
    const token = links.get(place.villageAgs)!.token;
    const first = await server.gql(
      submitMutation,
      { token, input: { needs: [{ category: 'LANGUAGE_CAFE', targetGroup: 'WOMEN', persons: 400 }] } },
      { as: 'anonymous' },
    );
    villageAnswerId = dataOf<AnswerShape>(first, 'submitSurveyAnswer').id;
    const back = await server.gql(
      `mutation($id: ID!) { sendBackSurveyAnswer(answerId: $id, comment: "400 Frauen? Bitte prüfen.") { status reviewComment } }`,
      { id: villageAnswerId },
    );
    expectNoErrors(back);
    expect(back.data!.sendBackSurveyAnswer).toEqual({
      status: 'SENT_BACK',
      reviewComment: '400 Frauen? Bitte prüfen.',
    });
    expect((await roundStatus())[place.villageAgs]).toBe('SENT_BACK');
    const form = await server.gql(
      `query($t: String!) { surveyForm(token: $t) { editable answer { status reviewComment } } }`,
      { t: token },
      { as: 'anonymous' },
    );
    expect(form.data!.surveyForm).toEqual({
      editable: true,
      answer: { status: 'SENT_BACK', reviewComment: '400 Frauen? Bitte prüfen.' },
    });
    const corrected = await server.gql(
      submitMutation,
      { token, input: { needs: [{ category: 'LANGUAGE_CAFE', targetGroup: 'WOMEN', persons: 40 }] } },
      { as: 'anonymous' },
    );
    expectNoErrors(corrected);
    const accepted = await server.gql(`mutation($id: ID!) { acceptSurveyAnswer(answerId: $id) { status } }`, {
      id: villageAnswerId,
    });
    expectNoErrors(accepted);
    expect(dataOf<AnswerShape>(accepted, 'acceptSurveyAnswer').status).toBe('ACCEPTED');
    expect(await demandOf(place.villageAgs, 'LANGUAGE_CAFE')).toBe(40);
    expect(await roundStatus()).toEqual({ [place.townAgs]: 'ACCEPTED', [place.villageAgs]: 'ACCEPTED' });
  });

  it('reminds the areas that have not submitted with a new link; the old one stops working', async () => {
    const { roundId: second, links: secondLinks } = await startRound(server, place, `${prefix} Erinnerung`);
    try {
      const reminded = await server.gql(
        `mutation($r: ID!) { remindSurveyAreas(roundId: $r) { areaAgs token mailto } }`,
        { r: second },
      );
      expectNoErrors(reminded);
      const issued = reminded.data!.remindSurveyAreas as { areaAgs: string; token: string; mailto: string }[];
      expect(issued.map((link) => link.areaAgs).sort()).toEqual([place.townAgs, place.villageAgs].sort());
      expect(decodeURIComponent(issued[0]!.mailto)).toContain('Erinnerung');
      const old = await server.gql(
        `query($t: String!) { surveyForm(token: $t) { editable } }`,
        { t: secondLinks.get(place.townAgs)!.token },
        { as: 'anonymous' },
      );
      expect(old.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_REVOKED' });
      const fresh = await server.gql(
        `query($t: String!) { surveyForm(token: $t) { editable } }`,
        { t: issued[0]!.token },
        { as: 'anonymous' },
      );
      expectNoErrors(fresh);
    } finally {
      await server.cypher(
        'MATCH (x) WHERE (x:SurveyRound AND x.id = $id) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
        { id: second },
      );
    }
  });
});

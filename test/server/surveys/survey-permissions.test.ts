// Who may do what in a Bedarfsabfrage, through HTTP against the real Neo4j: coordinator and analyst read, only the
// coordinator writes; a link writes only its own answer (own area and round), only until it is submitted or accepted,
// and not once it has expired or been revoked; a link is no login for anything else. Every refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import {
  dataOf,
  saveMutation,
  startRound,
  submitMutation,
  surveyState,
  type AnswerShape,
  type IssuedLink,
} from './survey-support.js';

let server: TestServer;
let place: Place;
let roundId: string;
let links: Map<string, IssuedLink>;
const prefix = uniquePrefix('surveyperm');
const need = { needs: [{ category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 5 }] };

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  ({ roundId, links } = await startRound(server, place, `${prefix} Herbst`));
});

afterAll(async () => {
  if (!server) return;
  await server.cypher('MATCH (c:ChangeEvent) WHERE c.origin STARTS WITH $o DETACH DELETE c', {
    o: `survey:${roundId ?? ''}`,
  });
  await server.cypher(
    'MATCH (x) WHERE (x:SurveyRound AND x.title STARTS WITH $p) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
    { id: roundId ?? '', p: prefix },
  );
  if (place) await removePlace(server, place);
  await server.close();
});

const state = () => surveyState(server, roundId, [place.townAgs, place.villageAgs]);
const token = (ags: string) => links.get(ags)!.token;

describe('roles', () => {
  it('lets coordinator and analyst read rounds, nobody else', async () => {
    const query = `query { surveyRounds { id } }`;
    expectNoErrors(await server.gql(query, {}, { as: 'analyst' }));
    expect((await server.gql(query, {}, { as: 'anonymous' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const partner = await server.gql(query, {}, { as: { role: 'partner', actorId: place.providerId } });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only the coordinator start a round, issue links or review', async () => {
    const before = await state();
    const asAnalyst = await server.gql(
      `mutation($r: ID!) { renewSurveyLinks(roundId: $r) { token } }`,
      { r: roundId },
      { as: 'analyst' },
    );
    expect(asAnalyst.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', operation: 'renewSurveyLinks' });
    const asPartner = await server.gql(
      `mutation($r: ID!) { closeSurveyRound(id: $r) { state } }`,
      { r: roundId },
      { as: { role: 'partner', actorId: place.providerId } },
    );
    expect(asPartner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
    const links = await server.cypher('MATCH (l:SurveyLink {roundId: $r}) RETURN count(l) AS n', { r: roundId });
    expect(Number(links[0]!.n)).toBe(2);
  });
});

describe('a link', () => {
  it("cannot write the other area's answer: its needs and offers must lie in its own area", async () => {
    const before = await state();
    const response = await server.gql(
      saveMutation,
      { token: token(place.townAgs), input: { needs: [{ ...need.needs[0], municipalityAgs: place.villageAgs }] } },
      { as: 'anonymous' },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_AREA' });
    expect(await state()).toEqual(before);
    const answers = await server.cypher('MATCH (a:SurveyAnswer {roundId: $r}) RETURN count(a) AS n', { r: roundId });
    expect(Number(answers[0]!.n)).toBe(0);
  });

  it('writes only its own area: what the town saves lands on the town, never on the village', async () => {
    const saved = dataOf<AnswerShape>(
      await server.gql(saveMutation, { token: token(place.townAgs), input: need }, { as: 'anonymous' }),
      'saveSurveyAnswer',
    );
    expect(saved.areaAgs).toBe(place.townAgs);
    const form = await server.gql(
      `query($t: String!) { surveyForm(token: $t) { areaAgs answer { id } } }`,
      { t: token(place.villageAgs) },
      { as: 'anonymous' },
    );
    expect(form.data!.surveyForm).toEqual({ areaAgs: place.villageAgs, answer: null });
  });

  it('is no login for anything else: the generated mutations and staff queries refuse it', async () => {
    const before = await state();
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token(place.townAgs)}` };
    const asBearer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: 'query { surveyRounds { id } }' }),
    });
    expect(asBearer.status).toBe(401);
    const asKey = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': token(place.townAgs) },
      body: JSON.stringify({ query: 'query { surveyRounds { id } }' }),
    });
    expect(asKey.status).toBe(401);
    const create = await server.gql(
      `mutation($ags: String!) { createNeeds(input: [{ category: INTEGRATION_COURSE, persons: 999, reportedAt: "2026-12-01", source: SURVEY, status: OPEN,
         municipality: { connect: [{ where: { node: { ags: { eq: $ags } } } }] } }]) { needs { id } } }`,
      { ags: place.townAgs },
      { as: 'anonymous' },
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const accept = await server.gql(`mutation { acceptSurveyAnswer(answerId: "x") { id } }`, {}, { as: 'anonymous' });
    expect(accept.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await state()).toEqual(before);
  });

  it('is refused once its answer is submitted, and after acceptance', async () => {
    dataOf(
      await server.gql(submitMutation, { token: token(place.townAgs), input: need }, { as: 'anonymous' }),
      'submitSurveyAnswer',
    );
    const before = await state();
    const again = await server.gql(
      saveMutation,
      { token: token(place.townAgs), input: { needs: [] } },
      { as: 'anonymous' },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ANSWER_LOCKED' });
    expect(await state()).toEqual(before);
    const [answer] = dataOf<AnswerShape[]>(
      await server.gql(`query($r: ID!) { surveyAnswers(roundId: $r) { id } }`, { r: roundId }),
      'surveyAnswers',
    );
    expectNoErrors(
      await server.gql(`mutation($id: ID!) { acceptSurveyAnswer(answerId: $id) { status } }`, { id: answer!.id }),
    );
    const afterAcceptance = await state();
    const late = await server.gql(
      submitMutation,
      { token: token(place.townAgs), input: { needs: [] } },
      { as: 'anonymous' },
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ANSWER_LOCKED' });
    expect(late.errors?.[0]?.message).toContain('Bildungskoordination Testkreis');
    expect(await state()).toEqual(afterAcceptance);
    const page = await fetch(`${server.url}/abfrage/${token(place.townAgs)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('können über diesen Link nicht mehr geändert werden');
    const post = await fetch(`${server.url}/abfrage/${token(place.townAgs)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'need.INTEGRATION_COURSE.ADULTS=7&action=submit',
    });
    expect(post.status).toBe(409);
    expect(await state()).toEqual(afterAcceptance);
  });

  it('is refused once it has expired, with a German page that says whom to ask', async () => {
    await server.cypher(
      `MATCH (l:SurveyLink {roundId: $r, areaAgs: $ags}) WHERE l.revokedAt IS NULL SET l.expiresAt = datetime() - duration('PT1M')`,
      { r: roundId, ags: place.villageAgs },
    );
    const before = await state();
    const response = await server.gql(
      saveMutation,
      { token: token(place.villageAgs), input: need },
      { as: 'anonymous' },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_EXPIRED' });
    const page = await fetch(`${server.url}/abfrage/${token(place.villageAgs)}`);
    expect(page.status).toBe(410);
    const text = await page.text();
    expect(text).toContain('Dieser Link ist abgelaufen.');
    expect(text).toContain('Bildungskoordination Testkreis');
    expect(text).toContain('bildung@testkreis.example');
    const post = await fetch(`${server.url}/abfrage/${token(place.villageAgs)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'need.INTEGRATION_COURSE.ADULTS=7&action=save',
    });
    expect(post.status).toBe(410);
    expect(await state()).toEqual(before);
  });

  it('is refused once revoked; a renewed link works and the old one stays refused', async () => {
    const revoked = await server.gql(
      `mutation($r: ID!, $a: String!) { revokeSurveyLink(roundId: $r, areaAgs: $a) { areas { ags linkRevoked } } }`,
      { r: roundId, a: place.villageAgs },
    );
    expectNoErrors(revoked);
    const before = await state();
    const response = await server.gql(
      saveMutation,
      { token: token(place.villageAgs), input: need },
      { as: 'anonymous' },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_REVOKED' });
    const page = await fetch(`${server.url}/abfrage/${token(place.villageAgs)}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('Dieser Link gilt nicht mehr');
    expect(await state()).toEqual(before);
    const renewed = dataOf<{ token: string }[]>(
      await server.gql(`mutation($r: ID!, $a: [String!]) { renewSurveyLinks(roundId: $r, areaAgs: $a) { token } }`, {
        r: roundId,
        a: [place.villageAgs],
      }),
      'renewSurveyLinks',
    );
    expectNoErrors(await server.gql(saveMutation, { token: renewed[0]!.token, input: need }, { as: 'anonymous' }));
    const old = await server.gql(saveMutation, { token: token(place.villageAgs), input: need }, { as: 'anonymous' });
    expect(old.errors?.[0]?.extensions?.reason).toBe('LINK_REVOKED');
  });

  it('that is unknown or malformed is refused with a German page; guessing counts as failed logins', async () => {
    const unknown = await fetch(`${server.url}/abfrage/bna_${'A'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Diesen Link kennen wir nicht');
    const malformed = await server.gql(`query { surveyForm(token: "<script>") { areaAgs } }`, {}, { as: 'anonymous' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_UNKNOWN' });
  });
});

describe('the form is rate limited', () => {
  it('answers 429 in German past the limit per address', async () => {
    const limited = await startTestServer({ limits: { rateLimitMax: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await fetch(`${limited.url}/abfrage/${token(place.townAgs)}`)).status);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses[3]).toBe(429);
      const page = await fetch(`${limited.url}/abfrage/${token(place.townAgs)}`);
      expect(await page.text()).toContain('Zu viele Anfragen');
    } finally {
      await limited.close();
    }
  });

  it('cuts off an address that guesses tokens', async () => {
    const limited = await startTestServer({ limits: { authFailureMax: 2 } });
    try {
      for (let i = 0; i < 2; i += 1)
        expect((await fetch(`${limited.url}/abfrage/bna_${String(i).repeat(32)}`)).status).toBe(404);
      expect((await fetch(`${limited.url}/abfrage/${token(place.townAgs)}`)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

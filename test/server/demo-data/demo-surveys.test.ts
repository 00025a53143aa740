// The demo county's Bedarfsabfrage (issue 18, item 7): one finished round and one running, with the areas in every
// state and the answers in every state, the same for the same seed and day; loaded into the real Neo4j they are what
// the API shows, the load advances the data version, and no demo link opens a form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataVersion } from '../../../server/database/data-version.js';
import { generateDemoData } from '../../../server/demo-data/generate-demo-data.js';
import { generateDemoSurveys } from '../../../server/demo-data/generate-demo-surveys.js';
import { demoCounty, loadDemoCounty } from '../../support/demo-county.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('the demo rounds as generated', () => {
  it('are the same for the same seed and day', () => {
    const again = generateDemoSurveys(generateDemoData({ today: demoCounty.today, seed: 1 }));
    expect(again).toEqual(generateDemoSurveys(demoCounty));
  });

  it('have every answer state, and accepted figures that are the open survey needs of the data', () => {
    const surveys = generateDemoSurveys(demoCounty);
    expect(surveys.rounds.map((r) => r.state).sort()).toEqual(['CLOSED', 'OPEN']);
    expect(new Set(surveys.answers.map((a) => a.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'SENT_BACK', 'ACCEPTED', 'PARTLY_ACCEPTED']),
    );
    const open = demoCounty.needs.filter((n) => n.source === 'SURVEY' && n.status === 'OPEN');
    for (const answer of surveys.answers) {
      const items = JSON.parse(answer.needs) as {
        municipalityAgs: string;
        category: string;
        targetGroup: string | null;
        persons: number;
        review: string;
      }[];
      for (const item of items.filter((i) => i.review === 'ACCEPTED' && i.persons > 0)) {
        const held = open
          .filter(
            (n) =>
              n.municipalityAgs === item.municipalityAgs &&
              n.category === item.category &&
              n.targetGroup === item.targetGroup,
          )
          .reduce((sum, n) => sum + n.persons, 0);
        expect(held).toBeGreaterThanOrEqual(item.persons);
      }
    }
    // No stored hash is one a token could have (SHA-256 in hex).
    expect(surveys.links.every((l) => !/^[0-9a-f]{64}$/.test(l.tokenHash))).toBe(true);
  });
});

describe('the demo rounds in Neo4j', () => {
  it('load with the demo county, advance the data version and are what the API shows', async () => {
    const before = await readDataVersion(server.driver, server.database);
    const counts = await loadDemoCounty(server.driver, server.database);
    expect(await readDataVersion(server.driver, server.database)).not.toBe(before);
    const surveys = generateDemoSurveys(demoCounty);
    expect(counts).toMatchObject({ surveyRounds: 2, surveyAnswers: surveys.answers.length });
    const response = await server.gql(`{ surveyRounds { id state areas { ags status } } }`);
    expectNoErrors(response);
    const rounds = (response.data!.surveyRounds as { id: string; state: string; areas: { status: string }[] }[]).filter(
      (r) => r.id.startsWith('demo-survey-'),
    );
    expect(rounds.map((r) => r.state).sort()).toEqual(['CLOSED', 'OPEN']);
    const statuses = new Set(rounds.flatMap((r) => r.areas.map((a) => a.status)));
    expect(statuses).toEqual(new Set(['NOT_OPENED', 'DRAFT', 'SUBMITTED', 'SENT_BACK', 'ACCEPTED', 'OVERDUE']));
    const running = rounds.find((r) => r.state === 'OPEN')!;
    expect(running.areas.length).toBe(surveys.rounds[1]!.areaAgs.length);
    // A submitted demo answer can be compared with the current data, as the coordinator reviews it.
    const submitted = await server.gql(`query($id: ID!) { surveyAnswers(roundId: $id, status: [SUBMITTED]) { id } }`, {
      id: running.id,
    });
    expectNoErrors(submitted);
    const answerId = (submitted.data!.surveyAnswers as { id: string }[])[0]!.id;
    const compared = await server.gql(
      `query($id: ID!) { compareSurveyAnswer(answerId: $id) { needs { currentPersons proposedPersons } } }`,
      { id: answerId },
    );
    expectNoErrors(compared);
    expect((compared.data!.compareSurveyAnswer as { needs: unknown[] }).needs.length).toBeGreaterThan(0);
  }, 300_000); // the whole demo county in one transaction: slow on a loaded machine

  it('no demo link opens the form', async () => {
    const response = await fetch(`${server.url}/abfrage/bna_${'A'.repeat(32)}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    const hashes = await server.cypher(
      `MATCH (l:SurveyLink) WHERE l.roundId STARTS WITH 'demo-survey-' RETURN collect(l.tokenHash) AS hashes`,
    );
    expect((hashes[0]!.hashes as string[]).every((h) => h.startsWith('demo-no-token:'))).toBe(true);
  });
});

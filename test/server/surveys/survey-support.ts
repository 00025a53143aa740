// Shared steps of the survey tests: a round over a test place, its links, and what the database holds afterwards.
import { addDays, todayInGermany } from '../../../shared/calendar.js';
import { expectNoErrors, type Place } from '../../support/fixtures.js';
import type { TestServer } from '../../support/test-server.js';

export interface IssuedLink {
  areaAgs: string;
  token: string;
  url: string;
  mailto: string;
}

export const roundFields = `id title deadline graceDays closesOn categories state contactName
  areas { ags name status answerId linkRevoked linkExpiresAt }`;

export const answerFields = `id roundId areaAgs areaName status freeText reviewComment submittedAt reviewedBy
  needs { id municipalityAgs category targetGroup persons note review }
  offers { id initiativeName offerTitle contactRole category targetGroups schedule place municipalityAgs languages freePlaces review }`;

export async function startRound(
  server: TestServer,
  place: Place,
  title: string,
  extra: Record<string, unknown> = {},
): Promise<{ roundId: string; links: Map<string, IssuedLink> }> {
  const response = await server.gql(
    `mutation($input: SurveyRoundInput!) { startSurveyRound(input: $input) {
       round { ${roundFields} } links { areaAgs token url mailto expiresAt } } }`,
    {
      input: {
        title,
        deadline: addDays(todayInGermany(), 14),
        graceDays: 3,
        areas: [{ ags: place.townAgs, email: 'rathaus@teststadt.example' }, { ags: place.villageAgs }],
        categories: ['INTEGRATION_COURSE', 'LANGUAGE_CAFE'],
        message: 'Bitte melden Sie auch die Sprachcafés.',
        contactName: 'Bildungskoordination Testkreis',
        contactEmail: 'bildung@testkreis.example',
        contactPhone: '05021 967-0',
        ...extra,
      },
    },
  );
  expectNoErrors(response);
  const created = response.data!.startSurveyRound as { round: { id: string }; links: IssuedLink[] };
  return { roundId: created.round.id, links: new Map(created.links.map((link) => [link.areaAgs, link])) };
}

export const saveMutation = `mutation($token: String!, $input: SurveyAnswerInput!) { saveSurveyAnswer(token: $token, input: $input) { ${answerFields} } }`;
export const submitMutation = `mutation($token: String!, $input: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, input: $input) { ${answerFields} } }`;

/** What the database holds of a round's answers, needs and offers: to check that a refusal wrote nothing. */
export async function surveyState(server: TestServer, roundId: string, areaAgs: string[]): Promise<unknown> {
  const [row] = await server.cypher(
    `OPTIONAL MATCH (a:SurveyAnswer {roundId: $roundId})
     WITH collect(a {.status, .needs, .offers, .freeText, .updatedAt}) AS answers
     OPTIONAL MATCH (n:Need)-[:NEEDED_IN]->(m:Municipality) WHERE m.ags IN $ags
     WITH answers, collect(n {.id, .status, .persons}) AS needs
     OPTIONAL MATCH (o:Offer)-[:TAKES_PLACE_IN]->(m:Municipality) WHERE m.ags IN $ags
     WITH answers, needs, collect(o {.id, .title}) AS offers
     OPTIONAL MATCH (c:ChangeEvent) WHERE c.origin = 'survey:' + $roundId
     RETURN answers, needs, offers, count(c) AS changes`,
    { roundId, ags: areaAgs },
  );
  return row;
}

export interface AnswerShape {
  id: string;
  status: string;
  areaAgs: string;
  reviewComment: string | null;
  needs: {
    id: string;
    municipalityAgs: string;
    category: string;
    targetGroup: string | null;
    persons: number;
    review: string;
  }[];
  offers: { id: string; initiativeName: string; review: string }[];
}

/** The field of a response that must have no errors. */
export function dataOf<T>(response: { data?: Record<string, unknown>; errors?: unknown[] }, name: string): T {
  expectNoErrors(response);
  return response.data![name] as T;
}

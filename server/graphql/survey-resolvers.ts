// The Bedarfsabfrage in GraphQL (schema/surveys.graphql): coordinator and analyst read rounds and answers, the
// coordinator writes them and reviews; the holder of a link (no login: the token is the permission) reads its form and
// writes its own answer. The role or the token checked, then the survey service (server/surveys/).
import type { Driver } from 'neo4j-driver';
import { coordinatorOnly, requireRole, staff } from '../auth/roles.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { loadSurveyForm, saveSurveyAnswer } from '../surveys/survey-answers.js';
import { acceptSurveyAnswer, compareSurveyAnswer, sendBackSurveyAnswer } from '../surveys/review-survey-answer.js';
import {
  closeSurveyRound,
  startSurveyRound,
  findSurveyRound,
  listSurveyRounds,
  remindSurveyAreas,
  renewSurveyLinks,
  revokeSurveyLink,
} from '../surveys/survey-rounds.js';
import { loadAnswers } from '../surveys/survey-store.js';
import type { ResolverContext } from './resolver-context.js';

export interface SurveyResolverDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
}

const fallbackOrigin = 'http://127.0.0.1:4000'; // only when a resolver runs without an HTTP request (tests of the schema)

export function createSurveyResolvers(deps: SurveyResolverDeps): {
  Query: Pick<
    QueryResolvers<ResolverContext>,
    'surveyRounds' | 'surveyRound' | 'surveyAnswers' | 'compareSurveyAnswer' | 'surveyForm'
  >;
  Mutation: Pick<
    MutationResolvers<ResolverContext>,
    | 'startSurveyRound'
    | 'closeSurveyRound'
    | 'renewSurveyLinks'
    | 'remindSurveyAreas'
    | 'revokeSurveyLink'
    | 'saveSurveyAnswer'
    | 'submitSurveyAnswer'
    | 'acceptSurveyAnswer'
    | 'sendBackSurveyAnswer'
  >;
} {
  const service = () => {
    if (!deps.driver) throw new Error('the survey API needs a database driver');
    return { driver: deps.driver, database: deps.database };
  };
  const origin = (context: ResolverContext) => context.origin ?? fallbackOrigin;
  return {
    Query: {
      surveyRounds: (_source, args, context) => {
        requireRole(context.viewer, staff, 'surveyRounds');
        return listSurveyRounds(service(), args.state);
      },
      surveyRound: (_source, args, context) => {
        requireRole(context.viewer, staff, 'surveyRound');
        return findSurveyRound(service(), args.id);
      },
      surveyAnswers: (_source, args, context) => {
        requireRole(context.viewer, staff, 'surveyAnswers');
        return loadAnswers(service(), { roundId: args.roundId, statuses: args.status ?? null });
      },
      compareSurveyAnswer: (_source, args, context) => {
        requireRole(context.viewer, staff, 'compareSurveyAnswer');
        return compareSurveyAnswer(service(), args.answerId);
      },
      // Anyone holding the token: the token is the permission (and a wrong one is refused by the service).
      surveyForm: async (_source, args) => {
        const { context, currentNeeds } = await loadSurveyForm(service(), args.token);
        return {
          ...context,
          municipalities: [...context.municipalities].map(([ags, name]) => ({ ags, name })),
          currentNeeds,
        };
      },
    },
    Mutation: {
      startSurveyRound: (_source, args, context) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'startSurveyRound');
        return startSurveyRound(service(), viewer, args.input, origin(context));
      },
      closeSurveyRound: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'closeSurveyRound');
        return closeSurveyRound(service(), args.id);
      },
      renewSurveyLinks: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'renewSurveyLinks');
        return renewSurveyLinks(service(), args.roundId, args.areaAgs, origin(context));
      },
      remindSurveyAreas: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'remindSurveyAreas');
        return remindSurveyAreas(service(), args.roundId, args.areaAgs, origin(context));
      },
      revokeSurveyLink: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'revokeSurveyLink');
        return revokeSurveyLink(service(), args.roundId, args.areaAgs);
      },
      saveSurveyAnswer: (_source, args) => saveSurveyAnswer(service(), args.token, args.input, false),
      submitSurveyAnswer: (_source, args) => saveSurveyAnswer(service(), args.token, args.input, true),
      acceptSurveyAnswer: (_source, args, context) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'acceptSurveyAnswer');
        return acceptSurveyAnswer(service(), viewer, args.answerId, args.itemIds, args.comment);
      },
      sendBackSurveyAnswer: (_source, args, context) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'sendBackSurveyAnswer');
        return sendBackSurveyAnswer(service(), viewer, args.answerId, args.comment);
      },
    },
  };
}

// The course coordination queries and the settings mutation: the role checked, then the course services.
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { courseCalendar } from '../analysis/courses/course-calendar-service.js';
import { rankedCourseSuggestions } from '../analysis/courses/course-suggestions-service.js';
import { listCourseTypeSettings, setCourseTypeSettings } from '../analysis/courses/course-type-settings.js';
import { waitingTimes } from '../analysis/courses/waiting-times-service.js';
import { coordinatorOnly, everyone, requireRole, staff } from '../auth/roles.js';
import { rememberAnalysis } from '../cache/request-analyses.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import type { ResolverContext } from './resolver-context.js';

export function createCourseResolvers(deps: AnalysisDeps): {
  Query: Pick<
    QueryResolvers<ResolverContext>,
    'courseTypeSettings' | 'courseCalendar' | 'waitingTimes' | 'courseSuggestions'
  >;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'setCourseTypeSettings'>;
} {
  return {
    Query: {
      // Settings and the calendar come from offers alone: part of the public directory.
      courseTypeSettings: (_source, _args, context) => {
        requireRole(context.viewer, everyone, 'courseTypeSettings');
        return listCourseTypeSettings(deps);
      },
      courseCalendar: (_source, args, context) => {
        requireRole(context.viewer, everyone, 'courseCalendar');
        return rememberAnalysis(context, 'courseCalendar', args, () => courseCalendar(deps, args));
      },
      // Waiting times and suggestions are made of needs: coordinator and analyst only. Each role is checked before
      // the cache is asked; no answer depends on who asks, so a cached result serves every role allowed to see it.
      waitingTimes: (_source, args, context) => {
        requireRole(context.viewer, staff, 'waitingTimes');
        return rememberAnalysis(context, 'waitingTimes', args, () => waitingTimes(deps, args));
      },
      courseSuggestions: (_source, args, context) => {
        requireRole(context.viewer, staff, 'courseSuggestions');
        return rememberAnalysis(context, 'courseSuggestions', args, () => rankedCourseSuggestions(deps, args));
      },
    },
    Mutation: {
      setCourseTypeSettings: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'setCourseTypeSettings');
        return setCourseTypeSettings(deps, args.settings);
      },
    },
  };
}

// The resolvers of every analysis, merged per type, for the schema's custom fields (schema/*.graphql).
import { createChangeResolvers } from '../changes/change-resolvers.js';
import { createCourseResolvers } from './courses/course-resolvers.js';
import { createGapResolvers, type AnalysisDeps } from './gaps/gap-resolvers.js';
import { createNetworkResolvers } from './network/network-resolvers.js';
import { createMonitoringResolvers } from '../monitoring/monitoring-resolvers.js';
import { createRecommendationResolvers } from './recommendations/recommendation-resolvers.js';

type Resolvers = Record<string, Record<string, unknown>>;

function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Resolvers = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export function createAnalysisResolvers(deps: AnalysisDeps): Resolvers {
  return mergeResolvers(
    createGapResolvers(deps),
    createNetworkResolvers(deps),
    createRecommendationResolvers(deps),
    createCourseResolvers(deps),
    createMonitoringResolvers(deps),
    createChangeResolvers(deps),
  );
}

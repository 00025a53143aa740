// The resolvers of the schema's custom fields (schema/*.graphql), merged per type. Every resolver only checks the
// role and calls a service (server/analysis/*/…-service.ts, server/monitoring, server/changes, server/partner).
import type { Driver } from 'neo4j-driver';
import { createPartnerResolvers } from './partner-resolvers.js';
import { createChangeResolvers } from './change-resolvers.js';
import { createCourseResolvers } from './course-resolvers.js';
import { createGapResolvers } from './gap-resolvers.js';
import { createMonitoringResolvers } from './monitoring-resolvers.js';
import { createNetworkLayoutResolvers } from './network-layout-resolvers.js';
import { createNetworkResolvers } from './network-resolvers.js';
import { createOutcomeResolvers } from './outcome-resolvers.js';
import { createRecommendationResolvers } from './recommendation-resolvers.js';
import { createSurveyResolvers } from './survey-resolvers.js';
import { createOutlineResolvers } from './outline-resolvers.js';
import { createSearchResolvers } from './search-resolvers.js';
import { createHistoryResolvers } from './history-resolvers.js';

export interface ResolverDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
  retentionDays?: number; // days the Papierkorb keeps deleted entities; default in server/config.ts
}

type ResolverMap = Record<string, Record<string, unknown>>;

function mergeResolvers(...parts: object[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const part of parts as ResolverMap[]) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export function createResolvers(deps: ResolverDeps): ResolverMap {
  return mergeResolvers(
    createGapResolvers(deps),
    createNetworkResolvers(deps),
    createNetworkLayoutResolvers(deps),
    createRecommendationResolvers(deps),
    createCourseResolvers(deps),
    createMonitoringResolvers(deps),
    createChangeResolvers(deps),
    createPartnerResolvers(deps),
    createSurveyResolvers(deps),
    createOutcomeResolvers(deps),
    createSearchResolvers(deps),
    createOutlineResolvers(deps),
    createHistoryResolvers(deps),
  );
}

// Creates the constraints and indexes the API relies on. Idempotent (IF NOT EXISTS): runs at every start.
import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';

const uniqueIds = [
  'Actor',
  'Offer',
  'Need',
  'Network',
  'Meeting',
  'Decision',
  'Snapshot',
  'Outcome',
  'IndicatorSnapshot',
];

export const schemaStatements: string[] = [
  'CREATE CONSTRAINT district_ags IF NOT EXISTS FOR (n:District) REQUIRE n.ags IS UNIQUE',
  'CREATE CONSTRAINT municipality_ags IF NOT EXISTS FOR (n:Municipality) REQUIRE n.ags IS UNIQUE',
  ...uniqueIds.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  // API keys of partner systems are found by their public id (server/auth/api-keys.ts).
  'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE',
  // The one data version node that every write advances (server/database/data-version.ts).
  'CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE',
  // One arrangement of the network view per district (server/analysis/network/network-layout-service.ts).
  'CREATE CONSTRAINT network_layout_district IF NOT EXISTS FOR (n:NetworkLayout) REQUIRE n.districtAgs IS UNIQUE',
  // People's accounts by login name, their sessions and one-time password links by hash (server/auth/).
  'CREATE CONSTRAINT user_account_name IF NOT EXISTS FOR (n:UserAccount) REQUIRE n.name IS UNIQUE',
  'CREATE CONSTRAINT user_session_hash IF NOT EXISTS FOR (n:UserSession) REQUIRE n.hash IS UNIQUE',
  'CREATE CONSTRAINT password_link_hash IF NOT EXISTS FOR (n:PasswordLink) REQUIRE n.hash IS UNIQUE',
  // An account bound to the county's identity provider is found by its issuer and subject (server/auth/oidc-accounts.ts);
  // a login begun there by its browser cookie's hash (server/auth/oidc-attempts.ts).
  'CREATE CONSTRAINT user_account_oidc IF NOT EXISTS FOR (n:UserAccount) REQUIRE (n.oidcIssuer, n.oidcSubject) IS UNIQUE',
  'CREATE CONSTRAINT oidc_login_attempt_hash IF NOT EXISTS FOR (n:OidcLoginAttempt) REQUIRE n.hash IS UNIQUE',
  'CREATE CONSTRAINT course_type_setting IF NOT EXISTS FOR (n:CourseTypeSetting) REQUIRE n.courseType IS UNIQUE',
  // The Bedarfsabfrage (server/surveys/): a link is found by its token's hash only.
  'CREATE CONSTRAINT survey_round_id IF NOT EXISTS FOR (n:SurveyRound) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT survey_answer_id IF NOT EXISTS FOR (n:SurveyAnswer) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT survey_link_token_hash IF NOT EXISTS FOR (n:SurveyLink) REQUIRE n.tokenHash IS UNIQUE',
  // Partner systems upsert by (source, externalId); records without a source are not covered.
  'CREATE CONSTRAINT actor_source_external_id IF NOT EXISTS FOR (n:Actor) REQUIRE (n.source, n.externalId) IS UNIQUE',
  'CREATE CONSTRAINT offer_source_external_id IF NOT EXISTS FOR (n:Offer) REQUIRE (n.source, n.externalId) IS UNIQUE',
  // Names are searched from the explorer's search box (@fulltext in schema/).
  'CREATE FULLTEXT INDEX actorFulltext IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.description, n.city]',
  'CREATE FULLTEXT INDEX offerFulltext IF NOT EXISTS FOR (n:Offer) ON EACH [n.title, n.description]',
  'CREATE FULLTEXT INDEX municipalityFulltext IF NOT EXISTS FOR (n:Municipality) ON EACH [n.name]',
  // The map's outlines (server/outlines/): one per area, replaced per district.
  'CREATE CONSTRAINT area_outline_ags IF NOT EXISTS FOR (n:AreaOutline) REQUIRE n.ags IS UNIQUE',
  'CREATE INDEX area_outline_district IF NOT EXISTS FOR (n:AreaOutline) ON (n.districtAgs)',
  // Distances for the coverage-gap analysis.
  'CREATE POINT INDEX municipality_location IF NOT EXISTS FOR (n:Municipality) ON (n.location)',
  'CREATE POINT INDEX actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location)',
  'CREATE POINT INDEX offer_location IF NOT EXISTS FOR (n:Offer) ON (n.location)',
  // Frequent filters.
  'CREATE INDEX offer_category_status IF NOT EXISTS FOR (n:Offer) ON (n.category, n.status)',
  'CREATE INDEX offer_start_date IF NOT EXISTS FOR (n:Offer) ON (n.startDate)',
  'CREATE INDEX offer_updated_at IF NOT EXISTS FOR (n:Offer) ON (n.updatedAt)',
  'CREATE INDEX need_category_status IF NOT EXISTS FOR (n:Need) ON (n.category, n.status)',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)',
  'CREATE INDEX municipality_kind IF NOT EXISTS FOR (n:Municipality) ON (n.kind)',
  'CREATE INDEX snapshot_date IF NOT EXISTS FOR (n:Snapshot) ON (n.date)',
  // Outcomes count toward the month their period ends in; the indicators' snapshots are read by area and date.
  'CREATE INDEX outcome_period_end IF NOT EXISTS FOR (n:Outcome) ON (n.periodEnd)',
  'CREATE INDEX indicator_snapshot_area IF NOT EXISTS FOR (n:IndicatorSnapshot) ON (n.areaAgs, n.date)',
  // The change history (server/changes/), read by entity, by author or by time.
  'CREATE CONSTRAINT change_event_id IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX change_event_entity IF NOT EXISTS FOR (n:ChangeEvent) ON (n.entityId, n.at)',
  'CREATE INDEX change_event_author IF NOT EXISTS FOR (n:ChangeEvent) ON (n.authorId, n.at)',
  'CREATE INDEX change_event_at IF NOT EXISTS FOR (n:ChangeEvent) ON (n.at)',
  // The Papierkorb (server/history/): deleted entities by their delete change, listed and purged by time.
  'CREATE CONSTRAINT deleted_entity_id IF NOT EXISTS FOR (n:DeletedEntity) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX deleted_entity_at IF NOT EXISTS FOR (n:DeletedEntity) ON (n.deletedAt)',
];

export async function migrate(driver: Driver, database?: string, log?: Logger): Promise<void> {
  for (const statement of schemaStatements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  log?.info({ statements: schemaStatements.length }, 'database schema is up to date');
}

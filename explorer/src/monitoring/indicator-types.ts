// The shapes of the indicator data as the explorer's operations ask for them (operations/monitoring.graphql).
import type { DecisionEffectsQuery, MonitoringIndicatorsQuery } from '../generated/graphql';

export type AreaIndicatorsRow = MonitoringIndicatorsQuery['indicators'][number];
export type IndicatorValueRow = AreaIndicatorsRow['values'][number];
export type DecisionEffectRow = DecisionEffectsQuery['decisionEffects'][number];

/** The API's arguments for one area (a district, a Samtgemeinde or a municipality). */
export interface MonitoringAreaArgs {
  districtAgs?: string;
  samtgemeindeAgs?: string;
  municipalityAgs?: string;
}

// The labels of the schema's enum values (schema/enum-labels.ts, shared with the import and export), and the one
// the explorer words its own way: gap severity with its share of unmet demand, as the map's legend explains it.
import { type Labels, severityLabels as shortSeverityLabels } from '../../../schema/enum-labels';
export {
  surveyAnswerStatusLabels,
  surveyAreaStatusLabels,
  surveyItemReviewLabels,
  surveyRoundStateLabels,
} from '../../../schema/survey-enum-labels';
import type { GapSeverity } from '../generated/graphql';

export {
  actorKindLabels,
  cadenceLabels,
  cooperationKindLabels,
  courseTypeLabels,
  decisionStatusLabels,
  enumLabel,
  enumValues,
  municipalityKindLabels,
  needSourceLabels,
  needStatusLabels,
  networkKindLabels,
  offerCategoryLabels,
  offerFormatLabels,
  offerStatusLabels,
  recommendationCodeLabels,
  targetGroupLabels,
  unplacedReasonLabels,
  type Language,
} from '../../../schema/enum-labels';

const share: Record<GapSeverity, [de: string, en: string]> = {
  NONE: ['', ''],
  LOW: [' (< 25 %)', ' (< 25 %)'],
  MEDIUM: [' (< 50 %)', ' (< 50 %)'],
  HIGH: [' (≥ 50 %)', ' (≥ 50 %)'],
};

export const severityLabels: Labels<GapSeverity> = Object.fromEntries(
  Object.entries(shortSeverityLabels).map(([value, [de, en]]) => [
    value,
    [de + share[value as GapSeverity][0], en + share[value as GapSeverity][1]],
  ]),
) as Labels<GapSeverity>;

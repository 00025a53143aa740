// German and English labels of the Bedarfsabfrage's enum values (schema/surveys.graphql), beside the other tables in
// schema/enum-labels.ts: the explorer's screens of a round and the status export read them.
import type {
  SurveyAnswerStatus,
  SurveyAreaStatus,
  SurveyItemReview,
  SurveyRoundState,
} from '../server/generated/graphql.js';
import type { Labels } from './enum-labels.js';

export const surveyAreaStatusLabels: Labels<SurveyAreaStatus> = {
  NOT_OPENED: ['nicht geöffnet', 'not opened'],
  DRAFT: ['Entwurf', 'draft'],
  SUBMITTED: ['abgesendet', 'submitted'],
  SENT_BACK: ['zurückgegeben', 'sent back'],
  ACCEPTED: ['übernommen', 'accepted'],
  OVERDUE: ['überfällig', 'overdue'],
};

export const surveyAnswerStatusLabels: Labels<SurveyAnswerStatus> = {
  DRAFT: ['Entwurf', 'draft'],
  SUBMITTED: ['abgesendet', 'submitted'],
  SENT_BACK: ['zurückgegeben', 'sent back'],
  ACCEPTED: ['übernommen', 'accepted'],
  PARTLY_ACCEPTED: ['teilweise übernommen', 'partly accepted'],
};

export const surveyItemReviewLabels: Labels<SurveyItemReview> = {
  PENDING: ['offen', 'pending'],
  ACCEPTED: ['übernommen', 'accepted'],
  REJECTED: ['nicht übernommen', 'not accepted'],
};

export const surveyRoundStateLabels: Labels<SurveyRoundState> = {
  OPEN: ['läuft', 'running'],
  CLOSED: ['abgeschlossen', 'closed'],
};

// The municipalities' answers to the Bedarfsabfrage as the needs analysis reports them: the district's rounds (those
// asking its areas), newest first, with each area's status and what was accepted of its answer. Read with the same
// functions the API answers with (Query.surveyRounds, Query.surveyAnswers), so that the report's figures are the API's.
import neo4j from 'neo4j-driver';
import type { OfferCategory, SurveyAreaStatus, TargetGroup } from '../generated/graphql.js';
import { loadAnswersInTx, loadRoundsInTx, type SurveyDeps, type SurveyRoundModel } from './survey-store.js';

export interface AcceptedNeed {
  municipalityAgs: string;
  municipalityName: string;
  category: OfferCategory;
  targetGroup: TargetGroup | null;
  persons: number;
}

export interface AcceptedOffer {
  initiativeName: string;
  offerTitle: string;
  category: OfferCategory;
  municipalityName: string;
}

export interface SurveyReportArea {
  ags: string;
  name: string;
  status: SurveyAreaStatus;
  submittedAt: string | null;
  acceptedNeeds: AcceptedNeed[];
  acceptedOffers: AcceptedOffer[];
}

export interface SurveyReportRound {
  id: string;
  title: string;
  deadline: string;
  state: SurveyRoundModel['state'];
  areas: SurveyReportArea[];
}

/** Areas that answered: submitted, or already reviewed (accepted or sent back). */
export const answeredStatuses: readonly SurveyAreaStatus[] = ['SUBMITTED', 'SENT_BACK', 'ACCEPTED'];

/** The rounds asking an area of the district, newest first, at most `limit` of them. */
export async function loadSurveyReport(deps: SurveyDeps, districtAgs: string, limit = 5): Promise<SurveyReportRound[]> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const rounds = (await loadRoundsInTx(tx, null))
        .filter((round) => round.areas.some((area) => area.ags.startsWith(districtAgs)))
        .slice(0, limit);
      const names = new Map(
        (
          await tx.run('MATCH (m:Municipality) WHERE m.ags STARTS WITH $ags RETURN m.ags AS ags, m.name AS name', {
            ags: districtAgs,
          })
        ).records.map((record) => [record.get('ags') as string, record.get('name') as string]),
      );
      const nameOf = (ags: string) => names.get(ags) ?? ags;
      const report: SurveyReportRound[] = [];
      for (const round of rounds) {
        const answers = new Map((await loadAnswersInTx(tx, { roundId: round.id })).map((a) => [a.areaAgs, a]));
        report.push({
          id: round.id,
          title: round.title,
          deadline: round.deadline,
          state: round.state,
          areas: round.areas.map((area) => {
            const answer = area.status === 'ACCEPTED' ? answers.get(area.ags) : undefined;
            return {
              ags: area.ags,
              name: area.name,
              status: area.status,
              submittedAt: area.submittedAt,
              acceptedNeeds: (answer?.needs ?? [])
                .filter((item) => item.review === 'ACCEPTED')
                .map((item) => ({
                  municipalityAgs: item.municipalityAgs,
                  municipalityName: nameOf(item.municipalityAgs),
                  category: item.category,
                  targetGroup: item.targetGroup,
                  persons: item.persons,
                })),
              acceptedOffers: (answer?.offers ?? [])
                .filter((item) => item.review === 'ACCEPTED')
                .map((item) => ({
                  initiativeName: item.initiativeName,
                  offerTitle: item.offerTitle,
                  category: item.category,
                  municipalityName: nameOf(item.municipalityAgs),
                })),
            };
          }),
        });
      }
      return report;
    });
  } finally {
    await session.close();
  }
}

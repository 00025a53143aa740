// What the Abfragen view keeps while the page is open: the rounds as last loaded, and the links issued in this
// session. A link's token is shown only when it is issued (the server keeps its hash), so copying, the prepared
// e-mail and the letter are offered for the links issued here; for the others the view offers a new link.
import { signal } from '@preact/signals';
import { errorText, explainError } from '../api/explain-error';
import { GraphQLRequestError, requestGraphQL } from '../api/request-graphql';
import { SurveyRoundsDocument, type RenewSurveyLinksMutation, type SurveyRoundsQuery } from '../generated/graphql';
import type { Language } from '../i18n/enum-labels';
import type { Loadable } from '../state/app-context';
import { failedLoadable } from '../state/loadables';

export type SurveyRound = SurveyRoundsQuery['surveyRounds'][number];
export type SurveyLink = RenewSurveyLinksMutation['renewSurveyLinks'][number];
export type SurveyArea = SurveyRound['areas'][number];
export interface IssuedLink extends SurveyLink {
  reminder: boolean; // issued as a reminder: its e-mail says so
}

export const surveyRounds = signal<Loadable<SurveyRound[]>>({ status: 'loading' });
export const issuedLinks = signal<ReadonlyMap<string, IssuedLink>>(new Map());

const linkKey = (roundId: string, areaAgs: string) => `${roundId}:${areaAgs}`;

export function issuedLinkOf(roundId: string, areaAgs: string): IssuedLink | undefined {
  return issuedLinks.value.get(linkKey(roundId, areaAgs));
}

/** Keeps new links; each replaces the area's earlier one (which no longer works). */
export function rememberLinks(roundId: string, links: readonly SurveyLink[], reminder: boolean): void {
  const next = new Map(issuedLinks.peek());
  for (const link of links) next.set(linkKey(roundId, link.areaAgs), { ...link, reminder });
  issuedLinks.value = next;
}

export function forgetLink(roundId: string, areaAgs: string): void {
  const next = new Map(issuedLinks.peek());
  next.delete(linkKey(roundId, areaAgs));
  issuedLinks.value = next;
}

/** A round belongs to the district when the areas it asks lie in it (their keys start with the district's). */
export function roundsOfDistrict(rounds: readonly SurveyRound[], districtAgs: string): SurveyRound[] {
  return rounds.filter((round) => round.areas.some((area) => area.ags.startsWith(districtAgs)));
}

let loading: Promise<void> | undefined;

/** Loads the rounds (again); the rounds on screen stay until the new ones are there. */
export function reloadSurveyRounds(): Promise<void> {
  loading ??= requestGraphQL(SurveyRoundsDocument, {})
    .then(
      ({ surveyRounds: rounds }) => void (surveyRounds.value = { status: 'ready', value: rounds }),
      (error: unknown) => void (surveyRounds.value = failedLoadable(error, () => void reloadSurveyRounds())),
    )
    .finally(() => (loading = undefined));
  return loading;
}

/** The API's refusal in the reader's words: its German message when it has one (quoting the bad value). */
export function refusalText(error: unknown, lang: Language): string {
  if (error instanceof GraphQLRequestError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND'))
    return lang === 'de' ? (error.messageDe ?? error.message) : error.message;
  return errorText(explainError(error), lang);
}

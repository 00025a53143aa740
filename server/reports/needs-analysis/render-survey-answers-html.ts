// The section "Antworten der Gemeinden" of the needs analysis: per Bedarfsabfrage round (newest first) who was asked
// and who answered, and what changed: the reported figures and offers the coordinator accepted into the data. The
// figures are the API's (Query.surveyRounds, Query.surveyAnswers, server/surveys/survey-report.ts); data attributes
// carry the raw values so that a test can compare them with the API.
import { enumLabel, offerCategoryLabels, targetGroupLabels, type Labels } from '../../../schema/enum-labels.js';
import { surveyAreaStatusLabels, surveyRoundStateLabels } from '../../../schema/survey-enum-labels.js';
import { countOf } from '../../../shared/german/count-of.js';
import { formatGermanDate } from '../../../shared/german/format-german-date.js';
import { words } from '../../../shared/german/words.js';
import { answeredStatuses, type SurveyReportRound } from '../../surveys/survey-report.js';
import { html, type SafeHtml } from '../../html/safe-html.js';

const label = (labels: Labels<string>, key: string | null) => (key ? enumLabel(labels, key, 'de') : 'alle');
const n = (value: number) => value.toLocaleString('de-DE');
const area = { one: 'Gebiet', other: 'Gebieten' };

function roundSection(round: SurveyReportRound): SafeHtml {
  const answered = round.areas.filter((a) => answeredStatuses.includes(a.status));
  const count = (status: string) => round.areas.filter((a) => a.status === status).length;
  const needs = round.areas.flatMap((a) => a.acceptedNeeds);
  const offers = round.areas.flatMap((a) => a.acceptedOffers);
  const persons = needs.reduce((sum, item) => sum + item.persons, 0);
  const missing = round.areas.filter((a) => !answeredStatuses.includes(a.status));
  return html`<div
    class="survey-round"
    data-round="${round.id}"
    data-asked="${String(round.areas.length)}"
    data-answered="${String(answered.length)}"
    data-accepted-persons="${String(persons)}"
    data-accepted-offers="${String(offers.length)}"
  >
    <h3>${round.title}</h3>
    <p>
      Frist ${formatGermanDate(round.deadline)}, ${enumLabel(surveyRoundStateLabels, round.state, 'de')}.
      ${n(answered.length)} von ${countOf(round.areas.length, area)} haben geantwortet; übernommen:
      ${n(count('ACCEPTED'))}, zurückgegeben: ${n(count('SENT_BACK'))}, in Prüfung: ${n(count('SUBMITTED'))},
      überfällig: ${n(count('OVERDUE'))}.
      ${missing.length > 0 ? html`Noch ohne Antwort: ${missing.map((a) => a.name).join(', ')}.` : ''}
    </p>
    <table class="survey-areas">
      <thead>
        <tr>
          <th>Gebiet</th>
          <th>Stand</th>
          <th>Abgesendet am</th>
          <th class="num">Übernommene Bedarfe (Personen)</th>
          <th class="num">Übernommene Angebote</th>
        </tr>
      </thead>
      <tbody>
        ${round.areas.map(
          (a) =>
            html`<tr
              data-area="${a.ags}"
              data-status="${a.status}"
              data-persons="${String(a.acceptedNeeds.reduce((sum, item) => sum + item.persons, 0))}"
            >
              <td>${a.name}</td>
              <td>${enumLabel(surveyAreaStatusLabels, a.status, 'de')}</td>
              <td>${formatGermanDate(a.submittedAt)}</td>
              <td class="num">${n(a.acceptedNeeds.reduce((sum, item) => sum + item.persons, 0))}</td>
              <td class="num">${n(a.acceptedOffers.length)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      needs.length + offers.length === 0
        ? html`<p class="muted">Aus dieser Abfrage ist noch nichts in die Daten übernommen.</p>`
        : html`<p>
              Was sich geändert hat: ${countOf(needs.length, words.needReport)} mit zusammen
              ${countOf(persons, words.person)} und ${countOf(offers.length, words.offer)} von Ehrenamtlichen und
              Initiativen wurden übernommen; die Meldungen ersetzen die zuvor gemeldeten Zahlen derselben Gemeinde,
              Kategorie und Zielgruppe.
            </p>
            ${
              needs.length > 0
                ? html`<table class="survey-needs">
                    <thead>
                      <tr>
                        <th>Gemeinde</th>
                        <th>Kategorie</th>
                        <th>Zielgruppe</th>
                        <th class="num">Personen</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${needs.map(
                        (item) =>
                          html`<tr
                            data-municipality="${item.municipalityAgs}"
                            data-category="${item.category}"
                            data-persons="${String(item.persons)}"
                          >
                            <td>${item.municipalityName}</td>
                            <td>${label(offerCategoryLabels as Labels<string>, item.category)}</td>
                            <td>${label(targetGroupLabels as Labels<string>, item.targetGroup)}</td>
                            <td class="num">${n(item.persons)}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>`
                : ''
            }
            ${
              offers.length > 0
                ? html`<table class="survey-offers">
                    <thead>
                      <tr>
                        <th>Initiative</th>
                        <th>Angebot</th>
                        <th>Kategorie</th>
                        <th>Gemeinde</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${offers.map(
                        (item) =>
                          html`<tr>
                            <td>${item.initiativeName}</td>
                            <td>${item.offerTitle}</td>
                            <td>${label(offerCategoryLabels as Labels<string>, item.category)}</td>
                            <td>${item.municipalityName}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>`
                : ''
            }`
    }
  </div>`;
}

export function renderSurveyAnswersSection(rounds: readonly SurveyReportRound[]): SafeHtml {
  if (rounds.length === 0)
    return html`<section class="survey-answers">
      <p class="muted">Bisher gab es keine Bedarfsabfrage bei den Gemeinden und Samtgemeinden dieses Landkreises.</p>
    </section>`;
  return html`<section class="survey-answers">
    <p class="muted">
      Die Gemeinden und Samtgemeinden melden in der Bedarfsabfrage ihre Bedarfe und die Angebote von Ehrenamtlichen und
      Initiativen. Ihre Antworten sind Vorschläge; in die Zahlen dieser Analyse gehen nur die übernommenen Angaben ein.
      ${rounds.length === 1 ? 'Die Abfrage' : `Die letzten ${n(rounds.length)} Abfragen`}, die neueste zuerst:
    </p>
    ${rounds.map(roundSection)}
  </section>`;
}

// The briefing for the next meeting of the providers' round, as a German HTML document that prints on A4.
// Written with the html tag (server/reports/html.ts): every value from the data is escaped.
import {
  courseTypeLabels,
  decisionStatusLabels,
  enumLabel,
  offerCategoryLabels,
  offerStatusLabels,
  recommendationCodeLabels,
  unplacedReasonLabels,
  type Labels,
} from '../../../schema/enum-labels.js';
import { countOf, pluralFormOf } from '../../../shared/german/count-of.js';
import { formatGermanDate } from '../../../shared/german/format-german-date.js';
import { formatGermanNumber, formatGermanPercent } from '../../../shared/german/format-german-number.js';
import { words } from '../../../shared/german/words.js';
import { html, trustedHtml, type SafeHtml } from '../../html/safe-html.js';
import type { Briefing, BriefingDecision } from './load-briefing.js';

const germanDate = formatGermanDate;
const percent = (share: number | null) => (share === null ? '–' : formatGermanPercent(share));
const weeks = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : formatGermanNumber(value);
const isOpen = (decision: BriefingDecision) => decision.status === 'OPEN' || decision.status === 'IN_PROGRESS';

const german = <K extends string>(labels: Labels<K>, value: string) => enumLabel(labels, value as K, 'de');

/** A fill-rate bar: green once the minimum group size is reached, amber below it. */
function fillBar(registrations: number, capacity: number | null, minimum: number): SafeHtml | '' {
  if (!capacity) return '';
  const width = Math.min(100, Math.round((registrations / capacity) * 100));
  const mark = Math.min(100, Math.round((minimum / capacity) * 100));
  const colour = registrations >= minimum ? '#2e7d32' : '#e6a100';
  return html`<span class="bar" title="${registrations} von ${capacity}, Mindestgröße ${minimum}"
    ><span style="width:${width}%;background:${colour}"></span><i style="left:${mark}%"></i
  ></span>`;
}

/** The decisions with their state; one past its due date and not done is marked overdue, as in the explorer. */
function decisionRows(decisions: BriefingDecision[], today: string): SafeHtml {
  if (decisions.length === 0) return html`<p class="muted">Keine Beschlüsse.</p>`;
  return html`<table>
    <thead>
      <tr>
        <th>Beschluss</th>
        <th>Zuständig</th>
        <th>Fällig</th>
        <th>Stand</th>
      </tr>
    </thead>
    <tbody>
      ${decisions.map(
        (d) =>
          html`<tr>
            <td>${d.text}</td>
            <td>${d.responsible ?? '–'}</td>
            <td>
              ${germanDate(d.dueDate)}${
                d.dueDate !== null &&
                d.dueDate < today &&
                isOpen(d) &&
                html` <strong class="overdue">überfällig</strong>`
              }
            </td>
            <td class="status-${d.status}">${german(decisionStatusLabels, d.status)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function renderBriefingHtml(briefing: Briefing): string {
  const { network, nextMeeting, lastMeeting } = briefing;
  const title = `Vorlage für die ${network.name}${nextMeeting ? ` am ${germanDate(nextMeeting.date)}` : ''}`;
  const upcoming = briefing.calendar.filter((c) => c.startDate !== null && c.startDate >= briefing.today);
  const running = briefing.calendar.filter((c) => !(c.startDate !== null && c.startDate >= briefing.today));
  const runningRows = running.map(
    (c) =>
      html`<tr>
        <td>${c.title}</td>
        <td>${c.providerName ?? '–'}</td>
        <td>${germanDate(c.startDate)} – ${germanDate(c.endDate)}</td>
        <td class="num">${c.registrations ?? 0} / ${c.capacity ?? '–'}</td>
      </tr>`,
  );
  const calendarRows = upcoming.map(
    (c) =>
      html`<tr class="${c.canStart ? '' : 'below'}">
        <td>${germanDate(c.startDate)}</td>
        <td>
          ${c.title}<br /><small
            >${german(offerCategoryLabels, c.category)}${c.courseType ? ` · ${german(courseTypeLabels, c.courseType)}` : ''}${c.childcare ? ' · mit Kinderbetreuung' : ''}</small
          >
        </td>
        <td>${c.providerName ?? '–'}</td>
        <td>${c.venueName ?? '–'}</td>
        <td class="num">${c.registrations ?? 0} / ${c.capacity ?? '–'}</td>
        <td>${fillBar(c.registrations ?? 0, c.capacity, c.minGroupSize)} ${percent(c.fillRate)}</td>
        <td>
          ${c.canStart ? 'ja' : `nein, ${countOf(c.placesToMinimum, { one: 'Anmeldung fehlt', other: 'Anmeldungen fehlen' })}`}
        </td>
        <td>${german(offerStatusLabels, c.status)}</td>
      </tr>`,
  );
  const waitingSections = briefing.waiting.map((w) => {
    const rows = w.municipalities
      .filter((m) => m.waiting > 0)
      .map(
        (m) =>
          html`<tr>
            <td>${m.name}</td>
            <td class="num">${m.waiting}</td>
            <td class="num">${m.placed}</td>
            <td class="num">${weeks(m.medianWeeks)}</td>
            <td class="num">${weeks(m.p90Weeks)}</td>
            <td class="num">${m.noSuitableStart}</td>
            <td class="num">${m.overTarget}</td>
          </tr>`,
      );
    // Why persons have no start, summed over the district's needs, the reason with the most persons first.
    const reasons = new Map<string, number>();
    for (const need of w.needs)
      if (need.unplaced > 0 && need.unplacedReason)
        reasons.set(need.unplacedReason, (reasons.get(need.unplacedReason) ?? 0) + need.unplaced);
    const reasonItems = [...reasons]
      .sort((a, b) => b[1] - a[1])
      .map(
        ([reason, persons]) =>
          html`<li data-reason="${reason}">
            ${countOf(persons, words.person)}: ${german(unplacedReasonLabels, reason)}
          </li>`,
      );
    return html`<h3>${german(offerCategoryLabels, w.category)}</h3>
      <p class="summary" data-category="${w.category}">
        Wartend: <b class="waiting">${w.area.waiting}</b> ${pluralFormOf(w.area.waiting, words.person)} · mit Platz:
        <b class="placed">${w.area.placed}</b> · Median <b class="median">${weeks(w.area.medianWeeks)}</b>
        ${pluralFormOf(w.area.medianWeeks ?? 0, words.week)} · 90 %: ${weeks(w.area.p90Weeks)}
        ${pluralFormOf(w.area.p90Weeks ?? 0, words.week)} · ohne passenden Start:
        <b class="unplaced">${w.area.noSuitableStart}</b> · länger als ${countOf(w.targetWeeks, words.week)}:
        <b class="over">${w.area.overTarget}</b>
      </p>
      <table>
        <thead>
          <tr>
            <th>Gemeinde</th>
            <th>Wartend</th>
            <th>Mit Platz</th>
            <th>Median (Wo.)</th>
            <th>90 % (Wo.)</th>
            <th>Ohne Start</th>
            <th>Über Ziel</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length > 0
              ? rows
              : html`<tr>
                  <td colspan="7" class="muted">Kein gemeldeter Bedarf.</td>
                </tr>`
          }
        </tbody>
      </table>
      ${
        reasonItems.length > 0
          ? html`<p>Warum ohne passenden Start:</p>
              <ul class="reasons">
                ${reasonItems}
              </ul>`
          : ''
      }`;
  });
  const suggestions = briefing.suggestions
    .slice(0, 15)
    .map(
      (s) =>
        html`<li>
          <b>${german(recommendationCodeLabels, s.code)}</b> (${countOf(s.persons, words.person)}): ${s.textDe}
        </li>`,
    );
  return html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${trustedHtml(`
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1c2430; line-height: 1.35; }
  h1 { font-size: 16pt; margin: 0 0 2pt; color: #1f3a68; }
  h2 { font-size: 12.5pt; margin: 16pt 0 6pt; color: #1f3a68; border-bottom: 1.5pt solid #1f3a68; padding-bottom: 2pt; }
  h3 { font-size: 11pt; margin: 10pt 0 4pt; }
  .muted, small { color: #5b6675; }
  table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; page-break-inside: auto; }
  th, td { text-align: left; padding: 3pt 4pt; border-bottom: 0.5pt solid #d5dbe3; vertical-align: top; }
  th { background: #eef2f7; font-weight: 600; }
  tr { page-break-inside: avoid; }
  tr.below td { background: #fff8e6; }
  td.num { text-align: right; white-space: nowrap; }
  .bar { display: inline-block; position: relative; width: 60pt; height: 7pt; background: #e7ebf0; vertical-align: middle; }
  .bar span { display: block; height: 100%; }
  .bar i { position: absolute; top: -2pt; bottom: -2pt; width: 1pt; background: #1c2430; }
  .status-OPEN { color: #b3261e; } .status-IN_PROGRESS { color: #a15c00; } .status-DONE { color: #2e7d32; }
  ol li { margin-bottom: 4pt; }
  .meta { color: #5b6675; margin-bottom: 8pt; }
  .overdue { color: #b91c1c; }
`)}
        </style>
      </head>
      <body>
        <h1>${title}</h1>
        <p class="meta">
          ${briefing.districtName} · Stand ${germanDate(briefing.today)} · Kurse bis ${germanDate(briefing.until)} ·
          ${countOf(network.members.length, words.member)}${nextMeeting?.place ? ` · Ort: ${nextMeeting.place}` : ''}
        </p>

        <h2>1. Beschlüsse der letzten Sitzung${lastMeeting ? ` (${germanDate(lastMeeting.date)})` : ''}</h2>
        ${lastMeeting ? decisionRows(lastMeeting.decisions, briefing.today) : html`<p class="muted">Noch keine Sitzung.</p>`}
        ${
          briefing.openDecisions.length > 0 &&
          html`<h3>Offene Beschlüsse früherer Sitzungen</h3>
            ${decisionRows(briefing.openDecisions, briefing.today)}`
        }

        <h2>2. Kursstarts der nächsten drei Monate</h2>
        <p class="muted">Gelb: erreicht die Mindestgröße noch nicht. Der Strich im Balken zeigt die Mindestgröße.</p>
        <table class="calendar">
          <thead>
            <tr>
              <th>Start</th>
              <th>Kurs</th>
              <th>Träger</th>
              <th>Ort</th>
              <th>Anmeldungen</th>
              <th>Auslastung</th>
              <th>Startet</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            ${
              calendarRows.length > 0
                ? calendarRows
                : html`<tr class="none">
                    <td colspan="8" class="muted">Keine Kursstarts im Zeitraum.</td>
                  </tr>`
            }
          </tbody>
        </table>
        ${
          running.length > 0 &&
          html`<h3>Laufende Kurse (${running.length})</h3>
            <table class="running">
              <thead>
                <tr>
                  <th>Kurs</th>
                  <th>Träger</th>
                  <th>Zeitraum</th>
                  <th>Teilnehmende</th>
                </tr>
              </thead>
              <tbody>
                ${runningRows}
              </tbody>
            </table>`
        }

        <h2>3. Wartende nach Gemeinde</h2>
        ${waitingSections}

        <h2>4. Vorschläge für die Runde</h2>
        ${
          suggestions.length > 0
            ? html`<ol>
                ${suggestions}
              </ol>`
            : html`<p class="muted">Keine Vorschläge.</p>`
        }
      </body>
    </html>`.toString();
}

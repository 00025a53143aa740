// The briefing for the next meeting of the providers' round, as a German HTML document that prints on A4.
// Every value from the data is escaped.
import { decisionStatusLabels, enumLabel, offerStatusLabels } from '../../../schema/enum-labels.js';
import { categoryLabel } from '../../analysis/labels.js';
import type { Briefing, BriefingDecision } from './load-briefing.js';

const escapeHtml = (value: string | number | null | undefined) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const germanDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '–');
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

const german = (labels: Record<string, [de: string, en: string]>, value: string) => enumLabel(labels, value, 'de');
const codeLabels: Record<string, string> = {
  POOL_COURSE_STARTS: 'Kursstarts bündeln',
  START_NEW_COURSE: 'Neuen Kurs starten',
  DATE_CONFLICT: 'Terminüberschneidung',
};

/** A fill-rate bar: green once the minimum group size is reached, amber below it. */
function fillBar(registrations: number, capacity: number | null, minimum: number): string {
  if (!capacity) return '';
  const width = Math.min(100, Math.round((registrations / capacity) * 100));
  const mark = Math.min(100, Math.round((minimum / capacity) * 100));
  const colour = registrations >= minimum ? '#2e7d32' : '#e6a100';
  return `<span class="bar" title="${registrations} von ${capacity}, Mindestgröße ${minimum}"><span style="width:${width}%;background:${colour}"></span><i style="left:${mark}%"></i></span>`;
}

function decisionRows(decisions: BriefingDecision[]): string {
  if (decisions.length === 0) return '<p class="muted">Keine Beschlüsse.</p>';
  return `<table><thead><tr><th>Beschluss</th><th>Zuständig</th><th>Fällig</th><th>Stand</th></tr></thead><tbody>${decisions
    .map(
      (d) =>
        `<tr><td>${escapeHtml(d.text)}</td><td>${escapeHtml(d.responsible ?? '–')}</td><td>${germanDate(d.dueDate)}</td><td class="status-${escapeHtml(d.status)}">${escapeHtml(german(decisionStatusLabels, d.status))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

export function renderBriefingHtml(briefing: Briefing): string {
  const { network, nextMeeting, lastMeeting } = briefing;
  const title = `Vorlage für die ${escapeHtml(network.name)}${nextMeeting ? ` am ${germanDate(nextMeeting.date)}` : ''}`;
  const upcoming = briefing.calendar.filter((c) => c.startDate !== null && c.startDate >= briefing.today);
  const running = briefing.calendar.filter((c) => !(c.startDate !== null && c.startDate >= briefing.today));
  const runningRows = running
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.title)}</td><td>${escapeHtml(c.providerName ?? '–')}</td><td>${germanDate(c.startDate)} – ${germanDate(c.endDate)}</td><td class="num">${c.registrations ?? 0} / ${c.capacity ?? '–'}</td></tr>`,
    )
    .join('');
  const calendarRows = upcoming
    .map(
      (c) => `<tr class="${c.canStart ? '' : 'below'}">
        <td>${germanDate(c.startDate)}</td><td>${escapeHtml(c.title)}<br><small>${escapeHtml(categoryLabel(c.category).de)}${c.courseType ? ` · ${escapeHtml(c.courseType)}` : ''}${c.childcare ? ' · mit Kinderbetreuung' : ''}</small></td>
        <td>${escapeHtml(c.providerName ?? '–')}</td><td>${escapeHtml(c.venueName ?? '–')}</td>
        <td class="num">${c.registrations ?? 0} / ${c.capacity ?? '–'}</td><td>${fillBar(c.registrations ?? 0, c.capacity, c.minGroupSize)} ${percent(c.fillRate)}</td>
        <td>${c.canStart ? 'ja' : `nein, es fehlen ${c.placesToMinimum}`}</td><td>${escapeHtml(german(offerStatusLabels, c.status))}</td></tr>`,
    )
    .join('');
  const waitingSections = briefing.waiting
    .map((w) => {
      const rows = w.municipalities
        .filter((m) => m.waiting > 0)
        .map(
          (m) =>
            `<tr><td>${escapeHtml(m.name)}</td><td class="num">${m.waiting}</td><td class="num">${m.placed}</td><td class="num">${m.medianWeeks ?? '–'}</td><td class="num">${m.p90Weeks ?? '–'}</td><td class="num">${m.noSuitableStart}</td><td class="num">${m.overTarget}</td></tr>`,
        )
        .join('');
      return `<h3>${escapeHtml(categoryLabel(w.category).de)}</h3>
        <p class="summary" data-category="${escapeHtml(w.category)}">Wartend: <b class="waiting">${w.area.waiting}</b> Personen · mit Platz: <b class="placed">${w.area.placed}</b> · Median <b class="median">${w.area.medianWeeks ?? '–'}</b> Wochen · 90 %: ${w.area.p90Weeks ?? '–'} Wochen · ohne passenden Start: <b class="unplaced">${w.area.noSuitableStart}</b> · länger als ${w.targetWeeks} Wochen: <b class="over">${w.area.overTarget}</b></p>
        <table><thead><tr><th>Gemeinde</th><th>Wartend</th><th>Mit Platz</th><th>Median (Wo.)</th><th>90 % (Wo.)</th><th>Ohne Start</th><th>Über Ziel</th></tr></thead><tbody>${rows || '<tr><td colspan="7" class="muted">Kein gemeldeter Bedarf.</td></tr>'}</tbody></table>`;
    })
    .join('');
  const suggestions = briefing.suggestions
    .slice(0, 15)
    .map(
      (s) =>
        `<li><b>${escapeHtml(codeLabels[s.code] ?? s.code)}</b> (${s.persons} Personen): ${escapeHtml(s.textDe)}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
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
</style>
</head>
<body>
<h1>${title}</h1>
<p class="meta">${escapeHtml(briefing.districtName)} · Stand ${germanDate(briefing.today)} · Kurse bis ${germanDate(briefing.until)} · ${network.members.length} Mitglieder${nextMeeting?.place ? ` · Ort: ${escapeHtml(nextMeeting.place)}` : ''}</p>

<h2>1. Beschlüsse der letzten Sitzung${lastMeeting ? ` (${germanDate(lastMeeting.date)})` : ''}</h2>
${lastMeeting ? decisionRows(lastMeeting.decisions) : '<p class="muted">Noch keine Sitzung.</p>'}
${briefing.openDecisions.length > 0 ? `<h3>Offene Beschlüsse früherer Sitzungen</h3>${decisionRows(briefing.openDecisions)}` : ''}

<h2>2. Kursstarts der nächsten drei Monate</h2>
<p class="muted">Gelb: erreicht die Mindestgröße noch nicht. Der Strich im Balken zeigt die Mindestgröße.</p>
<table class="calendar"><thead><tr><th>Start</th><th>Kurs</th><th>Träger</th><th>Ort</th><th>Anmeldungen</th><th>Auslastung</th><th>Startet</th><th>Status</th></tr></thead>
<tbody>${calendarRows || '<tr class="none"><td colspan="8" class="muted">Keine Kursstarts im Zeitraum.</td></tr>'}</tbody></table>
${running.length > 0 ? `<h3>Laufende Kurse (${running.length})</h3><table class="running"><thead><tr><th>Kurs</th><th>Träger</th><th>Zeitraum</th><th>Teilnehmende</th></tr></thead><tbody>${runningRows}</tbody></table>` : ''}

<h2>3. Wartende nach Gemeinde</h2>
${waitingSections}

<h2>4. Vorschläge für die Runde</h2>
${suggestions ? `<ol>${suggestions}</ol>` : '<p class="muted">Keine Vorschläge.</p>'}
</body>
</html>`;
}

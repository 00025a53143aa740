// The needs analysis with recommendations for action (Bedarfsanalyse mit Handlungsempfehlungen) as a German HTML
// document that prints on A4: the county in figures, the gaps by category and region, maps of the gaps, the ranked
// recommendations with their evidence, the cooperation network and the monitoring trends. Every value from the
// data is escaped; the figures carry data attributes so that a test can read them back.
import type { AreaGap, GapTable } from '../../analysis/gaps/build-gap-table.js';
import {
  enumLabel,
  offerCategoryLabels,
  recommendationCodeLabels,
  recommendationFigureLabels,
  type Labels,
} from '../../../schema/enum-labels.js';
import { compareGerman } from '../../analysis/labels.js';
import type { MonitoringSeries } from '../../monitoring/load-monitoring-series.js';
import { renderGapMapSvg, severityColours, severityLabel } from '../render-gap-map-svg.js';
import { renderLineChartSvg } from '../render-line-chart-svg.js';
import { countOf, pluralFormOf } from '../../../shared/german/count-of.js';
import { formatGermanDate } from '../../../shared/german/format-german-date.js';
import { words } from '../../../shared/german/words.js';
import { html, trustedHtml, type SafeHtml } from '../../html/safe-html.js';
import type { NeedsAnalysis } from './load-needs-analysis.js';
import { renderEffectivenessSection } from './render-effectiveness-html.js';
import { renderSurveyAnswersSection } from './render-survey-answers-html.js';

const categoryName = (category: string) => enumLabel(offerCategoryLabels as Labels<string>, category, 'de');
const germanDate = formatGermanDate;
const n = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined
    ? '–'
    : value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '–' : `${n(share * 100)} %`;
const severityCell = (severity: string) =>
  html`<td class="sev" data-severity="${severity}">
    <span class="dot" style="background:${severityColours[severity]}"></span>${severityLabel(severity)}
  </td>`;

/** A figure behind a recommendation as a person reads it: its German name and its value, a share as a percentage. */
function figureText(figure: { name: string; value: number }): string {
  const value = n(figure.value, Number.isInteger(figure.value) ? 0 : 1);
  const label = recommendationFigureLabels[figure.name];
  if (!label) return value;
  return `${label.de}: ${label.share ? percent(figure.value) : value}`;
}

interface Region {
  ags: string;
  name: string;
  isSamtgemeinde: boolean;
  demand: number;
  unmet: number;
  worst: { category: string; unmet: number } | null;
}

/** Samtgemeinden (with their members) and the municipalities that belong to none, summed over every category. */
function regionsOf(tables: GapTable[]): Region[] {
  const regions = new Map<string, Region>();
  const add = (
    ags: string,
    name: string,
    isSamtgemeinde: boolean,
    category: string,
    area: Pick<AreaGap, 'demand' | 'unmet'>,
  ) => {
    const region = regions.get(ags) ?? { ags, name, isSamtgemeinde, demand: 0, unmet: 0, worst: null };
    region.demand += area.demand;
    region.unmet += area.unmet;
    if (area.unmet > 0 && (!region.worst || area.unmet > region.worst.unmet))
      region.worst = { category, unmet: area.unmet };
    regions.set(ags, region);
  };
  for (const table of tables) {
    for (const sg of table.samtgemeinden) add(sg.ags, sg.name, true, table.category, sg);
    for (const row of table.municipalities)
      if (row.kind !== 'COLLECTIVE' && !row.samtgemeindeAgs) add(row.ags, row.name, false, table.category, row);
  }
  return [...regions.values()].sort(
    (a, b) => b.unmet - a.unmet || b.demand - a.demand || compareGerman(a.name, b.name),
  );
}

function categoryTable(tables: GapTable[]): SafeHtml {
  const rows = tables.map((t) => {
    const high = t.municipalities.filter((m) => m.severity === 'HIGH').length;
    return html`<tr data-category="${t.category}">
      <td>${categoryName(t.category)}</td>
      <td class="num demand">${n(t.area.demand)}</td>
      <td class="num unmet">${n(t.area.unmet)}</td>
      <td class="num">${percent(t.area.coverage)}</td>
      ${severityCell(t.area.severity)}
      <td class="num">${high}</td>
      <td class="num">${t.offersById.size}</td>
      <td class="num">${t.onlineOffers.length}</td>
    </tr>`;
  });
  const demand = tables.reduce((sum, t) => sum + t.area.demand, 0);
  const unmet = tables.reduce((sum, t) => sum + t.area.unmet, 0);
  return html`<table class="by-category">
    <thead>
      <tr>
        <th>Kategorie</th>
        <th class="num">Bedarf</th>
        <th class="num">ungedeckt</th>
        <th class="num">Abdeckung</th>
        <th>Lücke</th>
        <th class="num">Gemeinden mit hoher Lücke</th>
        <th class="num">Angebote mit Ort</th>
        <th class="num">online</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
    <tfoot>
      <tr>
        <th>Zusammen</th>
        <th class="num total-demand">${n(demand)}</th>
        <th class="num total-unmet">${n(unmet)}</th>
        <th class="num">${percent(demand === 0 ? 1 : 1 - unmet / demand)}</th>
        <th colspan="4"></th>
      </tr>
    </tfoot>
  </table>`;
}

function regionTable(tables: GapTable[]): SafeHtml {
  const rows = regionsOf(tables).map(
    (r) =>
      html`<tr data-ags="${r.ags}">
        <td>${r.name}${r.isSamtgemeinde ? html` <small>(Samtgemeinde)</small>` : ''}</td>
        <td class="num">${n(r.demand)}</td>
        <td class="num">${n(r.unmet)}</td>
        <td class="num">${percent(r.demand === 0 ? null : 1 - r.unmet / r.demand)}</td>
        <td>${r.worst ? `${categoryName(r.worst.category)} (${n(r.worst.unmet)})` : '–'}</td>
      </tr>`,
  );
  return html`<table class="by-region">
    <thead>
      <tr>
        <th>Region</th>
        <th class="num">Bedarf</th>
        <th class="num">ungedeckt</th>
        <th class="num">Abdeckung</th>
        <th>größte Lücke</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/**
 * The courses across the district border that a category's table counts in reach, by name, with the municipalities
 * (with demand) they are in reach of: the "Angebote im Radius" column counts them, and the coordinator asks which.
 */
function acrossBorderList(table: GapTable, acrossBorder: NeedsAnalysis['acrossBorder']): SafeHtml | '' {
  const offers = acrossBorder.filter((o) => o.category === table.category);
  const reachedFrom = (id: string) =>
    table.municipalities.filter((m) => m.demand > 0 && m.offerIdsInReach.includes(id)).map((m) => m.name);
  const items = offers
    .map((o) => ({ offer: o, from: reachedFrom(o.id) }))
    .filter((item) => item.from.length > 0)
    .map(
      ({ offer, from }) =>
        html`<li data-offer="${offer.id}">
          <b>${offer.title}</b> (${[offer.provider, offer.venue, offer.district].filter(Boolean).join(', ')}), im Radius
          von ${from.join(', ')}
        </li>`,
    );
  if (items.length === 0) return '';
  return html`<div class="across-border" data-category="${table.category}">
    <p>Davon jenseits der Kreisgrenze:</p>
    <ul>
      ${items}
    </ul>
  </div>`;
}

function municipalityTable(table: GapTable): SafeHtml {
  const rows = table.municipalities
    .filter((m) => m.demand > 0)
    .map(
      (m) =>
        html`<tr data-ags="${m.ags}">
          <td>${m.name}</td>
          <td>${m.samtgemeindeName ?? ''}</td>
          <td class="num">${n(m.demand)}</td>
          <td class="num">${n(m.freePlacesInReach)}</td>
          <td class="num">${percent(m.coverage)}</td>
          <td class="num">${n(m.unmet)}</td>
          ${severityCell(m.severity)}
          <td class="num">${m.nearestOfferKm === null ? '–' : n(m.nearestOfferKm, 1)}</td>
          <td class="num">${m.offersInReach}</td>
        </tr>`,
    );
  return html`<h3>${categoryName(table.category)}</h3>
    <table class="municipalities" data-category="${table.category}">
      <thead>
        <tr>
          <th>Gemeinde</th>
          <th>Samtgemeinde</th>
          <th class="num">Bedarf</th>
          <th class="num">freie Plätze im Radius</th>
          <th class="num">Abdeckung</th>
          <th class="num">ungedeckt</th>
          <th>Lücke</th>
          <th class="num">nächstes Angebot km</th>
          <th class="num">Angebote im Radius</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}

function recommendationList(analysis: NeedsAnalysis): SafeHtml {
  const items = analysis.recommendations.map((r) => {
    const figures = r.figures.map(figureText).join(' · ');
    const evidence = [...r.offerIds.map((id) => ['Angebot', id]), ...r.actorIds.map((id) => ['Akteur', id])]
      .slice(0, 6)
      .map(([what, id]) => `${what}: ${analysis.names.get(id!) ?? id}`)
      .join('; ');
    const needs = r.needIds.length > 0 ? ` · ${countOf(r.needIds.length, words.needReport)}` : '';
    return html`<li class="rec" data-rank="${r.rank}" data-code="${r.code}">
      <p>
        <b>${enumLabel(recommendationCodeLabels, r.code, 'de')}</b
        >${r.persons > 0 ? html` – <span class="persons">${n(r.persons)}</span> ${pluralFormOf(r.persons, words.person)}` : ''}${r.municipalityName ? ` – ${r.municipalityName}` : ''}
      </p>
      <p class="text">${r.textDe}</p>
      <p class="evidence">Belege: ${figures}${needs}${evidence ? html`<br />${evidence}` : ''}</p>
    </li>`;
  });
  return html`<ol class="recs">
    ${items}
  </ol>`;
}

function networkSection(analysis: NeedsAnalysis): SafeHtml {
  const net = analysis.network;
  const isolated = net.actors.filter((a) => a.isolated).sort((a, b) => compareGerman(a.name, b.name));
  const brokers = net.actors.filter((a) => a.broker).slice(0, 10);
  const communities = net.communities.slice(0, 8);
  return html`<table class="network-figures">
      <tbody>
        <tr>
          <th>Akteure</th>
          <td class="num" data-key="actorCount">${n(net.actorCount)}</td>
          <th>Kooperationen</th>
          <td class="num" data-key="linkCount">${n(net.linkCount)}</td>
        </tr>
        <tr>
          <th>Dichte</th>
          <td class="num">${n(net.density, 3)}</td>
          <th>Teilnetze</th>
          <td class="num" data-key="componentCount">${n(net.componentCount)}</td>
        </tr>
        <tr>
          <th>Isolierte Akteure</th>
          <td class="num" data-key="isolatedCount">${n(net.isolatedCount)}</td>
          <th>Vermittler</th>
          <td class="num" data-key="brokerCount">${n(net.brokerCount)}</td>
        </tr>
        <tr>
          <th>Gemeinschaften (Louvain)</th>
          <td class="num" data-key="communityCount">${n(net.communityCount)}</td>
          <th>Modularität</th>
          <td class="num">${n(net.modularity, 2)}</td>
        </tr>
      </tbody>
    </table>
    <div class="columns">
      <div>
        <h3>Isolierte Akteure (${isolated.length})</h3>
        ${
          isolated.length
            ? html`<ul class="isolated">
                ${isolated.map((a) => html`<li><span class="name">${a.name}</span> <small>(${a.municipalityName ?? '–'})</small></li>`)}
              </ul>`
            : html`<p class="muted">Keine.</p>`
        }
      </div>
      <div>
        <h3>Vermittler: halten das Netz zusammen</h3>
        <p class="muted">
          Vermittlerrolle (in der Netzwerkanalyse „Betweenness-Zentralität“): der Anteil der kürzesten Wege über
          Kooperationen zwischen je zwei Akteuren, die über den Akteur führen, von 0 bis 1. Vermittler sind die bis zu
          10 Akteure mit der größten Vermittlerrolle ab 0,05.
        </p>
        ${
          brokers.length
            ? html`<table class="brokers">
                <thead>
                  <tr>
                    <th>Akteur</th>
                    <th class="num">Partner</th>
                    <th class="num">Vermittlerrolle</th>
                  </tr>
                </thead>
                <tbody>
                  ${brokers.map(
                    (a) =>
                      html`<tr>
                        <td>${a.name}</td>
                        <td class="num">${a.degree}</td>
                        <td class="num">${n(a.betweenness, 3)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p class="muted">Keine.</p>`
        }
      </div>
    </div>
    <h3>Gemeinschaften</h3>
    <table class="communities">
      <thead>
        <tr>
          <th>Nr.</th>
          <th class="num">Akteure</th>
          <th class="num">Kooperationen darin</th>
          <th>Schwerpunkt</th>
        </tr>
      </thead>
      <tbody>
        ${communities.map(
          (c) =>
            html`<tr>
              <td>${c.id}</td>
              <td class="num">${c.size}</td>
              <td class="num">${c.internalLinks}</td>
              <td>${c.mainMunicipalityName ?? '–'} (${countOf(c.mainMunicipalityActors, words.actor)} dort)</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function trendSection(trends: MonitoringSeries[]): SafeHtml {
  const dates = [...new Set(trends.flatMap((s) => s.points.map((p) => p.date)))].sort();
  if (dates.length === 0)
    return html`<p class="muted">
      Noch keine Monitoring-Stichtage: Die Entwicklung erscheint hier, sobald das Bildungsnetz regelmäßig Schnappschüsse
      der Zahlen speichert (in der Verwaltung einzurichten).
    </p>`;
  const weight = (s: MonitoringSeries) => s.points.reduce((sum, p) => sum + p.demand + p.capacity, 0);
  const shown = trends
    .filter((s) => weight(s) > 0)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, 5);
  const valuesOf = (s: MonitoringSeries, pick: (p: MonitoringSeries['points'][number]) => number | null) => {
    const byDate = new Map(s.points.map((p) => [p.date, pick(p)]));
    return dates.map((d) => byDate.get(d) ?? null);
  };
  const chart = (title: string, pick: (p: MonitoringSeries['points'][number]) => number | null, digits = 0) =>
    renderLineChartSvg(
      shown.map((s) => ({ label: categoryName(s.category), values: valuesOf(s, pick) })),
      { title, dates, digits },
    );
  const rows = shown.map((s) => {
    const first = s.points[0]!;
    const last = s.points.at(-1)!;
    return html`<tr data-category="${s.category}">
      <td>${categoryName(s.category)}</td>
      <td class="num">${n(first.unmet)}</td>
      <td class="num last-unmet">${n(last.unmet)}</td>
      <td class="num">${n(first.freePlaces)}</td>
      <td class="num last-free">${n(last.freePlaces)}</td>
      <td class="num">${percent(first.fillRate)}</td>
      <td class="num">${percent(last.fillRate)}</td>
    </tr>`;
  });
  return html`<p>
      Stichtage: ${dates.length}, vom ${germanDate(dates[0])} bis ${germanDate(dates.at(-1))}. Die fünf Kategorien mit
      dem meisten Bedarf und Angebot.
    </p>
    <div class="charts">
      ${chart('Ungedeckter Bedarf (Personen)', (p) => p.unmet)}${chart('Freie Plätze', (p) => p.freePlaces)}${chart('Erreichbarkeit (freie Plätze je Person im Bedarf)', (p) => p.accessibility, 2)}
    </div>
    <table class="trend">
      <thead>
        <tr>
          <th>Kategorie</th>
          <th class="num">ungedeckt<br />${germanDate(dates[0])}</th>
          <th class="num">ungedeckt<br />${germanDate(dates.at(-1))}</th>
          <th class="num">freie Plätze<br />${germanDate(dates[0])}</th>
          <th class="num">freie Plätze<br />${germanDate(dates.at(-1))}</th>
          <th class="num">Auslastung<br />${germanDate(dates[0])}</th>
          <th class="num">Auslastung<br />${germanDate(dates.at(-1))}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}

export function renderNeedsAnalysisHtml(analysis: NeedsAnalysis): string {
  const { summary, tables } = analysis;
  const title = `Bedarfsanalyse mit Handlungsempfehlungen – ${analysis.districtName}`;
  const withDemand = tables
    .filter((t) => t.area.demand > 0)
    .sort((a, b) => b.area.unmet - a.area.unmet || b.area.demand - a.area.demand);
  const mapped = withDemand.slice(0, 4);
  const demand = tables.reduce((sum, t) => sum + t.area.demand, 0);
  const unmet = tables.reduce((sum, t) => sum + t.area.unmet, 0);
  const worst = withDemand[0];
  const figure = (key: string, label: string, value: number) =>
    html`<div class="figure" data-key="${key}"><b>${n(value)}</b><span>${label}</span></div>`;
  return html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${trustedHtml(`
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #1c2430; line-height: 1.35; max-width: 182mm; margin: 0 auto; }
  h1 { font-size: 17pt; margin: 0 0 2pt; color: #1f3a68; }
  h2 { font-size: 13pt; margin: 18pt 0 6pt; color: #1f3a68; border-bottom: 1.5pt solid #1f3a68; padding-bottom: 2pt; page-break-after: avoid; }
  h3 { font-size: 10.5pt; margin: 10pt 0 4pt; page-break-after: avoid; }
  .muted, small { color: #5b6675; }
  .meta { color: #5b6675; margin-bottom: 8pt; }
  table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
  th, td { text-align: left; padding: 2.5pt 4pt; border-bottom: 0.5pt solid #d5dbe3; vertical-align: top; }
  thead th, tfoot th { background: #eef2f7; font-weight: 600; }
  tr { page-break-inside: avoid; }
  .num { text-align: right; white-space: nowrap; }
  th.num { white-space: normal; }
  .sev { white-space: nowrap; }
  table.municipalities, table.by-category { font-size: 8.5pt; }
  .dot { display: inline-block; width: 7pt; height: 7pt; border-radius: 50%; margin-right: 3pt; vertical-align: middle; border: 0.5pt solid #1c2430; }
  .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6pt; margin: 8pt 0; }
  .figure { border: 0.75pt solid #d5dbe3; border-radius: 4pt; padding: 5pt 7pt; }
  .figure b { display: block; font-size: 14pt; color: #1f3a68; }
  .maps { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; }
  .maps svg, .charts svg { max-width: 100%; height: auto; }
  .charts svg { display: block; margin: 0 auto 8pt; page-break-inside: avoid; }
  .maps svg { page-break-inside: avoid; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 12pt; }
  ol.recs li { margin-bottom: 6pt; page-break-inside: avoid; }
  ol.recs p { margin: 0 0 1pt; }
  .evidence { color: #5b6675; font-size: 8.5pt; }
  ul.isolated { margin: 0; padding-left: 14pt; }
  .key-findings li { margin-bottom: 3pt; }
`)}
        </style>
      </head>
      <body>
        <h1>${title}</h1>
        <p class="meta">
          Stand ${germanDate(analysis.today)} · Einzugsradius ${n(analysis.radiusKm)} km · erstellt aus dem Bildungsnetz
          (Graph der Bildungsakteure, Angebote und gemeldeten Bedarfe)
        </p>

        <h2>1. Zusammenfassung</h2>
        <div class="figures">
          ${figure('municipalities', 'Gemeinden', summary.municipalities)}${figure('population', 'Einwohner', summary.population)}${figure('newcomers', 'Neuzugewanderte (geschätzt)', summary.newcomers)}${figure('actors', 'Bildungsakteure', summary.actors)}
          ${figure('offers', 'Angebote vor Ort (geplant, offen, voll, laufend)', summary.offers)}${figure('openNeeds', 'offene Bedarfsmeldungen', summary.openNeeds)}${figure('personsInNeed', 'Personen mit gemeldetem Bedarf', summary.personsInNeed)}${figure('unmet', 'davon ungedeckt (alle Kategorien)', unmet)}
        </div>
        <ul class="key-findings">
          <li>
            Über alle Kategorien ${demand === 1 ? 'ist' : 'sind'}
            <b class="total-demand">${n(demand)}</b> ${pluralFormOf(demand, words.person)} im Bedarf,
            <b class="total-unmet">${n(unmet)}</b> davon ${unmet === 1 ? 'ist' : 'sind'} mit den freien Plätzen im
            Umkreis von ${n(analysis.radiusKm)} km nicht versorgt.
          </li>
          ${worst ? html`<li>Die größte Lücke: <b>${categoryName(worst.category)}</b> mit ${n(worst.area.unmet)} ungedeckten von ${countOf(worst.area.demand, words.person)}${worst.municipalities[0] && worst.municipalities[0].unmet > 0 ? `, am stärksten in ${worst.municipalities[0].name} (${n(worst.municipalities[0].unmet)})` : ''}.</li>` : ''}
          <li>
            ${countOf(analysis.recommendationCount, words.recommendation)}, die dringendsten in Abschnitt 5; das
            Kooperationsnetz hat ${countOf(analysis.network.isolatedCount, words.isolatedActorAccusative)} und
            ${countOf(analysis.network.brokerCount, { one: 'Vermittler', other: 'Vermittler' })}.
          </li>
        </ul>

        <h2>2. Versorgungslücken nach Kategorie</h2>
        <p class="muted">
          Bedarf: Personen der offenen Bedarfsmeldungen. Ungedeckt: nach dem Zwei-Schritt-Verfahren mit Gauß-Gewichtung
          (2SFCA, Dai 2010) über die freien Plätze geplanter und offener Angebote im Radius. Lücke: gering unter 25 %,
          mittel unter 50 %, hoch ab 50 % ungedeckt.
        </p>
        ${categoryTable(tables)}

        <h2>3. Versorgungslücken nach Region</h2>
        ${regionTable(tables)}
        ${withDemand.map((table) => [municipalityTable(table), acrossBorderList(table, analysis.acrossBorder)])}

        <h2>4. Karte der Lücken</h2>
        <p class="muted">
          Kreise: Gemeinden mit Bedarf, Fläche nach Bedarf, Farbe nach Lücke; graue Punkte: kein Bedarf gemeldet.
          ${mapped.length === 1 ? 'Die Kategorie' : `Die ${mapped.length} Kategorien`} mit dem meisten ungedeckten
          Bedarf.
        </p>
        <div class="maps">
          ${mapped.map((t) => renderGapMapSvg(t, analysis.points, { title: categoryName(t.category) }))}
        </div>

        <h2>5. Handlungsempfehlungen</h2>
        <p class="muted">
          ${
            analysis.recommendations.length === 1
              ? 'Die dringendste'
              : `Die ${analysis.recommendations.length} dringendsten`
          }
          von ${countOf(analysis.recommendationCount, words.recommendation)}, nach betroffenen Personen geordnet,
          jeweils mit den Zahlen und Einträgen dahinter.
        </p>
        ${recommendationList(analysis)}

        <h2>6. Das Kooperationsnetz</h2>
        ${networkSection(analysis)}

        <h2>7. Monitoring: Entwicklung der letzten zwölf Monate</h2>
        ${trendSection(analysis.trends)}

        <h2>8. Wirksamkeit der Angebote</h2>
        ${renderEffectivenessSection(analysis.effectiveness, analysis.today)}

        <h2>9. Antworten der Gemeinden (Bedarfsabfrage)</h2>
        ${renderSurveyAnswersSection(analysis.surveys)}

        <h2>10. Datengrundlage</h2>
        <p class="muted">
          Gemeinden mit Lage und Einwohnerzahl; Bedarfe als gemeldete Zahlen je Gemeinde, Kategorie und Zielgruppe
          (keine personenbezogenen Daten); Angebote mit Plätzen und Belegung; Entfernungen nach Haversine.
          Online-Angebote haben keinen Ort und sind nicht eingerechnet. Das Monitoring beruht auf den Schnappschüssen
          des Bildungsnetzes (ein Stichtag je Lauf).
        </p>
      </body>
    </html>`.toString();
}

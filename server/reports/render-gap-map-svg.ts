// A map figure of the gaps of one category as SVG: each municipality at its coordinates (Web Mercator through
// d3-geo, north up), a circle sized by demand and coloured by severity, a 10 km scale bar. Print-safe: the
// severity is also in the circle's outline pattern and in the table beside it.
import { geoMercator } from 'd3-geo';
import type { GapTable } from '../analysis/gaps/build-gap-table.js';
import { enumLabel, severityLabels } from '../../schema/enum-labels.js';
import type { GapSeverity } from '../generated/graphql.js';
import { html, type SafeHtml } from '../html/safe-html.js';
import type { MapPoint } from './needs-analysis/load-needs-analysis.js';

export const severityColours: Record<string, string> = {
  NONE: '#2e7d32',
  LOW: '#f2c94c',
  MEDIUM: '#ef8a17',
  HIGH: '#c62828',
};
/** The severity as the reports name it (schema/enum-labels.ts). */
export const severityLabel = (severity: string) => enumLabel(severityLabels, severity as GapSeverity, 'de');

export interface GapMapOptions {
  width?: number; // px of the SVG's coordinate system
  height?: number;
  title: string;
}

export function renderGapMapSvg(table: GapTable, points: MapPoint[], options: GapMapOptions): SafeHtml {
  const width = options.width ?? 340;
  const height = options.height ?? 300;
  const margin = 22;
  const projection = geoMercator().fitExtent(
    [
      [margin, margin + 14],
      [width - margin, height - margin - 14],
    ],
    { type: 'MultiPoint', coordinates: points.map((p) => [p.longitude, p.latitude]) },
  );
  const rows = new Map(table.municipalities.map((row) => [row.ags, row]));
  const maxDemand = Math.max(1, ...table.municipalities.map((row) => row.demand));
  // Samtgemeinden as wholes sit on their seat; draw them under their members so that both can be seen.
  const ordered = [...points].sort((a, b) => (a.kind === 'COLLECTIVE' ? 0 : 1) - (b.kind === 'COLLECTIVE' ? 0 : 1));
  const marks = ordered.map((point) => {
    const [x, y] = projection([point.longitude, point.latitude])!;
    const row = rows.get(point.ags);
    const demand = row?.demand ?? 0;
    if (demand === 0)
      return html`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2" fill="#b8c0cc"
        ><title>${point.name}: kein Bedarf gemeldet</title></circle
      >`;
    const r = 4 + 12 * Math.sqrt(demand / maxDemand);
    const severity = row!.severity;
    const label =
      severity === 'HIGH' || severity === 'MEDIUM'
        ? html`<text x="${(x + r + 2).toFixed(1)}" y="${(y + 3).toFixed(1)}" font-size="8">${point.name}</text>`
        : '';
    return html`<circle
        class="gap gap-${severity}"
        data-ags="${point.ags}"
        cx="${x.toFixed(1)}"
        cy="${y.toFixed(1)}"
        r="${r.toFixed(1)}"
        fill="${severityColours[severity]}"
        fill-opacity="0.8"
        stroke="#1c2430"
        stroke-width="${severity === 'HIGH' ? 1.5 : 0.6}"
        stroke-dasharray="${severity === 'NONE' ? '2 1.5' : 'none'}"
        ><title>${point.name}: Bedarf ${demand}, ungedeckt ${row!.unmet}</title></circle
      >${label}`;
  });
  // 10 km east of the map's centre, measured on the projection.
  const centre = projection.invert!([width / 2, height / 2])!;
  const tenKmEast = [centre[0] + 10 / (111.32 * Math.cos((centre[1] * Math.PI) / 180)), centre[1]] as [number, number];
  const barLength = projection(tenKmEast)![0] - projection(centre)![0];
  const legend = Object.keys(severityColours).map(
    (severity, i) =>
      html`<circle
          cx="${margin + i * 62}"
          cy="${height - 9}"
          r="4"
          fill="${severityColours[severity]}"
          stroke="#1c2430"
          stroke-width="0.5"
        /><text x="${margin + i * 62 + 7}" y="${height - 6}" font-size="8">${severityLabel(severity)}</text>`,
  );
  return html`<svg
    class="gap-map"
    data-category="${table.category}"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${width} ${height}"
    width="${width}"
    height="${height}"
    font-family="DejaVu Sans, Arial, sans-serif"
  >
    <rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#fbfcfd" stroke="#d5dbe3" />
    <text x="${margin - 12}" y="16" font-size="10" font-weight="bold">${options.title}</text>
    ${marks}
    <line
      x1="${width - margin - barLength}"
      y1="${height - 24}"
      x2="${width - margin}"
      y2="${height - 24}"
      stroke="#1c2430"
      stroke-width="2"
    />
    <text x="${width - margin - barLength / 2}" y="${height - 28}" font-size="8" text-anchor="middle">10 km</text>
    ${legend}
  </svg>`;
}

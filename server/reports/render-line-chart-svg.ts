// A line chart as SVG for printed reports: one line per series over the same dates, a y axis from 0 with round
// ticks, the dates below, a legend. Lines differ by dash pattern as well as colour, for greyscale print.
import { formatGermanDate } from '../../shared/german/format-german-date.js';
import { html, type SafeHtml } from '../html/safe-html.js';

const colours = ['#c62828', '#1f5fbf', '#2e7d32', '#b26a00', '#6a3fb5', '#00838f'];
const dashes = ['', '6 3', '2 2', '8 3 2 3', '', '6 3'];

export interface ChartSeries {
  label: string;
  values: (number | null)[]; // one per date; null: no snapshot that day
}

export interface LineChartOptions {
  title: string;
  dates: string[]; // YYYY-MM-DD
  width?: number;
  height?: number;
  digits?: number; // decimals of the tick labels
}

/** Round steps (1, 2, 5 times a power of ten) so that about five ticks cover the largest value. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let value = 0; value < max + step - 1e-9; value += step) ticks.push(Number(value.toFixed(10)));
  return ticks;
}

export function renderLineChartSvg(series: ChartSeries[], options: LineChartOptions): SafeHtml {
  const width = options.width ?? 520;
  const legendRows = Math.ceil(series.length / 3);
  const height = (options.height ?? 210) + legendRows * 13;
  const left = 42;
  const right = 26; // room for the last date label
  const top = 24;
  const bottom = 30 + legendRows * 13;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const ticks = niceTicks(max);
  const yMax = ticks.at(-1)!;
  const x = (i: number) => left + (options.dates.length <= 1 ? plotW / 2 : (i * plotW) / (options.dates.length - 1));
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const digits = options.digits ?? 0;
  const grid = ticks.map(
    (t) =>
      html`<line
          x1="${left}"
          x2="${width - right}"
          y1="${y(t).toFixed(1)}"
          y2="${y(t).toFixed(1)}"
          stroke="#e3e8ee"
        /><text x="${left - 4}" y="${(y(t) + 3).toFixed(1)}" font-size="8" text-anchor="end"
          >${t.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits })}</text
        >`,
  );
  const every = Math.max(1, Math.ceil(options.dates.length / 7));
  const xLabels = options.dates.map((d, i) =>
    i % every === 0 || i === options.dates.length - 1
      ? html`<text x="${x(i).toFixed(1)}" y="${top + plotH + 12}" font-size="8" text-anchor="middle"
          >${formatGermanDate(d)}</text
        >`
      : '',
  );
  const lines = series.map((s, k) => {
    const segments: string[] = [];
    let current = '';
    s.values.forEach((v, i) => {
      if (v === null) {
        if (current) segments.push(current);
        current = '';
      } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    });
    if (current) segments.push(current);
    const colour = colours[k % colours.length]!;
    const dots = s.values.map((v, i) =>
      v === null ? '' : html`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="1.8" fill="${colour}" />`,
    );
    return html`<g class="series" data-label="${s.label}"
      ><path
        d="${segments.join('')}"
        fill="none"
        stroke="${colour}"
        stroke-width="1.6"
        stroke-dasharray="${dashes[k % dashes.length]}"
      />${dots}</g
    >`;
  });
  const legend = series.map((s, k) => {
    const lx = left + (k % 3) * (plotW / 3);
    const ly = top + plotH + 26 + Math.floor(k / 3) * 13;
    return html`<line
        x1="${lx}"
        x2="${lx + 18}"
        y1="${ly - 3}"
        y2="${ly - 3}"
        stroke="${colours[k % colours.length]}"
        stroke-width="2"
        stroke-dasharray="${dashes[k % dashes.length]}"
      /><text x="${lx + 22}" y="${ly}" font-size="8">${s.label}</text>`;
  });
  return html`<svg
    class="line-chart"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${width} ${height}"
    width="${width}"
    height="${height}"
    font-family="DejaVu Sans, Arial, sans-serif"
  >
    <text x="${left - 30}" y="13" font-size="10" font-weight="bold">${options.title}</text>
    ${grid}
    <line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#8a94a3" />
    ${xLabels} ${lines} ${legend}
  </svg>`;
}

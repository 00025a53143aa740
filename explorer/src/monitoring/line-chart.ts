// One Chart.js line chart as a component: made on the first drawing (after the canvas is in the document, so that
// Chart.js can measure it), then updated in place with chart.update() on every later drawing, and destroyed with the
// component. The monitoring view's trend charts and the indicator charts share it.
import {
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { h, type Child } from '../ui/dom';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export type LineDataset = ChartDataset<'line', (number | null)[]>;

export interface LineChartProps {
  id: string;
  label: string; // the canvas's accessible name
  labels: string[]; // the x axis
  datasets: LineDataset[];
  digits: number; // decimals of the y axis' ticks
  locale: string;
  suffix?: string; // after each y tick, e.g. " %"
  suggestedMax?: number; // the y axis reaches at least this far (a target above every value stays in view)
}

export function LineChart({
  id,
  label,
  labels,
  datasets,
  digits,
  locale,
  suffix,
  suggestedMax,
}: LineChartProps): Child {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line', (number | null)[], string> | undefined>(undefined);
  useLayoutEffect(() => {
    const current = chart.current;
    const y = {
      beginAtZero: true,
      suggestedMax,
      ticks: {
        precision: digits,
        callback: (value: string | number) =>
          `${Number(value).toLocaleString(locale, { maximumFractionDigits: digits })}${suffix ?? ''}`,
      },
    };
    if (!current) {
      chart.current = new Chart<'line', (number | null)[], string>(canvas.current!, {
        type: 'line',
        data: { labels, datasets },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          locale,
          interaction: { mode: 'index', intersect: false },
          scales: { y },
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 18 } } },
        },
      });
      return;
    }
    current.data.labels = labels;
    current.data.datasets = datasets;
    current.options.locale = locale;
    current.options.scales = { y };
    current.update('none');
  });
  useLayoutEffect(() => () => chart.current?.destroy(), []);
  return h('canvas', { ref: canvas, id, role: 'img', 'aria-label': label });
}

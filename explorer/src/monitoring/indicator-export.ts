// The indicators of the view's area, category and span as a spreadsheet, CSV or XLSX: one row per month and indicator,
// values in the unit shown on screen (a share as a percentage), a hidden small number as "zu wenige Fälle" (never the
// number), months by name.
import writeXlsxFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/browser';
import { download, downloadText } from '../export/download';
import { toCsv, type Cell } from '../export/to-csv';
import { enumLabel, offerCategoryLabels, type Language } from '../i18n/enum-labels';
import { indicatorLabels, targetStateLabels } from '../../../schema/enum-labels';
import { indicatorCellText, indicatorUnits, monthName } from './indicator-format';
import type { AreaIndicatorsRow, IndicatorValueRow } from './indicator-types';
import { monitoringText, type MonitoringTextKey } from './monitoring-texts';

const columns: MonitoringTextKey[] = [
  'area',
  'category',
  'month',
  'indicator',
  'value',
  'unit',
  'target',
  'direction',
  'state',
  'yearBefore',
  'change',
];

const unitWords: Record<'share' | 'weeks' | 'persons', [de: string, en: string]> = {
  share: ['%', '%'],
  weeks: ['Wochen', 'weeks'],
  persons: ['Personen', 'persons'],
};

/** A value in the unit shown on screen: a share as a percentage with one decimal. */
function shown(v: IndicatorValueRow, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const factor = indicatorUnits[v.indicator] === 'share' ? 100 : 1;
  return Math.round(value * factor * 10) / 10;
}

/** The header and the rows, as values: numbers stay numbers, everything else is the text shown on screen. */
export function indicatorSheet(
  rows: readonly AreaIndicatorsRow[],
  lang: Language,
): { header: string[]; body: (string | number | null)[][] } {
  const header = columns.map((key) => monitoringText(key, lang));
  const body = rows.flatMap((row) =>
    row.values
      .filter((v) => v.reason !== 'NOT_APPLICABLE')
      .map((v) => [
        row.areaName,
        enumLabel(offerCategoryLabels, row.category, lang),
        monthName(row.month, lang),
        enumLabel(indicatorLabels, v.indicator, lang),
        v.value === null || v.value === undefined || v.reason === 'FEWER_THAN_5'
          ? indicatorCellText(v.indicator, null, v.reason, lang)
          : shown(v, v.value),
        unitWords[indicatorUnits[v.indicator]][lang === 'de' ? 0 : 1],
        shown(v, v.target),
        monitoringText(v.direction === 'AT_LEAST' ? 'atLeast' : 'atMost', lang),
        enumLabel(targetStateLabels, v.state, lang),
        v.yearBeforeReason === 'FEWER_THAN_5'
          ? monitoringText('tooFew', lang)
          : (shown(v, v.yearBefore) ?? indicatorCellText(v.indicator, null, v.yearBeforeReason, lang)),
        shown(v, v.change),
      ]),
  );
  return { header, body };
}

const fileName = (rows: readonly AreaIndicatorsRow[], extension: string) =>
  `kennzahlen-${rows[0]?.areaAgs ?? ''}-${rows[0]?.category.toLowerCase().replaceAll('_', '-') ?? ''}.${extension}`;

export function exportIndicatorsCsv(rows: readonly AreaIndicatorsRow[], lang: Language): void {
  const { header, body } = indicatorSheet(rows, lang);
  // A decimal comma in German, as German Excel expects; no thousands separators in a cell.
  const cell = (value: string | number | null): Cell =>
    typeof value === 'number' && lang === 'de' ? String(value).replace('.', ',') : value;
  downloadText(
    toCsv(
      header,
      body.map((row) => row.map(cell)),
    ),
    fileName(rows, 'csv'),
    'text/csv;charset=utf-8',
  );
}

export async function exportIndicatorsXlsx(rows: readonly AreaIndicatorsRow[], lang: Language): Promise<void> {
  const { header, body } = indicatorSheet(rows, lang);
  const data: SheetData = [
    header.map((value): XlsxCell => ({ value, type: String, fontWeight: 'bold' })),
    ...body.map((row) =>
      row.map((value): XlsxCell =>
        value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String },
      ),
    ),
  ];
  const blob = await writeXlsxFile(data, {
    sheet: monitoringText('indicator', lang),
    stickyRowsCount: 1,
    columns: header.map((_, i) => ({ width: i === 0 || i === 3 ? 28 : 16 })),
  }).toBlob();
  download(blob, fileName(rows, 'xlsx'));
}

// The export menu's entries for a table: CSV for German Excel and an XLSX workbook, named by file-name.ts.
import type { AppContext } from '../state/app-context';
import { download, downloadText } from './download';
import { tableToCsv, tableToXlsx, type ExportTable } from './export-table';
import type { ExportItem } from './export-menu';
import { exportFileName } from './file-name';

export const exportWords = {
  csv: ['CSV für Excel (Semikolon)', 'CSV for Excel (semicolon)'],
  xlsx: ['Excel-Arbeitsmappe (.xlsx)', 'Excel workbook (.xlsx)'],
  png: ['Bild mit Legende (PNG)', 'Picture with legend (PNG)'],
} as const;

/** CSV and XLSX entries for a table; `table` is read when an entry is chosen, so it holds the rows of then. */
export function tableItems(
  ctx: AppContext,
  prefix: string,
  table: () => ExportTable | undefined,
  nameParts: () => string[],
): ExportItem[] {
  const i = ctx.lang === 'de' ? 0 : 1;
  return [
    {
      id: `${prefix}-csv`,
      label: exportWords.csv[i],
      run: () => {
        const t = table();
        if (t) downloadText(tableToCsv(t), exportFileName(ctx, nameParts(), 'csv'), 'text/csv;charset=utf-8');
      },
    },
    {
      id: `${prefix}-xlsx`,
      label: exportWords.xlsx[i],
      run: async () => {
        const t = table();
        if (t) download(await tableToXlsx(t), exportFileName(ctx, nameParts(), 'xlsx'));
      },
    },
  ];
}

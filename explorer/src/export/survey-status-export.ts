// The status of a Bedarfsabfrage per area as a spreadsheet, CSV (semicolons, for German Excel) or XLSX: what the
// coordinator keeps beside the round or passes on. The same columns as the server's export (/surveys/rounds/<id>/
// status.csv); a cell a spreadsheet would run as a formula is prefixed with a quote in both.
import writeXlsxFile from 'write-excel-file/browser';
import type { SheetData } from 'write-excel-file/browser';
import type { SurveyRoundsQuery } from '../generated/graphql';
import { enumLabel, surveyAreaStatusLabels, type Language } from '../i18n/enum-labels';
import { formatDate } from '../ui/dom';
import { download, downloadText } from './download';
import { toCsv, type Cell } from './to-csv';

type SurveyRound = SurveyRoundsQuery['surveyRounds'][number];

const header: Record<Language, string[]> = {
  de: [
    'AGS',
    'Gebiet',
    'Stand',
    'E-Mail',
    'Link geöffnet am',
    'Abgesendet am',
    'Link gültig bis',
    'Link zurückgezogen',
  ],
  en: ['AGS', 'Area', 'Status', 'E-mail', 'Link opened on', 'Submitted on', 'Link valid until', 'Link revoked'],
};

/** The rows of the status table: one per area asked, in the reader's language (dates as TT.MM.JJJJ). */
export function surveyStatusRows(round: SurveyRound, lang: Language): Cell[][] {
  const yes = lang === 'de' ? 'ja' : 'yes';
  const no = lang === 'de' ? 'nein' : 'no';
  const date = (value: string | null | undefined) => (value ? formatDate(value, lang) : '');
  return round.areas.map((area) => [
    area.ags,
    area.name,
    enumLabel(surveyAreaStatusLabels, area.status, lang),
    area.email ?? '',
    date(area.openedAt),
    date(area.submittedAt),
    // The link works through the day before its end (the end is midnight after the last day).
    area.linkExpiresAt ? date(new Date(Date.parse(area.linkExpiresAt) - 1).toISOString()) : '',
    area.linkRevoked ? yes : no,
  ]);
}

const fileName = (round: SurveyRound, ext: string) => `abfrage-stand-${round.deadline}.${ext}`;

export function exportSurveyStatusCsv(round: SurveyRound, lang: Language): void {
  downloadText(toCsv(header[lang], surveyStatusRows(round, lang)), fileName(round, 'csv'), 'text/csv;charset=utf-8');
}

const formulaStart = /^[=+\-@\t\r]/;

export async function exportSurveyStatusXlsx(round: SurveyRound, lang: Language): Promise<void> {
  const text = (value: Cell) => {
    const string = value === null || value === undefined ? '' : String(value);
    return formulaStart.test(string) ? `'${string}` : string;
  };
  const data: SheetData = [
    header[lang].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...surveyStatusRows(round, lang).map((row) => row.map((value) => ({ value: text(value), type: String }))),
  ];
  const blob = await writeXlsxFile(data, { sheet: lang === 'de' ? 'Stand' : 'Status' }).toBlob();
  download(blob, fileName(round, 'xlsx'));
}

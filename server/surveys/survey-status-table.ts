// The status of a round per area as a table for spreadsheets (CSV for German Excel: semicolons, BOM; or XLSX),
// written by the project's one table writer (server/import-export/write-table.ts, safe against formula injection).
import { enumLabel } from '../../schema/enum-labels.js';
import { surveyAreaStatusLabels } from '../../schema/survey-enum-labels.js';
import { toCsv, toXlsx, type TableColumn } from '../import-export/write-table.js';
import type { SurveyRoundModel } from './survey-store.js';

const columns: TableColumn[] = [
  { key: 'ags', de: 'AGS', kind: 'string' },
  { key: 'name', de: 'Gebiet', kind: 'string' },
  { key: 'status', de: 'Stand', kind: 'string' },
  { key: 'email', de: 'E-Mail', kind: 'string' },
  { key: 'openedAt', de: 'Link geöffnet am', kind: 'string' },
  { key: 'submittedAt', de: 'Abgesendet am', kind: 'string' },
  { key: 'linkExpiresAt', de: 'Link gültig bis', kind: 'string' },
  { key: 'linkRevoked', de: 'Link zurückgezogen', kind: 'boolean' },
];

function recordsOf(round: SurveyRoundModel) {
  return round.areas.map((area) => ({
    ags: area.ags,
    name: area.name,
    status: enumLabel(surveyAreaStatusLabels, area.status, 'de'),
    email: area.email,
    openedAt: area.openedAt,
    submittedAt: area.submittedAt,
    linkExpiresAt: area.linkExpiresAt,
    linkRevoked: area.linkRevoked,
  }));
}

export function surveyStatusCsv(round: SurveyRoundModel): Buffer {
  return toCsv(columns, recordsOf(round), 'de');
}

export function surveyStatusXlsx(round: SurveyRoundModel): Promise<Buffer> {
  return toXlsx(columns, recordsOf(round), 'de', 'Stand');
}

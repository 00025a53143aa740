// Parses the data rows of an import file against its template, before anything is asked of the database:
// every cell by its column, required values, the record's key, rules within a row, keys doubled in the file.
import { fieldRules } from '../validation/field-rules.js';
import { enumValues } from './enum-values.js';
import { cellProblem, columnLetter, rowProblem, type CellLocation, type ProblemList } from './import-problems.js';
import type { ColumnMap } from './map-columns.js';
import { cellText, parseCell, type CellValue } from './parse-cell.js';
import type { TableRow } from './read-table.js';
import type { ImportTemplate } from './templates.js';

export interface ParsedRow {
  row: number;
  values: Map<string, CellValue>; // by column key: every importable column of the file, null when empty
  texts: Map<string, string>; // by column key: the cell as written, for messages
}

export interface RowParser {
  template: ImportTemplate;
  map: ColumnMap;
  defaultSource: string | undefined; // the import's --source
}

/** Where a column of a row is, for messages. */
export function locate(parser: RowParser, row: ParsedRow, key: string): CellLocation {
  const column = parser.map.byKey.get(key);
  return { row: row.row, columnIndex: column?.index ?? 0, header: column?.header ?? key };
}

const text = (row: ParsedRow, key: string) => row.texts.get(key) ?? '';

/**
 * How a message names a column: by its header as written in the file (German or English, as the person wrote it),
 * else, for a column the file lacks, by the German header of the template; never by the API's field name alone.
 */
export function columnName(parser: RowParser, key: string): string {
  const column = parser.map.byKey.get(key);
  if (column) return column.header;
  return parser.template.columns.find((candidate) => candidate.key === key)?.de ?? key;
}

function describeColumn(parser: RowParser, key: string): string {
  const column = parser.map.byKey.get(key);
  const spec = parser.template.columns.find((candidate) => candidate.key === key);
  return column ? `${column.header} (column ${columnLetter(column.index)})` : `${key} (${spec?.de ?? key})`;
}

const levels = enumValues('CefrLevel');

function checkWithinRow(parser: RowParser, row: ParsedRow, problems: ProblemList): void {
  const { values } = row;
  const v = (key: string) => values.get(key) ?? null;
  const notAfter = (earlier: string, later: string, what: string) => {
    const a = v(earlier);
    const b = v(later);
    if (typeof a === 'string' && typeof b === 'string' && a > b) {
      problems.add(
        cellProblem(
          'BAD_VALUE',
          locate(parser, row, later),
          text(row, later),
          `is before ${describeColumn(parser, earlier)} ${a}: ${what}`,
        ),
      );
    }
  };
  if (parser.template.location && (values.has('latitude') || values.has('longitude'))) {
    const lat = v('latitude');
    const lon = v('longitude');
    if ((lat === null) !== (lon === null)) {
      const missing = lat === null ? 'latitude' : 'longitude';
      const given = lat === null ? 'longitude' : 'latitude';
      problems.add(
        cellProblem(
          'REQUIRED',
          locate(parser, row, missing),
          text(row, missing),
          `is empty, but ${describeColumn(parser, given)} is given; give both or neither`,
        ),
      );
    } else if (lat !== null) {
      const problem = fieldRules[parser.template.label]?.location?.({ latitude: lat, longitude: lon });
      if (problem) {
        const key = /latitude/.test(problem) ? 'latitude' : 'longitude';
        problems.add(
          cellProblem('BAD_VALUE', locate(parser, row, key), text(row, key), `is not valid: the location ${problem}`),
        );
      }
    }
  }
  if (parser.template.type === 'offers') {
    notAfter('startDate', 'endDate', 'an offer cannot end before it starts');
    notAfter('registrationDeadline', 'endDate', 'registration must close before the offer ends');
    const from = v('languageLevelFrom');
    const to = v('languageLevelTo');
    if (typeof from === 'string' && typeof to === 'string' && levels.indexOf(from) > levels.indexOf(to)) {
      problems.add(
        cellProblem(
          'BAD_VALUE',
          locate(parser, row, 'languageLevelTo'),
          text(row, 'languageLevelTo'),
          `is below ${describeColumn(parser, 'languageLevelFrom')} ${from}`,
        ),
      );
    }
  }
  if (parser.template.type === 'cooperations') notAfter('since', 'until', 'a cooperation cannot end before it begins');
}

/** Fills in the source of the row's key and checks that the row has a key at all. */
function checkKey(parser: RowParser, row: ParsedRow, problems: ProblemList): void {
  const sourceKey = parser.template.keySourceColumn;
  if (!sourceKey) return;
  const id = row.values.get('id') ?? null;
  const externalId = row.values.get('externalId') ?? null;
  if (externalId !== null && (row.values.get(sourceKey) ?? null) === null) {
    if (parser.defaultSource) row.values.set(sourceKey, parser.defaultSource);
    else {
      problems.add(
        cellProblem(
          'REQUIRED',
          locate(parser, row, 'externalId'),
          text(row, 'externalId'),
          `has no source: fill the column ${columnName(parser, sourceKey)} or give the import a source (--source=...)`,
        ),
      );
    }
  }
  if (id === null && externalId === null) {
    problems.add(
      rowProblem(
        'REQUIRED',
        row.row,
        `has neither ${columnName(parser, 'externalId')} nor ${columnName(parser, 'id')}; give one, so that a re-import finds the record again instead of creating it twice`,
      ),
    );
  }
}

function checkGroups(parser: RowParser, row: ParsedRow, problems: ProblemList): void {
  for (const group of parser.template.requireOneOf) {
    const present = group.filter((key) => parser.map.byKey.has(key));
    if (present.length > 0 && present.every((key) => (row.values.get(key) ?? null) === null)) {
      problems.add(
        rowProblem(
          'REQUIRED',
          row.row,
          `names no ${group[0]!.replace(/Id$/, '')}: fill ${present.map((key) => describeColumn(parser, key)).join(' or ')}`,
        ),
      );
    }
  }
}

/** Parses every row; problems go to the list, rows come back even when they have some (for more checks). */
export function parseRows(
  parser: RowParser,
  rows: TableRow[],
  problems: ProblemList,
  onRow?: (done: number) => void,
): ParsedRow[] {
  const parsed: ParsedRow[] = [];
  rows.forEach((tableRow, index) => {
    const row: ParsedRow = { row: tableRow.row, values: new Map(), texts: new Map() };
    for (const column of parser.map.columns) {
      const raw = tableRow.cells[column.index] ?? null;
      const written = cellText(raw);
      row.texts.set(column.spec.key, written);
      const result = parseCell(column.spec, raw);
      const at = { row: row.row, columnIndex: column.index, header: column.header };
      if (!result.ok) {
        problems.add(cellProblem('BAD_VALUE', at, written, result.problem));
        continue;
      }
      row.values.set(column.spec.key, result.value);
      if (column.spec.required && result.value === null) {
        problems.add(
          cellProblem(
            'REQUIRED',
            at,
            written,
            `is empty, but every row of ${parser.template.type} needs ${column.header}`,
          ),
        );
      }
    }
    checkKey(parser, row, problems);
    checkGroups(parser, row, problems);
    checkWithinRow(parser, row, problems);
    parsed.push(row);
    onRow?.(index + 1);
  });
  checkDuplicates(parser, parsed, problems);
  return parsed;
}

function checkDuplicates(parser: RowParser, rows: ParsedRow[], problems: ProblemList): void {
  const sourceKey = parser.template.keySourceColumn;
  if (!sourceKey) return;
  const seenIds = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  for (const row of rows) {
    const id = row.values.get('id');
    if (typeof id === 'string') {
      const first = seenIds.get(id);
      if (first !== undefined)
        problems.add(
          cellProblem(
            'DUPLICATE_KEY',
            locate(parser, row, 'id'),
            text(row, 'id'),
            `occurs twice in the file (rows ${first} and ${row.row}); each record may appear once`,
          ),
        );
      else seenIds.set(id, row.row);
    }
    const externalId = row.values.get('externalId');
    const source = row.values.get(sourceKey);
    if (typeof externalId === 'string' && typeof source === 'string') {
      const key = JSON.stringify([source, externalId]);
      const first = seenKeys.get(key);
      if (first !== undefined) {
        problems.add(
          cellProblem(
            'DUPLICATE_KEY',
            locate(parser, row, 'externalId'),
            text(row, 'externalId'),
            `occurs twice in the file for source "${source}" (rows ${first} and ${row.row}); each record may appear once`,
          ),
        );
      } else seenKeys.set(key, row.row);
    }
  }
}

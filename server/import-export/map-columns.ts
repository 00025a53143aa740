// Matches the header row of a file to a template's columns: English or German headers (and a few aliases), in any
// order and case. Unknown, doubled and missing columns are problems, named with their column letter.
import { cellProblem, columnLetter, fileProblem, type ImportProblem } from './import-problems.js';
import { cellText, type RawCell } from './parse-cell.js';
import type { TableRow } from './read-table.js';
import {
  headerLookup,
  importTemplates,
  importTypes,
  normaliseHeader,
  type ColumnSpec,
  type ImportTemplate,
  type ImportType,
} from './templates.js';

export interface MappedColumn {
  index: number; // 0-based position in the file
  header: string; // as written
  spec: ColumnSpec;
}

export interface ColumnMap {
  columns: MappedColumn[]; // importable columns found in the file
  byKey: Map<string, MappedColumn>;
  width: number; // number of header cells
}

const describe = (spec: ColumnSpec) => `${spec.key} (${spec.de})`;

/** The other import type whose template fits these headers clearly better, if any: a file given the wrong --type. */
function betterType(template: ImportTemplate, headers: string[]): ImportType | undefined {
  const fit = (type: ImportType) => {
    const lookup = headerLookup(importTemplates[type]);
    return headers.filter((header) => lookup.has(header)).length;
  };
  const own = fit(template.type);
  let best: ImportType | undefined;
  let bestFit = own;
  for (const type of importTypes) {
    const n = fit(type);
    if (type !== template.type && n > bestFit && n >= headers.length / 2) {
      best = type;
      bestFit = n;
    }
  }
  return best;
}

export function mapColumns(
  template: ImportTemplate,
  header: RawCell[],
  rows: TableRow[],
): { map: ColumnMap; problems: ImportProblem[] } {
  const lookup = headerLookup(template);
  const problems: ImportProblem[] = [];
  const columns: MappedColumn[] = [];
  const byKey = new Map<string, MappedColumn>();
  const normalised = header.map((cell) => normaliseHeader(cellText(cell)));
  const unknown: number[] = [];

  header.forEach((cell, index) => {
    const text = cellText(cell).trim();
    const at = { row: 1, columnIndex: index, header: text };
    if (text === '') {
      const used = rows.find((row) => {
        const value = row.cells[index];
        return value !== null && value !== undefined && cellText(value).trim() !== '';
      });
      if (used)
        problems.push(
          cellProblem(
            'UNKNOWN_COLUMN',
            { row: used.row, columnIndex: index, header: '' },
            cellText(used.cells[index] ?? null),
            `stands in column ${columnLetter(index)}, which has no name in row 1; name the column or delete it`,
          ),
        );
      return;
    }
    const spec = lookup.get(normalised[index]!);
    if (!spec) {
      unknown.push(index);
      return;
    }
    const earlier = byKey.get(spec.key);
    if (earlier) {
      problems.push(
        cellProblem(
          'DUPLICATE_COLUMN',
          at,
          text,
          `is the column ${describe(spec)} a second time (first in column ${columnLetter(earlier.index)}, "${earlier.header}"); keep one of them`,
        ),
      );
      return;
    }
    const mapped = { index, header: text, spec };
    byKey.set(spec.key, mapped);
    if (!spec.exportOnly) columns.push(mapped);
  });

  if (unknown.length > 0) {
    const other = betterType(
      template,
      normalised.filter((text) => text !== ''),
    );
    const hint = other ? `. This looks like a file of ${other}: import it with --type=${other}` : '';
    const known = template.columns
      .filter((spec) => !spec.exportOnly)
      .map(describe)
      .join(', ');
    for (const index of unknown) {
      const text = cellText(header[index] ?? null).trim();
      problems.push(
        cellProblem(
          'UNKNOWN_COLUMN',
          { row: 1, columnIndex: index, header: text },
          text,
          `is not a column of ${template.type}; the columns are ${known}${hint}`,
        ),
      );
    }
  }

  for (const spec of template.columns) {
    if (spec.required && !byKey.has(spec.key)) {
      problems.push(
        fileProblem(
          'MISSING_COLUMN',
          `The column ${describe(spec)} is missing: every row of ${template.type} needs it`,
          { header: spec.key },
        ),
      );
    }
  }
  const groups = [...template.requireOneOf, ...(template.keySourceColumn ? [['id', 'externalId']] : [])];
  for (const group of groups) {
    if (!group.some((key) => byKey.has(key))) {
      const specs = group.map((key) => template.columns.find((spec) => spec.key === key)!);
      problems.push(
        fileProblem('MISSING_COLUMN', `The file needs one of the columns ${specs.map(describe).join(' or ')}`, {
          header: group.join(', '),
        }),
      );
    }
  }

  const width = header.length;
  for (const row of rows) {
    for (let index = width; index < row.cells.length; index += 1) {
      const value = row.cells[index];
      if (value !== null && value !== undefined && cellText(value).trim() !== '') {
        problems.push(
          cellProblem(
            'EXTRA_CELLS',
            { row: row.row, columnIndex: index, header: '' },
            cellText(value),
            `stands beyond the last named column (${columnLetter(width - 1)}); a delimiter too many in this row, or a column without a name`,
          ),
        );
        break;
      }
    }
  }
  return { map: { columns, byKey, width }, problems };
}

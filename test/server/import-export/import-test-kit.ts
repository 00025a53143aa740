// What the import and export tests share: a test district (99xxx, far away) with its two actors, a source name of
// the test file's own, files built in the test (CSV as text, XLSX with write-excel-file), and a fingerprint of
// everything the test could have written, to show that a refused file wrote nothing.
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import { importFile, type ImportOptions, type ImportReport } from '../../../server/import-export/import-file.js';

export interface Kit {
  server: TestServer;
  place: Place;
  source: string; // unique to the test file
  run(
    fileName: string,
    content: Uint8Array | string,
    options: Omit<ImportOptions, 'source'> & { source?: string | null },
  ): Promise<ImportReport>;
  fingerprint(): Promise<string>;
  close(): Promise<void>;
}

export async function startKit(name: string): Promise<Kit> {
  const server = await startTestServer();
  const place = await createPlace(server);
  const source = uniquePrefix(name);
  const kit: Kit = {
    server,
    place,
    source,
    run(fileName, content, options) {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const { source: given, ...rest } = options;
      return importFile(
        { driver: server.driver, database: server.database },
        { name: fileName, content: bytes },
        { ...rest, source: given === null ? undefined : (given ?? source) },
      );
    },
    async fingerprint() {
      const around = await server.cypher(
        // A breadth-first walk visits each node once; a variable-length MATCH would enumerate every path.
        `MATCH (d:District {ags: $ags}) CALL apoc.path.subgraphNodes(d, { maxLevel: 6 }) YIELD node
         WITH collect(node) AS nodes
         UNWIND nodes AS n OPTIONAL MATCH (n)-[r]-()
         WITH nodes, n, collect(DISTINCT [type(r), properties(r)]) AS rels
         RETURN size(nodes) AS count, collect([properties(n), rels]) AS all`,
        { ags: place.districtAgs },
      );
      const bySource = await server.cypher(
        `MATCH (n) WHERE n.source = $source OR n.importSource = $source
         OPTIONAL MATCH (n)-[r]-() RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels`,
        { source },
      );
      const canonical = (value: unknown) =>
        JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
      const items = (around[0]?.all as unknown[] | undefined)?.map(canonical).sort() ?? [];
      return canonical([around[0]?.count, items, bySource[0]]);
    },
    async close() {
      await server.cypher('MATCH (n) WHERE n.source = $source OR n.importSource = $source DETACH DELETE n', { source });
      await removePlace(server, place);
      await server.close();
    },
  };
  return kit;
}

/** A CSV file from rows of cells: quoted where needed, lines ending in CRLF. */
export function csv(rows: (string | number | null)[][], delimiter = ';'): string {
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

/** An XLSX workbook of one sheet; cells as write-excel-file takes them (strings, numbers, booleans, dates). */
export async function xlsx(rows: unknown[][]): Promise<Buffer> {
  return writeXlsxFile(rows as SheetData, { dateFormat: 'dd.mm.yyyy' }).toBuffer();
}

/** Only the problems' messages, for readable assertions. */
export const messages = (report: ImportReport) => report.problems.map((problem) => problem.message);

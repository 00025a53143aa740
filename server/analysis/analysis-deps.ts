// What every analysis service needs from the server: the driver and the database, and a read through them.
import neo4j, { type Driver } from 'neo4j-driver';

export interface AnalysisDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
}

export function requireDriver(deps: AnalysisDeps): Driver {
  if (!deps.driver) throw new Error('the analysis needs a database driver');
  return deps.driver;
}

/** One read query on a reader (of a cluster), its records as plain objects. */
export async function readRows<T>(deps: AnalysisDeps, query: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await requireDriver(deps).executeQuery(query, params, {
    database: deps.database,
    routing: neo4j.routing.READ,
  });
  return records.map((record) => record.toObject() as T);
}

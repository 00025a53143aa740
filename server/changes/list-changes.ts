// The change history (Query.changes), filtered by entity, author and time, newest first, a page at a time.
import neo4j, { type Driver } from 'neo4j-driver';
import { BadUserInputError, quote } from '../errors.js';

export interface ChangeDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string;
}

export interface ChangesArgs {
  entity?: string | null;
  entityId?: string | null;
  author?: string | null;
  from?: string | null;
  to?: string | null;
  limit?: number | null;
  offset?: number | null;
}

export const maxChangesPage = 500;

function requireDriver(deps: ChangeDeps): Driver {
  if (!deps.driver) throw new Error('the change history needs a database driver');
  return deps.driver;
}

function checkPage(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new BadUserInputError(`${name} must be a whole number from 0 to ${max}, got ${quote(value)}`, {
      field: name,
      value,
    });
  }
  return value;
}

/** An instant as ISO 8601 with a time zone, e.g. 2027-01-31T08:00:00Z: Neo4j's datetime() fails on anything else. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function checkInstant(name: 'from' | 'to', value: unknown): string | null {
  if (value === null || value === undefined) return null;
  // A String argument or a Neo4j DateTime (the DateTime scalar); both print as the text the client sent.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
  const text = String(value);
  if (!isoInstant.test(text) || Number.isNaN(Date.parse(text))) {
    throw new BadUserInputError(
      `${name} must be a date and time with its zone, e.g. 2027-01-31T08:00:00Z, got ${quote(text)}`,
      { field: name, value: text },
    );
  }
  return text;
}

export interface ChangeRecord {
  at: string;
  author: { id: unknown; name: unknown; role: unknown; via: unknown };
  [field: string]: unknown;
}

export async function listChanges(deps: ChangeDeps, args: ChangesArgs): Promise<ChangeRecord[]> {
  const limit = checkPage('limit', args.limit ?? 50, maxChangesPage);
  const offset = checkPage('offset', args.offset ?? 0, 1_000_000);
  const from = checkInstant('from', args.from);
  const to = checkInstant('to', args.to);
  const conditions = [
    args.entity ? 'c.entity = $entity' : undefined,
    args.entityId ? 'c.entityId = $entityId' : undefined,
    args.author ? 'c.authorId = $author' : undefined,
    from ? 'c.at >= datetime($from)' : undefined,
    to ? 'c.at < datetime($to)' : undefined,
  ].filter(Boolean);
  const { records } = await requireDriver(deps).executeQuery(
    `MATCH (c:ChangeEvent) ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     RETURN c ORDER BY c.at DESC, c.seq DESC SKIP $offset LIMIT $limit`,
    {
      entity: args.entity ?? null,
      entityId: args.entityId ?? null,
      author: args.author ?? null,
      from,
      to,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  return records.map((record) => changeRecordOf(record.get('c') as { properties: Record<string, unknown> }));
}

/** A ChangeEvent node as the API's Change. */
export function changeRecordOf(node: { properties: Record<string, unknown> }): ChangeRecord {
  const c = node.properties;
  return {
    ...c,
    at: String(c.at),
    author: { id: c.authorId, name: c.authorName, role: c.authorRole, via: c.authorVia },
    acceptedBy:
      c.acceptedById === undefined || c.acceptedById === null
        ? null
        : { id: c.acceptedById, name: c.acceptedByName, role: c.acceptedByRole, via: c.acceptedByVia },
  };
}

// Offers per category in one pass, by hand-written Cypher: one statement per combination of the filters, so that
// Neo4j plans each without "$x IS NULL OR" branches (a district starts from its municipalities' offers), and per
// selection: the places are summed only when asked for (most callers want the counts alone).
import type { Driver } from 'neo4j-driver';
import type { SessionGate } from '../http/gate-sessions.js';
import { runRead } from './run-read.js';

export interface CategoryCount {
  category: string;
  offers: number;
  capacity?: number; // sum of the known capacities (when asked for)
  freePlaces?: number; // capacity minus booked, never below 0, where capacity is known (when asked for)
}

const counted = `WITH o.category AS category, count(*) AS offers
RETURN category, offers
ORDER BY category`;

const countedWithPlaces = `WITH o, coalesce(o.capacity, 0) - coalesce(o.booked, 0) AS free
WITH o.category AS category, count(*) AS offers, sum(coalesce(o.capacity, 0)) AS capacity,
     sum(CASE WHEN o.capacity IS NULL OR free < 0 THEN 0 ELSE free END) AS freePlaces
RETURN category, offers, capacity, freePlaces
ORDER BY category`;

function statementFor(byStatus: boolean, byDistrict: boolean, withPlaces: boolean): string {
  const match = byDistrict
    ? `MATCH (:District {ags: $districtAgs})<-[:IN_DISTRICT]-(:Municipality)<-[:TAKES_PLACE_IN]-(venued:Offer)
       WITH DISTINCT venued AS o`
    : 'MATCH (o:Offer)';
  return `${match}\n${byStatus ? 'WHERE o.status IN $status\n' : ''}${withPlaces ? countedWithPlaces : counted}`;
}

const statements = new Map<string, string>();

/** `withPlaces`: also the capacity and the free places per category. */
export async function countOffersByCategory(
  driver: Driver,
  database: string | undefined,
  gate: SessionGate | undefined,
  filters: { status?: readonly string[] | null; districtAgs?: string | null },
  withPlaces = true,
): Promise<CategoryCount[]> {
  const byStatus = filters.status !== undefined && filters.status !== null;
  const byDistrict = filters.districtAgs !== undefined && filters.districtAgs !== null;
  const key = `${byStatus}/${byDistrict}/${withPlaces}`;
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = statementFor(byStatus, byDistrict, withPlaces)));
  const records = await runRead(driver, database, gate, statement, {
    status: filters.status ?? null,
    districtAgs: filters.districtAgs ?? null,
  });
  return records.map((record) => record.toObject() as CategoryCount);
}

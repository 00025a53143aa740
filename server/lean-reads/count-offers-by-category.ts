// Offers per category in one pass, by hand-written Cypher: one statement per combination of the filters, so that
// Neo4j plans each without "$x IS NULL OR" branches (a district starts from its municipalities' offers).
import neo4j, { type Driver } from 'neo4j-driver';

export interface CategoryCount {
  category: string;
  offers: number;
  capacity: number; // sum of the known capacities
  freePlaces: number; // capacity minus booked, never below 0, where capacity is known
}

const counted = `WITH o.category AS category, count(*) AS offers, sum(coalesce(o.capacity, 0)) AS capacity,
     sum(CASE WHEN o.capacity IS NULL THEN 0 ELSE apoc.coll.max([0, o.capacity - coalesce(o.booked, 0)]) END) AS freePlaces
RETURN category, offers, capacity, freePlaces
ORDER BY category`;

function statementFor(byStatus: boolean, byDistrict: boolean): string {
  const match = byDistrict
    ? `MATCH (:District {ags: $districtAgs})<-[:IN_DISTRICT]-(:Municipality)<-[:TAKES_PLACE_IN]-(venued:Offer)
       WITH DISTINCT venued AS o`
    : 'MATCH (o:Offer)';
  return `${match}\n${byStatus ? 'WHERE o.status IN $status\n' : ''}${counted}`;
}

const statements = new Map<string, string>();

export async function countOffersByCategory(
  driver: Driver,
  database: string | undefined,
  filters: { status?: readonly string[] | null; districtAgs?: string | null },
): Promise<CategoryCount[]> {
  const byStatus = filters.status !== undefined && filters.status !== null;
  const byDistrict = filters.districtAgs !== undefined && filters.districtAgs !== null;
  const key = `${byStatus}/${byDistrict}`;
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = statementFor(byStatus, byDistrict)));
  const { records } = await driver.executeQuery(
    statement,
    { status: filters.status ?? null, districtAgs: filters.districtAgs ?? null },
    { database, routing: neo4j.routing.READ },
  );
  return records.map((record) => record.toObject() as CategoryCount);
}

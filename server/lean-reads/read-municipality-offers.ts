// The offers of one category whose venue is one municipality, in one hand-written query: the explorer's and the
// partner systems' most frequent read, without the generated translation (issue 17 item 1).
import type { Driver } from 'neo4j-driver';
import type { SessionGate } from '../http/gate-sessions.js';
import { runRead } from './run-read.js';

/** At most this many, first by id: Offer's @limit default, which the generic municipalities { offers } applies too. */
export const municipalityOffersLimit = 100;

/** `projection` is the offer's map projection over `o` (offer-projection.ts). */
export async function readMunicipalityOffers(
  driver: Driver,
  database: string | undefined,
  gate: SessionGate | undefined,
  projection: string,
  ags: string,
  category: string,
): Promise<Record<string, unknown>[]> {
  const records = await runRead(
    driver,
    database,
    gate,
    `MATCH (:Municipality {ags: $ags})<-[:TAKES_PLACE_IN]-(o:Offer {category: $category})
     WITH o ORDER BY o.id LIMIT ${municipalityOffersLimit}
     RETURN ${projection} AS offer`,
    { ags, category },
  );
  return records.map((record) => record.get('offer') as Record<string, unknown>);
}

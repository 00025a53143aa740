// The district's network for the explorer. The API hands out at most 1,000 actors and 1,000 offers per request
// (@limit on the types), so a larger district is read page by page, in a stable order (name, then id).
import { DistrictGraphDocument, type DistrictGraphQuery } from '../generated/graphql';
import { requestGraphQL } from './request-graphql';

const pageSize = 1000; // the @limit maximum of Actor and Offer (schema/actors.graphql, schema/offers.graphql)

export async function loadDistrictGraph(districtAgs: string): Promise<DistrictGraphQuery> {
  let graph = await requestGraphQL(DistrictGraphDocument, { districtAgs, offset: 0 });
  let last = graph;
  for (let offset = pageSize; last.actors.length === pageSize || last.offers.length === pageSize; offset += pageSize) {
    last = await requestGraphQL(DistrictGraphDocument, { districtAgs, offset });
    graph = { ...graph, actors: [...graph.actors, ...last.actors], offers: [...graph.offers, ...last.offers] };
  }
  return graph;
}

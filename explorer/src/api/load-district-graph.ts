// The district's network for the explorer. The API hands out at most 1,000 actors and 1,000 offers per request
// (@limit on the types), so a larger district is read page by page, in a stable order (name, then id).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DistrictData } from '../data/district-model';
import {
  DistrictGraphDocument,
  PublicDistrictGraphDocument,
  type DistrictGraphQuery,
  type DistrictGraphQueryVariables,
  type PublicDistrictGraphQuery,
} from '../generated/graphql';
import { requestGraphQL } from './request-graphql';

const pageSize = 1000; // the @limit maximum of Actor and Offer (schema/actors.graphql, schema/offers.graphql)

/**
 * The staff's graph (with the network analysis and the stored arrangement), or with `publicOnly` the public
 * directory's (state/access.ts): an anonymous visitor or a partner asks only what it may read.
 */
export function loadDistrictGraph(districtAgs: string, publicOnly = false): Promise<DistrictData> {
  return publicOnly
    ? loadPages<PublicDistrictGraphQuery>(PublicDistrictGraphDocument, districtAgs)
    : loadPages<DistrictGraphQuery>(DistrictGraphDocument, districtAgs);
}

async function loadPages<T extends DistrictData>(
  document: TypedDocumentNode<T, DistrictGraphQueryVariables>,
  districtAgs: string,
): Promise<T> {
  let graph = await requestGraphQL(document, { districtAgs, offset: 0 });
  let last = graph;
  for (let offset = pageSize; last.actors.length === pageSize || last.offers.length === pageSize; offset += pageSize) {
    last = await requestGraphQL(document, { districtAgs, offset });
    graph = { ...graph, actors: [...graph.actors, ...last.actors], offers: [...graph.offers, ...last.offers] };
  }
  return graph;
}

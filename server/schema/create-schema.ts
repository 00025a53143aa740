// The executable schema the server serves: the generated API, with every mutation bounded and guarded, dates read
// strictly, search phrases parsed by the project's own grammar, failed update operators named by their field and the
// library's access errors told apart by who asked.
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { findReadRestrictions } from '../auth/read-restrictions.js';
import { defaultSearchLimits, type SearchLimits, type WriteLimits } from '../config.js';
import { buildSchema } from './build-schema.js';
import { guardAccess } from './guard-access.js';
import { guardMutations } from './guard-mutations.js';
import { guardRadius } from './guard-radius.js';
import { guardSearch } from './guard-search.js';
import { limitWrites } from './limit-writes.js';
import { loadTypeDefs } from '../sdl/load-type-defs.js';
import { useStrictDates } from './strict-dates.js';

export interface SchemaOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  writes?: Partial<WriteLimits>; // how much one write may do; defaults in server/config.ts
  search?: Partial<SearchLimits>; // longest search phrase; defaults in server/config.ts
  retentionDays?: number; // days the Papierkorb keeps deleted entities; default in server/config.ts
}

export async function createSchema(options: SchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema(options);
  const search = { ...defaultSearchLimits, ...options.search };
  // Access errors are translated outermost, so that a refusal inside a guarded mutation is translated too; the size
  // of a write is checked before anything else of it runs.
  return guardAccess(
    limitWrites(guardMutations(guardSearch(guardRadius(useStrictDates(schema)), search), options), options.writes),
    findReadRestrictions(loadTypeDefs()),
  );
}

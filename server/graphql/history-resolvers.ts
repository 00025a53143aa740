// History and undo (schema/history.graphql): the role checked, then the history service (server/history/).
import type { Driver } from 'neo4j-driver';
import { coordinatorOnly, requireRole, staff } from '../auth/roles.js';
import { defaultPapierkorb } from '../config.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { listDeleted } from '../history/list-deleted.js';
import { restoreDeleted } from '../history/restore-deleted.js';
import { undoChange } from '../history/undo-change.js';
import type { ResolverContext } from './resolver-context.js';

export interface HistoryResolverDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
  retentionDays?: number; // days the Papierkorb keeps deleted entities; default in server/config.ts
}

function requireDriver(deps: HistoryResolverDeps): Driver {
  if (!deps.driver) throw new Error('the history needs a database driver');
  return deps.driver;
}

export function createHistoryResolvers(deps: HistoryResolverDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'deletedEntities'>;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'undoChange' | 'restoreDeleted'>;
} {
  const service = () => ({ driver: requireDriver(deps), database: deps.database });
  return {
    Query: {
      // The Papierkorb holds the values of needs and notes, as the history does: staff only.
      deletedEntities: (_source, args, context) => {
        requireRole(context.viewer, staff, 'deletedEntities');
        return listDeleted(service(), deps.retentionDays ?? defaultPapierkorb.retentionDays, args);
      },
    },
    Mutation: {
      undoChange: (_source, args, context) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'undoChange');
        return undoChange(service(), viewer, args.id);
      },
      restoreDeleted: (_source, args, context) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'restoreDeleted');
        return restoreDeleted(service(), viewer, args.id);
      },
    },
  };
}

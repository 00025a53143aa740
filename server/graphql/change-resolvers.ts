// Query.changes: the role checked, then the change history.
import { requireRole, staff } from '../auth/roles.js';
import { listChanges, type ChangeDeps } from '../changes/list-changes.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import type { ResolverContext } from './resolver-context.js';

export function createChangeResolvers(deps: ChangeDeps): { Query: Pick<QueryResolvers<ResolverContext>, 'changes'> } {
  return {
    Query: {
      // The history holds the values of needs and notes: staff only.
      changes: (_source, args, context) => {
        requireRole(context.viewer, staff, 'changes');
        return listChanges(deps, args);
      },
    },
  };
}

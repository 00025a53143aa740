// The roles of ../shared/DESIGN.md ("Who may do what") as sets, and the one check every custom resolver and
// HTTP route makes: anonymous callers get UNAUTHENTICATED (they may log in), known callers FORBIDDEN.
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Role, Viewer } from './viewer.js';

/** Roles a token or an API key may carry; anonymous is what a request without credentials is. */
export const grantableRoles = ['coordinator', 'analyst', 'partner'] as const satisfies readonly Role[];
export type GrantableRole = (typeof grantableRoles)[number];

export const everyone: readonly Role[] = ['coordinator', 'analyst', 'partner', 'anonymous'];
/** Needs, networks, monitoring and the analyses that reveal needs. */
export const staff: readonly Role[] = ['coordinator', 'analyst'];
export const coordinatorOnly: readonly Role[] = ['coordinator'];

export function isGrantableRole(value: unknown): value is GrantableRole {
  return typeof value === 'string' && (grantableRoles as readonly string[]).includes(value);
}

/** Throws unless the viewer has one of the roles; `what` names the operation in the message. */
export function requireRole(viewer: Viewer | undefined, roles: readonly Role[], what: string): Viewer {
  const role = viewer?.role ?? 'anonymous';
  if (roles.includes(role)) return viewer!;
  if (role === 'anonymous') {
    throw new UnauthenticatedError(
      `${what} needs a login: send a token (Authorization: Bearer ...) or an API key (x-api-key) of the role ${roles.join(' or ')}`,
      {
        operation: what,
      },
    );
  }
  throw new ForbiddenError(`${what} is not allowed for the role "${role}"; it needs the role ${roles.join(' or ')}`, {
    operation: what,
    role,
  });
}

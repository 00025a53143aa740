// Writes authenticated by the session cookie need the session's CSRF token in the X-CSRF-Token header (a
// synchronizer token: random, bound to the session, read by the explorer from GET /auth/session). A page of another
// site can make the browser send the cookie, but cannot read the token nor set a header on a cross-site request
// without CORS, which this server does not allow. Requests with a token or API key need none: browsers do not
// attach those by themselves.
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { ForbiddenError } from '../errors.js';

export const csrfHeader = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isWrite(req: Request): boolean {
  return !safeMethods.has(req.method);
}

/** Throws FORBIDDEN (reason CSRF_TOKEN_MISSING or CSRF_TOKEN_INVALID) unless `sent` is the session's token. */
export function checkCsrfToken(sent: string | undefined, expected: string): void {
  if (sent === undefined || sent === '')
    throw new ForbiddenError(
      `A write with the session cookie needs the session's CSRF token in the ${csrfHeader} header (GET /auth/session gives it); nothing was written`,
      { reason: 'CSRF_TOKEN_MISSING' },
    );
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    throw new ForbiddenError(
      `The ${csrfHeader} header does not hold this session's CSRF token (GET /auth/session gives it); nothing was written`,
      { reason: 'CSRF_TOKEN_INVALID' },
    );
}

// The login through the county's identity provider: GET /auth/oidc/start (the button "Mit dem Landkreis-Konto
// anmelden" on the login page) sends the browser to the provider; GET /auth/oidc/callback is where the provider
// sends it back, and ends in a session like the password login's (the same cookie, server/http/session-cookie.ts).
// Whatever fails goes back to the login page with a reason the page says in German (login-page.ts, oidcMessages);
// the details go to the log, never to the browser.
import express, { type Request, type Response } from 'express';
import type { AccountStore } from '../auth/accounts.js';
import { attemptSeconds } from '../auth/oidc-attempts.js';
import { OidcLoginError, type OidcClient, type OidcFailure } from '../auth/oidc-login.js';
import { createSession, deleteSession } from '../auth/sessions.js';
import type { Logger } from '../logger.js';
import { safeNext } from './auth-routes.js';
import { readSessionCookie, setSessionCookie } from './session-cookie.js';

export interface OidcRouteOptions {
  oidc: OidcClient;
  store: AccountStore;
  publicUrl: string | undefined; // PUBLIC_URL: the redirect URL's origin when OIDC_REDIRECT_URL is not set
  log: Logger;
}

/** The browser's half of a login begun at the provider (server/auth/oidc-attempts.ts): only this path sees it. */
const attemptCookie = 'bildungsnetz_oidc';
const cookiePath = '/auth/oidc';

function readAttemptCookie(req: Request): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === attemptCookie) return part.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/** SameSite=Lax: the provider's redirect back is a top-level navigation, which carries it. */
function attemptCookieOf(req: Request, value: string, maxAge: number): string {
  return `${attemptCookie}=${value}; Path=${cookiePath}; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${req.secure ? '; Secure' : ''}`;
}

export function createOidcRoutes(options: OidcRouteOptions): express.Router {
  const { oidc, store, log } = options;
  const router = express.Router();

  /** The redirect URL registered at the provider: the setting, else this server's own callback. */
  const redirectUrlOf = (req: Request) =>
    oidc.settings.redirectUrl ??
    `${options.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`}${cookiePath}/callback`;

  const backToLogin = (res: Response, reason: OidcFailure, next: string) =>
    res
      .set('cache-control', 'no-store')
      .redirect(303, `../login?${new URLSearchParams({ fehler: reason, next }).toString()}`);

  const explain = (req: Request, res: Response, error: unknown, next: string) => {
    if (error instanceof OidcLoginError) {
      log.warn({ reason: error.reason, err: error.message, requestId: res.locals.requestId }, 'OIDC login refused');
      return backToLogin(res, error.reason, next);
    }
    log.error({ err: error, path: req.path }, 'OIDC login failed');
    return backToLogin(res, 'OIDC_INVALID', next);
  };

  router.get('/start', async (req, res) => {
    const next = safeNext(req.query.next);
    try {
      const { url, attemptId } = await oidc.begin(redirectUrlOf(req), next);
      res
        .set('cache-control', 'no-store')
        .append('set-cookie', attemptCookieOf(req, attemptId, attemptSeconds))
        .redirect(303, url.href);
    } catch (error) {
      explain(req, res, error, next);
    }
  });

  router.get('/callback', async (req, res) => {
    // The attempt is used up whatever happens: the cookie goes too.
    res.append('set-cookie', attemptCookieOf(req, '', 0));
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const callbackUrl = new URL(`${redirectUrlOf(req).replace(/\?.*$/, '')}${query}`);
    let next = safeNext(undefined);
    try {
      const { account, next: wanted, idToken } = await oidc.finish(callbackUrl, readAttemptCookie(req));
      next = wanted;
      const old = readSessionCookie(req);
      if (old) await deleteSession(store, old);
      const session = await createSession(store, account.name, { idToken });
      setSessionCookie(req, res, session.id);
      log.info({ account: account.name, role: account.role }, 'logged in through the identity provider');
      res.set('cache-control', 'no-store').redirect(303, safeNext(next));
    } catch (error) {
      explain(req, res, error, next);
    }
  });

  return router;
}

/**
 * The logout at the provider after the local one (auth-routes.ts): the URL of the provider's end-session endpoint,
 * which sends the browser back to OIDC_POST_LOGOUT_REDIRECT_URL (default: this server's login page), or undefined.
 */
export function createProviderLogout(
  oidc: OidcClient,
  publicUrl: string | undefined,
): (req: Request, idToken: string) => Promise<string | undefined> {
  return async (req, idToken) => {
    const back =
      oidc.settings.postLogoutRedirectUrl ??
      `${publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`}/auth/login?loggedOut`;
    return (await oidc.endSessionUrl(idToken, back))?.href;
  };
}

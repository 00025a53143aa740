// The login of people: GET /auth/login (the German login page), POST /auth/login (a form, or JSON for scripts and
// tests), POST /auth/logout, GET /auth/session (who is logged in and the CSRF token, for the explorer), and
// GET/POST /auth/password (set a password with a one-time link). A wrong name and a wrong password get the same
// message; a name or address with too many failed logins is refused for a while (limit-login-failures.ts).
import express, { type Request, type Response } from 'express';
import { findLoginAccount, normalizeLoginName, type AccountStore } from '../auth/accounts.js';
import { checkPasswordRules, verifyDecoy, verifyPassword } from '../auth/password-hash.js';
import { findPasswordLink, redeemPasswordLink } from '../auth/password-links.js';
import { createSession, deleteSession, resolveSession } from '../auth/sessions.js';
import type { AccountSettings } from '../config.js';
import { AppError, ErrorCode, ForbiddenError, UnauthenticatedError } from '../errors.js';
import { checkCsrfToken, csrfHeader } from './check-csrf.js';
import type { LoginFailureLimit } from './limit-login-failures.js';
import { oidcMessages, renderLoginPage, renderPasswordPage, type FieldErrors } from './login-page.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.js';

export interface AuthRouteOptions {
  store: AccountStore;
  settings: AccountSettings;
  loginFailures: LoginFailureLimit;
  oidc?: boolean; // the county's identity provider is configured: the login page offers it (oidc-routes.ts)
  /** The provider's end-session URL for a session begun there (oidc-routes.ts, createProviderLogout), if it has one. */
  providerLogout?: (req: Request, idToken: string) => Promise<string | undefined>;
}

const defaultNext = '/explorer/';
const wrongCredentials = 'Anmeldename oder Passwort ist falsch.';

/** Only a path of this server: never another site (an open redirect would make the login page a phishing aid). */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return defaultNext;
  return /\p{Cc}/u.test(next) ? defaultNext : next;
}

/**
 * A form posted from another site (login CSRF: logging the victim in as the attacker) is refused: browsers name
 * the page's origin in the Origin header of every POST.
 */
function checkSameOrigin(req: Request): void {
  const origin = req.get('origin');
  if (origin === undefined || origin === 'null') return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host !== req.get('host'))
    throw new ForbiddenError(`A login form may only be sent from this server's own pages, not from ${origin}`, {
      reason: 'CROSS_ORIGIN',
    });
}

const wantsJson = (req: Request) => req.is('application/json') === 'application/json';

function sendPage(res: Response, status: number, markup: string): void {
  res
    .status(status)
    .set({
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    })
    .type('text/html; charset=utf-8')
    .send(markup);
}

export function createAuthRoutes(options: AuthRouteOptions): express.Router {
  const { store, settings, loginFailures } = options;
  const router = express.Router();
  const bodies = [express.urlencoded({ extended: false, limit: '16kb' }), express.json({ limit: '16kb' })];

  router.get('/login', (req, res) => {
    // A login through the identity provider that did not succeed comes back here with its reason.
    const reason = req.query.fehler;
    const failed = typeof reason === 'string' && Object.hasOwn(oidcMessages, reason) ? oidcMessages[reason] : undefined;
    sendPage(
      res,
      200,
      renderLoginPage({
        next: safeNext(req.query.next),
        notice: req.query.loggedOut !== undefined ? 'Sie sind abgemeldet.' : undefined,
        alert: failed,
        oidc: options.oidc,
      }),
    );
  });

  router.post('/login', ...bodies, async (req, res) => {
    checkSameOrigin(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const rawName = typeof body.name === 'string' ? body.name : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    const json = wantsJson(req);
    const name = normalizeLoginName(rawName);
    const refuse = (status: number, errors: FieldErrors, alert?: string, error?: AppError) => {
      if (json)
        throw (
          error ??
          new UnauthenticatedError(errors.name ?? errors.password ?? wrongCredentials, { reason: 'LOGIN_FAILED' })
        );
      sendPage(res, status, renderLoginPage({ next, name: rawName, errors, alert, oidc: options.oidc }));
    };
    if (name === '' || password === '') {
      const errors: FieldErrors = {
        ...(name === '' ? { name: 'Bitte geben Sie Ihren Anmeldenamen ein.' } : {}),
        ...(password === '' ? { password: 'Bitte geben Sie Ihr Passwort ein.' } : {}),
      };
      return refuse(
        400,
        errors,
        undefined,
        new AppError(ErrorCode.BAD_USER_INPUT, errors.name ?? errors.password!, { reason: 'LOGIN_INCOMPLETE' }),
      );
    }
    const throttled = await loginFailures.check(req, name);
    if (throttled) {
      res.set('retry-after', String(throttled.extensions.retryAfterSeconds));
      return refuse(429, {}, throttled.message, throttled);
    }
    const account = await findLoginAccount(store, name);
    const matches = account?.passwordHash
      ? await verifyPassword(account.passwordHash, password)
      : await verifyDecoy(password);
    if (!account || !matches) {
      await loginFailures.record(req, name);
      return refuse(401, { password: wrongCredentials });
    }
    if (account.disabled) {
      const message = 'Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Bildungskoordination.';
      return refuse(403, {}, message, new ForbiddenError(message, { reason: 'ACCOUNT_DISABLED' }));
    }
    await loginFailures.clear(name);
    const old = readSessionCookie(req);
    if (old) await deleteSession(store, old);
    const session = await createSession(store, account.name);
    setSessionCookie(req, res, session.id);
    if (json) {
      res.set('cache-control', 'no-store').json({
        loggedIn: true,
        user: { name: account.name, displayName: account.displayName, role: account.role, actorId: account.actorId },
        csrfToken: session.csrfToken,
      });
      return;
    }
    res.redirect(303, next);
  });

  router.post('/logout', ...bodies, async (req, res) => {
    const id = readSessionCookie(req);
    let atProvider: string | undefined;
    if (id) {
      // A session that has ended anyway needs no token to be logged out of.
      const session = await resolveSession(store, id, settings).catch((error: unknown) => {
        if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) return undefined;
        throw error;
      });
      if (session) {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const sent = req.get(csrfHeader) ?? (typeof body.csrfToken === 'string' ? body.csrfToken : undefined);
        checkCsrfToken(sent, session.csrfToken);
      }
      // The local session ends first, always; then the provider's, for a session begun there.
      const { idToken } = await deleteSession(store, id);
      if (idToken && options.providerLogout) atProvider = await options.providerLogout(req, idToken);
    }
    clearSessionCookie(req, res);
    if (wantsJson(req) || req.get(csrfHeader) !== undefined)
      res
        .set('cache-control', 'no-store')
        .json({ loggedIn: false, ...(atProvider ? { endSessionUrl: atProvider } : {}) });
    else res.set('cache-control', 'no-store').redirect(303, atProvider ?? 'login?loggedOut');
  });

  router.get('/session', async (req, res) => {
    res.set('cache-control', 'no-store');
    const id = readSessionCookie(req);
    const loginUrl = 'login';
    if (!id) return void res.json({ loggedIn: false, loginUrl });
    const session = await resolveSession(store, id, settings).catch((error: unknown) => {
      if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) return error;
      throw error;
    });
    if (session instanceof AppError) {
      clearSessionCookie(req, res);
      return void res.json({ loggedIn: false, reason: session.extensions.reason, loginUrl });
    }
    const { viewer } = session;
    res.json({
      loggedIn: true,
      user: { name: viewer.id, displayName: viewer.name, role: viewer.role, actorId: viewer.actorId ?? null },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
    });
  });

  router.get('/password', async (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const account = token ? await findPasswordLink(store, token) : undefined;
    res.set('referrer-policy', 'no-referrer');
    sendPage(
      res,
      account ? 200 : 404,
      renderPasswordPage({ token, displayName: account?.displayName, loginName: account?.name }),
    );
  });

  router.post('/password', ...bodies, async (req, res) => {
    checkSameOrigin(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' ? body.token : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const repeat = typeof body.repeat === 'string' ? body.repeat : '';
    const account = token ? await findPasswordLink(store, token) : undefined;
    if (!account) return sendPage(res, 404, renderPasswordPage({ token }));
    const again = (errors: FieldErrors) =>
      sendPage(
        res,
        400,
        renderPasswordPage({ token, displayName: account.displayName, loginName: account.name, errors }),
      );
    try {
      checkPasswordRules(password);
    } catch (error) {
      return again({ password: (error as Error).message });
    }
    if (password !== repeat) return again({ repeat: 'Die beiden Passwörter sind nicht gleich.' });
    const name = await redeemPasswordLink(store, token, password);
    const session = await createSession(store, name);
    setSessionCookie(req, res, session.id);
    res.redirect(303, `..${defaultNext}`);
  });

  return router;
}

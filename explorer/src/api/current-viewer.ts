// Who the explorer is logged in as: the session of the login page (GET /auth/session, with the cookie), or a token
// handed over in a #token= link (session-token.ts, for analysts' tools and the tests). For display only: every route
// checks the role itself. The session's CSRF token goes with every POST (request-graphql.ts, upload-import.ts).
import { sessionToken } from './session-token';

export interface CurrentViewer {
  role: 'coordinator' | 'analyst' | 'partner' | 'anonymous';
  id: string;
  name: string;
  via: 'session' | 'token' | 'none'; // how the explorer is logged in
  actorId?: string; // a partner's own Actor (the only provider whose offers it may edit)
}

const anonymous: CurrentViewer = { role: 'anonymous', id: 'anonymous', name: 'anonymous', via: 'none' };

const base = new URL(import.meta.env.BASE_URL, window.location.origin);
export const meUrl = new URL('../auth/me', base).toString();
export const sessionUrl = new URL('../auth/session', base).toString();
export const logoutUrl = new URL('../auth/logout', base).toString();

/** The login page, returning to this very view (path, query and fragment) after the login. */
export function loginHref(): string {
  const url = new URL('../auth/login', base);
  url.searchParams.set('next', `${window.location.pathname}${window.location.search}${window.location.hash}`);
  return url.toString();
}

let csrf: string | undefined;
let loaded: Promise<CurrentViewer> | undefined;

/** The session's CSRF token, once the viewer is loaded; undefined without a session. */
export function csrfToken(): string | undefined {
  return csrf;
}

async function loadViewer(): Promise<CurrentViewer> {
  const token = sessionToken();
  try {
    if (token) {
      const response = await fetch(meUrl, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) return anonymous;
      return { ...((await response.json()) as Omit<CurrentViewer, 'via'>), via: 'token' };
    }
    const response = await fetch(sessionUrl, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) return anonymous;
    const session = (await response.json()) as {
      loggedIn: boolean;
      user?: { name: string; displayName: string; role: CurrentViewer['role']; actorId?: string | null };
      csrfToken?: string;
    };
    if (!session.loggedIn || !session.user) return anonymous;
    csrf = session.csrfToken;
    return {
      role: session.user.role,
      id: session.user.name,
      name: session.user.displayName,
      via: 'session',
      actorId: session.user.actorId ?? undefined,
    };
  } catch {
    return anonymous;
  }
}

/** The viewer, asked once per page: the GraphQL requests wait for it to send the CSRF token. */
export function fetchCurrentViewer(): Promise<CurrentViewer> {
  loaded ??= loadViewer();
  return loaded;
}

/**
 * Ends the login: the session on the server (with its CSRF token), or the tab's token; then reloads. A session from
 * the county's identity provider ends there too: the server names the provider's end-session page, which sends the
 * browser back to the login page.
 */
export async function logOut(viewer: CurrentViewer): Promise<void> {
  let endSessionUrl: string | undefined;
  if (viewer.via === 'session')
    endSessionUrl = await fetch(logoutUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': csrf ?? '', accept: 'application/json' },
    })
      .then((response) => response.json() as Promise<{ endSessionUrl?: string }>)
      .then((body) => body.endSessionUrl)
      .catch(() => undefined);
  sessionStorage.removeItem('bildungsnetz.token');
  if (endSessionUrl) window.location.assign(endSessionUrl);
  else window.location.reload();
}

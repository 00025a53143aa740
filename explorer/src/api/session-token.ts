// The explorer's login: a token handed over in the link (#token=..., as `npm start` prints it) or pasted in, kept
// in sessionStorage for this tab only, and sent with every request. The link's fragment never reaches a server;
// it is removed from the address bar at once, so that copied links do not carry the token.
const storageKey = 'bildungsnetz.token';

/** Moves a token from the location's #token=... into sessionStorage. */
export function takeTokenFromLocation(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (!match) return;
  sessionStorage.setItem(storageKey, decodeURIComponent(match[1]!));
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
}

export function sessionToken(): string | undefined {
  return sessionStorage.getItem(storageKey) ?? undefined;
}

export function logIn(token: string): void {
  sessionStorage.setItem(storageKey, token.trim().replace(/^Bearer\s+/i, ''));
}

export function logOut(): void {
  sessionStorage.removeItem(storageKey);
}

/** Asks for a token (the coordinator gets one from `npm run token` or the identity provider) and reloads. */
export function promptLogIn(message: string): void {
  const token = window.prompt(message);
  if (!token?.trim()) return;
  logIn(token);
  window.location.reload();
}

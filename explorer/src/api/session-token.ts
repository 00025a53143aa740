// A token handed over in a link (#token=..., e.g. from `npm run token` for a tool or a test), kept in sessionStorage
// for this tab only and sent with every request instead of the session cookie. People log in on the login page
// instead (current-viewer.ts). The link's fragment never reaches a server; it is removed from the address bar at
// once, so that copied links do not carry the token.
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

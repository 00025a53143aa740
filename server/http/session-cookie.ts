// The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent with cross-site POSTs, sent when a link
// from elsewhere is followed), Secure when the request came over HTTPS (directly or, with TRUST_PROXY, through a
// proxy that says so), Path=/ so that every route and every tab shares it. No Max-Age: the browser forgets it when it
// closes; the server ends it anyway (server/auth/sessions.ts).
import type { Request, Response } from 'express';

export const sessionCookieName = 'bildungsnetz_session';

/** The session cookie's value, if the request carries one (the first, should there be several). */
export function readSessionCookie(req: Request): string | undefined {
  const header = req.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== sessionCookieName) continue;
    const value = part.slice(at + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

function attributesOf(req: Request): string {
  return `Path=/; HttpOnly; SameSite=Lax${req.secure ? '; Secure' : ''}`;
}

export function setSessionCookie(req: Request, res: Response, id: string): void {
  res.append('set-cookie', `${sessionCookieName}=${id}; ${attributesOf(req)}`);
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append('set-cookie', `${sessionCookieName}=; ${attributesOf(req)}; Max-Age=0`);
}

// Who is asking: the one value every part of the server reads to decide what a request may do and to record who
// changed what. Set per request by the HTTP layer (server/http/create-app.ts); scripts (seed, import) use
// systemViewer.
export type Role = 'coordinator' | 'analyst' | 'partner' | 'anonymous';

export interface Viewer {
  role: Role;
  id: string; // JWT subject, API key id, login name of an account, script name, or "anonymous"
  name: string; // shown in the change history
  via: 'jwt' | 'api-key' | 'session' | 'system' | 'none'; // how the identity was established (session: a login's cookie)
  actorId?: string; // a partner's own Actor: the only provider whose offers it may write
  source?: string; // a partner's own source: the only one it may push offers under (server/auth/partner-source.ts)
}

export const anonymousViewer: Viewer = { role: 'anonymous', id: 'anonymous', name: 'anonymous', via: 'none' };

/** A script of the project (seed, import, snapshot job) acting with the coordinator's rights. */
export function systemViewer(script: string): Viewer {
  return { role: 'coordinator', id: script, name: script, via: 'system' };
}

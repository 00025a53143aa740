// Who the explorer is logged in as (GET /auth/me), to offer only what the role may do. For display only: every
// route checks the role itself.
import { sessionToken } from './session-token';

export interface CurrentViewer {
  role: 'coordinator' | 'analyst' | 'partner' | 'anonymous';
  id: string;
  name: string;
}

const anonymous: CurrentViewer = { role: 'anonymous', id: 'anonymous', name: 'anonymous' };

export const meUrl = new URL('../auth/me', new URL(import.meta.env.BASE_URL, window.location.origin)).toString();

/** The viewer of the session's token; anonymous without a token or when the server cannot say. */
export async function fetchCurrentViewer(): Promise<CurrentViewer> {
  const token = sessionToken();
  if (!token) return anonymous;
  try {
    const response = await fetch(meUrl, { headers: { authorization: `Bearer ${token}` } });
    return response.ok ? ((await response.json()) as CurrentViewer) : anonymous;
  } catch {
    return anonymous;
  }
}

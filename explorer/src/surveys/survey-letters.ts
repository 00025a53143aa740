// The printable letters of a round (POST /surveys/letters.html or .pdf, coordinator): each with an area's link and its
// QR code. The server makes them from the links the explorer sends, because it keeps only the links' hashes; it
// checks that each is a working link of the round. The HTML opens in a new tab to print, the PDF is saved.
import { csrfToken, fetchCurrentViewer } from '../api/current-viewer';
import { sessionToken } from '../api/session-token';
import { download } from '../export/download';

const base = new URL(import.meta.env.BASE_URL, window.location.origin);

async function fetchLetters(kind: 'html' | 'pdf', roundId: string, tokens: string[]): Promise<Response> {
  await fetchCurrentViewer(); // the session's CSRF token
  const token = sessionToken();
  const csrf = csrfToken();
  const response = await fetch(new URL(`../surveys/letters.${kind}`, base), {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : csrf ? { 'x-csrf-token': csrf } : {}),
    },
    body: JSON.stringify({ roundId, tokens }),
  });
  if (!response.ok) throw new Error(`${response.status} ${(await response.text()).slice(0, 300)}`);
  return response;
}

/** Opens the letters as a page in a new tab (opened at the click, so that no popup blocker stops it). */
export async function openLetters(roundId: string, tokens: string[]): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await (await fetchLetters('html', roundId, tokens)).blob();
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    else window.location.href = url;
  } catch (error) {
    tab?.close();
    throw error;
  }
}

export async function downloadLetters(roundId: string, tokens: string[], fileName: string): Promise<void> {
  download(await (await fetchLetters('pdf', roundId, tokens)).blob(), fileName);
}

// Reports (/reports/...) are for staff. A plain link cannot send the session's token in a header, and a token in
// the address would land in logs and browser history, so the explorer fetches the report with the token and hands
// the file to the browser as a download. The link stays a real link (its href names the report).
import { sessionToken } from './session-token';

/** Fetches the link's report with the session's token and saves it; the link shows that it is busy meanwhile. */
export async function downloadReport(link: HTMLAnchorElement): Promise<void> {
  if (link.getAttribute('aria-busy') === 'true') return;
  link.setAttribute('aria-busy', 'true');
  try {
    const token = sessionToken();
    const response = await fetch(link.href, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new Error(`${response.status} ${(await response.text()).slice(0, 300)}`);
    const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'bericht.pdf';
    const url = URL.createObjectURL(await response.blob());
    const save = document.createElement('a');
    save.href = url;
    save.download = name;
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    window.alert(`${link.textContent ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    link.removeAttribute('aria-busy');
  }
}

/** Click handler for report links: the download goes through downloadReport. */
export function onReportClick(event: MouseEvent): void {
  event.preventDefault();
  void downloadReport(event.currentTarget as HTMLAnchorElement);
}

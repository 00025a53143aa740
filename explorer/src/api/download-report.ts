// Reports (/reports/...) are for staff. The session cookie goes with any request; a #token= link's token cannot be
// sent by a plain link, and a token in the address would land in logs and browser history, so the explorer fetches
// the report (with the token, if any) and hands
// it to the browser: a PDF as a download, an HTML report in a new tab (the reports are self-contained pages).
// The links stay real links: their href names the report.
import { sessionToken } from './session-token';

async function fetchReport(link: HTMLAnchorElement): Promise<{ blob: Blob; fileName: string }> {
  const token = sessionToken();
  const response = await fetch(link.href, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${response.status} ${(await response.text()).slice(0, 300)}`);
  const fileName = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'bericht';
  return { blob: await response.blob(), fileName };
}

async function withBusyLink(
  link: HTMLAnchorElement,
  work: () => Promise<void>,
  onError: () => void = () => undefined,
): Promise<void> {
  if (link.getAttribute('aria-busy') === 'true') return;
  link.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (error) {
    onError();
    window.alert(`${link.textContent ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    link.removeAttribute('aria-busy');
  }
}

/** Fetches the link's report with the session's token and saves it. */
export function downloadReport(link: HTMLAnchorElement): Promise<void> {
  return withBusyLink(link, async () => {
    const { blob, fileName } = await fetchReport(link);
    const url = URL.createObjectURL(blob);
    const save = document.createElement('a');
    save.href = url;
    save.download = fileName;
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
}

/** Fetches the link's HTML report with the session's token and shows it in a new tab. */
export function openReport(link: HTMLAnchorElement): Promise<void> {
  // Opened now, while the click counts as the person's own action (popup blockers), and filled when the report is here.
  const tab = window.open('', '_blank');
  return withBusyLink(
    link,
    async () => {
      const { blob } = await fetchReport(link);
      const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
      if (tab) tab.location.href = url;
      else window.location.href = url;
    },
    () => tab?.close(),
  );
}

/** Click handler of report links: links with a download attribute save the file, the others open it. */
export function onReportClick(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  void (link.hasAttribute('download') ? downloadReport(link) : openReport(link));
}

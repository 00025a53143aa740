// Uploads a spreadsheet to POST /import/:type (server/http/import-routes.ts) with the login's cookie and CSRF token
// (or a #token= link's token). Through
// XMLHttpRequest rather than fetch: it reports how much of the file has been sent, for the progress bar.
import { csrfToken } from './current-viewer';
import { sessionToken } from './session-token';

export type ImportType = 'actors' | 'offers' | 'needs' | 'cooperations' | 'outcomes';

/** The server's ImportReport (server/import-export/import-file.ts), as far as the dialog shows it. */
export interface ImportReport {
  type: ImportType;
  fileName: string;
  format?: 'csv' | 'xlsx';
  dryRun: boolean;
  ok: boolean;
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  outcomes: { row: number; action: 'create' | 'update' | 'unchanged'; key: string; fields: string[] }[];
  problems: { reason: string; message: string; row?: number; column?: string; header?: string; value?: string }[];
  moreProblems: number;
}

export interface UploadOptions {
  type: ImportType;
  source: string; // may be empty: then every row needs a source of its own
  dryRun: boolean;
  onSent?: (sent: number, total: number) => void; // bytes of the file sent so far
}

export const importUrl = (type: ImportType) =>
  new URL(`../import/${type}`, new URL(import.meta.env.BASE_URL, window.location.origin));

/** The report (accepted or refused); throws with the server's message when the request itself was refused. */
export function uploadImport(file: File, options: UploadOptions): Promise<ImportReport> {
  const url = importUrl(options.type);
  url.searchParams.set('dryRun', String(options.dryRun));
  url.searchParams.set('source', options.source.trim());
  const token = sessionToken();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    const csrf = csrfToken();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    else if (csrf) request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) =>
      options.onSent?.(event.loaded, event.lengthComputable ? event.total : file.size);
    // A small file may be sent before any progress event: the end of the upload is reported either way.
    request.upload.onload = () => options.onSent?.(file.size, file.size);
    request.onerror = () => reject(new Error('The server could not be reached'));
    request.onload = () => {
      let body: (ImportReport & { errors?: { message: string }[] }) | undefined;
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        reject(new Error(`${request.status} ${request.responseText.slice(0, 300)}`));
        return;
      }
      if (body?.errors?.[0]) reject(new Error(body.errors[0].message));
      else if (body && (request.status === 200 || request.status === 422)) resolve(body);
      else reject(new Error(`The server answered ${request.status}`));
    };
    request.send(file);
  });
}

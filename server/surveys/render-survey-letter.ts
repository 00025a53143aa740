// The printable letter to an area: the round, the deadline, the link as text and as a QR code (SVG, by the qrcode
// package), whom to ask. One page per area, A4, German; HTML to print and, through Chromium, PDF.
import QRCode from 'qrcode';
import { formatGermanDate } from '../../shared/german/format-german-date.js';
import { offerCategoryLabels } from '../../schema/enum-labels.js';
import { html, trustedHtml } from '../html/safe-html.js';
import { contactLine } from './survey-mail.js';
import type { SurveyRoundModel } from './survey-store.js';

export interface SurveyLetter {
  areaName: string;
  url: string;
}

const style = trustedHtml(`<style>
  @page { size: A4; margin: 25mm 20mm; }
  body { font-family: system-ui, sans-serif; font-size: 11pt; line-height: 1.5; color: #111; }
  .letter { page-break-after: always; break-after: page; }
  .letter:last-child { page-break-after: auto; break-after: auto; }
  .link { font-family: ui-monospace, monospace; font-size: 10pt; word-break: break-all; }
  .qr svg { width: 42mm; height: 42mm; }
  h1 { font-size: 14pt; }
</style>`);

export async function renderSurveyLetters(round: SurveyRoundModel, letters: SurveyLetter[]): Promise<string> {
  const pages = [];
  for (const letter of letters) {
    // The QR code's SVG is made by the qrcode package from the link alone: no data of ours goes in as markup.
    const svg = await QRCode.toString(letter.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    pages.push(
      html`<section class="letter">
        <p>An: ${letter.areaName}</p>
        <h1>Bedarfsabfrage „${round.title}“</h1>
        <p>Sehr geehrte Damen und Herren,</p>
        <p>
          wir bitten Sie um Ihre Angaben zu den Bildungsbedarfen von Neuzugewanderten in ${letter.areaName} und zu den
          Angeboten von Ehrenamtlichen und Initiativen vor Ort
          (${round.categories.map((category) => offerCategoryLabels[category][0]).join(', ')}). Bitte füllen Sie das
          Formular bis zum <strong>${formatGermanDate(round.deadline)}</strong> aus; Sie können Entwürfe speichern und
          später weitermachen.
        </p>
        ${round.message && html`<p>${round.message}</p>`}
        <p>Ihr persönlicher Link (gültig bis zum ${formatGermanDate(round.closesOn)}, nur für ${letter.areaName}):</p>
        <p class="link">${letter.url}</p>
        <div class="qr" role="img" aria-label="QR-Code mit dem Link">${trustedHtml(svg)}</div>
        <p>Bei Fragen: ${contactLine(round)}</p>
        <p>Mit freundlichen Grüßen<br />${round.contactName}</p>
      </section>`,
    );
  }
  return html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <title>Anschreiben Bedarfsabfrage ${round.title}</title>
        ${style}
      </head>
      <body>
        ${pages}
      </body>
    </html>`.toString();
}

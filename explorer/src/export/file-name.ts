// The names exported files are saved under: what (German), the district, the day, e.g.
// "Angebote_Landkreis-Nienburg-Weser_2026-12-05.xlsx". The date stays in the form YYYY-MM-DD in file names (DIN
// 5008 allows it), because files then sort by date in every folder listing; TT.MM.JJJJ would sort by the day of
// the month. Letters are folded to ASCII (ä → ae, ß → ss), so that the name survives e-mail and zip programs.
import type { AppContext } from '../state/app-context';

/** A part of a file name: umlauts and ß written out, everything but letters and digits a hyphen. */
export function fileSlug(text: string): string {
  return text
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('Ä', 'Ae')
    .replaceAll('Ö', 'Oe')
    .replaceAll('Ü', 'Ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The district's name as the explorer knows it ("Landkreis Nienburg/Weser"), else its key. */
export function districtNameOf(ctx: Pick<AppContext, 'districts' | 'model'>): string {
  return ctx.districts.find((d) => d.ags === ctx.model.districtAgs)?.name ?? ctx.model.districtAgs;
}

/** "Angebote_Landkreis-Nienburg-Weser_2026-12-05.csv"; parts (a category, a radius) go between what and where. */
export function exportFileName(
  ctx: Pick<AppContext, 'districts' | 'model' | 'today'>,
  what: string[],
  extension: 'csv' | 'xlsx' | 'png',
): string {
  return [...what, districtNameOf(ctx), ctx.today].map(fileSlug).join('_') + `.${extension}`;
}

// The texts drawn into an exported picture, read from what the page shows beside the canvas: the legend strip,
// the figures over the canvas, the filters that are set, the map's attribution. Reading them from the page keeps
// the picture's words the very words the coordinator saw (and their translations).
import type { AppContext } from '../state/app-context';
import type { LegendEntry, PictureTexts } from './canvas-png';
import { districtNameOf } from './file-name';
import { formatDate } from '../ui/dom';

const words = {
  network: ['Kooperationsnetz', 'Cooperation network'],
  map: ['Karte', 'Map'],
  asOf: ['Stand', 'As of'],
  source: ['Quelle: Bildungsnetz', 'Source: Bildungsnetz'],
  radius: ['Radius', 'Radius'],
} as const;

const transparent = (colour: string) => !colour || colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);

/** The legend's entries: each swatch's colour (its fill, else its line) and its label; notes without a colour. */
export function readLegend(): LegendEntry[] {
  return [...document.querySelectorAll<HTMLLIElement>('#legend li')].map((item) => {
    const label = (item.textContent ?? '').trim();
    const swatch = item.querySelector<HTMLElement>('span[class*="swatch"]');
    if (!swatch) return { colour: null, label };
    const style = getComputedStyle(swatch);
    const colour = [style.backgroundColor, style.borderTopColor, style.borderColor].find((c) => !transparent(c));
    return { colour: colour ?? '#ffffff', label };
  });
}

/** The filters that are set, as "Label: Wert". */
export function readFilters(): string[] {
  const filters: string[] = [];
  for (const select of document.querySelectorAll<HTMLSelectElement>('.filters select')) {
    if (!select.value || select.closest('[hidden]')) continue;
    const label = document.querySelector(`label[for="${select.id}"]`)?.textContent?.trim() ?? '';
    filters.push(`${label}: ${select.selectedOptions[0]?.textContent?.trim() ?? select.value}`);
  }
  for (const box of document.querySelectorAll<HTMLInputElement>('.filters input[type="checkbox"]:checked')) {
    if (box.closest('[hidden]')) continue;
    filters.push(document.querySelector(`label[for="${box.id}"]`)?.textContent?.trim() ?? '');
  }
  return filters.filter(Boolean);
}

/** The figures over the canvas, without the "Wie berechnet?" disclosure. */
function readFigures(): string {
  const stats = document.getElementById('stats');
  if (!stats) return '';
  const copy = stats.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.explain').forEach((explain) => explain.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function pictureTexts(ctx: AppContext, view: 'network' | 'map'): PictureTexts {
  const lang = ctx.lang === 'de' ? 0 : 1;
  const district = districtNameOf(ctx);
  const date = formatDate(ctx.today, ctx.lang);
  const filters = readFilters();
  if (view === 'map') filters.push(`${words.radius[lang]}: ${ctx.state.radius} km`);
  const attribution = document.querySelector('[data-testid="map-attribution"]')?.textContent?.trim();
  return {
    title: `${words[view][lang]} – ${district}`,
    subtitle: `${words.asOf[lang]}: ${date}`,
    figures: readFigures(),
    filters,
    legend: readLegend(),
    source: `${words.source[lang]} (${district}), ${words.asOf[lang]} ${date}`,
    attribution: view === 'map' && attribution ? attribution : undefined,
  };
}

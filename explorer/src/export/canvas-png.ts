// The network or the map as a PNG that stands on its own: the picture with a title, the district and the date
// (TT.MM.JJJJ), the figures shown over it, the active filters above it, and under it the legend, the source and,
// for the map, the outlines' attribution, all drawn into the image. The map's outlines and labels are SVG layers
// beside Cytoscape's canvas; they are drawn into the image too, under and over Cytoscape's picture of the viewport.
import type { Core } from 'cytoscape';

export interface LegendEntry {
  colour: string | null; // the swatch's colour; null: a line of text only
  label: string;
}

export interface PictureTexts {
  title: string;
  subtitle: string; // district and date
  figures: string; // the figures over the canvas
  filters: string[]; // "Kategorie: Integrationskurs", …
  legend: LegendEntry[];
  source: string;
  attribution?: string;
}

const scale = 2; // the picture at twice the screen's pixels, for print
const margin = 24 * scale;
const ink = '#1f2937';
const muted = '#475569';
const font = (px: number, weight = 400) => `${weight} ${px * scale}px system-ui, 'Segoe UI', Roboto, sans-serif`;

/** The lines a text takes at a width, broken at spaces. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const svgStyleProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'paint-order',
  'text-anchor',
  'dominant-baseline',
  'display',
  'visibility',
];

/** An SVG layer as an image: a copy with the computed styles written onto its elements (CSS stays behind). */
async function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    const target = copies[i] as SVGElement;
    target.setAttribute('style', svgStyleProperties.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'));
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

async function blobImage(blob: Blob): Promise<ImageBitmap> {
  return createImageBitmap(blob);
}

/**
 * The picture of a Cytoscape canvas: the whole graph (the network), or the viewport with the SVG layers under
 * and over it (the map: `under` the outlines, `over` the labels).
 */
async function drawGraph(
  cy: Core,
  layers: { under?: SVGSVGElement | null; over?: SVGSVGElement | null },
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  if (!layers.under && !layers.over) {
    const image = await blobImage(
      await cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise', maxWidth: 4000 }),
    );
    canvas.width = image.width;
    canvas.height = image.height;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0);
    return canvas;
  }
  const width = cy.width();
  const height = cy.height();
  canvas.width = width * scale;
  canvas.height = height * scale;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (layers.under) context.drawImage(await svgImage(layers.under, width, height), 0, 0, canvas.width, canvas.height);
  const graph = await blobImage(await cy.png({ full: false, scale, output: 'blob-promise' }));
  context.drawImage(graph, 0, 0, canvas.width, canvas.height);
  if (layers.over) context.drawImage(await svgImage(layers.over, width, height), 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The composed picture as a PNG blob. */
export async function composePicture(
  cy: Core,
  texts: PictureTexts,
  layers: { under?: SVGSVGElement | null; over?: SVGSVGElement | null } = {},
): Promise<Blob> {
  const graph = await drawGraph(cy, layers);
  const width = Math.max(graph.width, 1000 * scale);
  const inner = width - 2 * margin;
  const measure = document.createElement('canvas').getContext('2d')!;

  // The header: title, subtitle, figures, filters.
  measure.font = font(13);
  const figureLines = texts.figures ? wrap(measure, texts.figures, inner) : [];
  const filterText = texts.filters.length > 0 ? `Filter: ${texts.filters.join(' · ')}` : '';
  const filterLines = filterText ? wrap(measure, filterText, inner) : [];
  const line = 18 * scale;
  const headerHeight = margin + 26 * scale + 20 * scale + (figureLines.length + filterLines.length) * line + margin / 2;

  // The legend in columns, then source and attribution.
  const columnWidth = 250 * scale;
  const columns = Math.max(1, Math.floor(inner / columnWidth));
  const swatches = texts.legend.filter((e) => e.colour);
  const notes = texts.legend.filter((e) => !e.colour).map((e) => e.label);
  measure.font = font(12);
  const noteLines = notes.flatMap((note) => wrap(measure, note, inner));
  const footLines = [texts.source, ...(texts.attribution ? [texts.attribution] : [])].flatMap((text) =>
    wrap(measure, text, inner),
  );
  const legendRows = Math.ceil(swatches.length / columns);
  const footerHeight = margin / 2 + (legendRows + noteLines.length + footLines.length) * line + line + margin;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = headerHeight + graph.height + footerHeight;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'top';

  let y = margin;
  context.fillStyle = ink;
  context.font = font(22, 700);
  context.fillText(texts.title, margin, y);
  y += 26 * scale;
  context.fillStyle = muted;
  context.font = font(14);
  context.fillText(texts.subtitle, margin, y);
  y += 20 * scale;
  context.font = font(13);
  context.fillStyle = ink;
  const writeLines = (lines: string[]) => {
    for (const text of lines) {
      context.fillText(text, margin, y);
      y += line;
    }
  };
  writeLines(figureLines);
  context.fillStyle = muted;
  writeLines(filterLines);

  context.drawImage(graph, Math.round((width - graph.width) / 2), headerHeight);
  context.strokeStyle = '#e2e8f0';
  context.lineWidth = scale;
  context.strokeRect(0.5, headerHeight, width - 1, graph.height);

  y = headerHeight + graph.height + margin / 2;
  context.font = font(12);
  swatches.forEach((entry, i) => {
    const x = margin + (i % columns) * columnWidth;
    const top = y + Math.floor(i / columns) * line;
    context.fillStyle = entry.colour!;
    context.fillRect(x, top + 2 * scale, 12 * scale, 12 * scale);
    context.strokeStyle = '#94a3b8';
    context.strokeRect(x, top + 2 * scale, 12 * scale, 12 * scale);
    context.fillStyle = ink;
    context.fillText(entry.label, x + 18 * scale, top + 1 * scale, columnWidth - 22 * scale);
  });
  y += legendRows * line;
  context.fillStyle = muted;
  writeLines(noteLines);
  y += line / 2;
  writeLines(footLines);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave no image'))), 'image/png'),
  );
}

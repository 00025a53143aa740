// The elements of the map view: municipalities at their projected seats (Web Mercator, north up), coloured by
// gap severity and sized by demand, grouped in their Samtgemeinde; the offers of the category as small
// diamonds; for the selected municipality, its links to the offers in reach and the catchment circle. With the
// district's outlines (map-outlines.ts) the projection is fitted to the county, each municipality sits at the
// centre of its outline as a ring sized by demand (the outline itself carries the colour) and the Samtgemeinden
// are their outlines, not boxes. The offers across the district border within the radius (data/border-offers.ts)
// are drawn as well, with their own marker (class border-offer), and the seats of their neighbouring municipalities
// faintly (class neighbour-place), so that the coordinator sees the courses the gap figures count across the border.
import type { ElementDefinition } from 'cytoscape';
import { geoMercator, type GeoProjection } from 'd3-geo';
import { borderDistrictName, borderOfferPlace, type BorderOfferRecord } from '../data/border-offers';
import { areaMembers, type DistrictModel, type OfferRecord } from '../data/district-model';
import type { CoverageGapsQuery } from '../generated/graphql';
import type { ViewState } from '../state/view-state';
import { mapHeight, mapWidth, type MapOutlines } from './map-outlines';
import { noDemandColour, severityColours, waitColours } from './palette';

export { mapHeight, mapWidth };

/** The waiting times per municipality (the API's AreaWaiting), when the map shows them instead of the gaps. */
export interface WaitingRow {
  waiting: number;
  placed: number;
  medianWeeks?: number | null;
  p90Weeks?: number | null;
  noSuitableStart: number;
  overTarget: number;
}

export interface WaitingOverlay {
  targetWeeks: number;
  rows: Map<string, WaitingRow>;
  samtgemeinden?: Map<string, WaitingRow>; // the API's figures of each Samtgemeinde as a whole (not summable)
  weeksShort: string; // "Wo." or "wk", for the labels
}

/** The waiting figures under a name on the map: persons waiting · median / 90th percentile wait in weeks. */
export function waitingLine(row: WaitingRow, weeksShort: string): string {
  const weeks = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
  return `${row.waiting} · ${weeks(row.medianWeeks)} / ${weeks(row.p90Weeks)} ${weeksShort}`;
}

/** The colour of a municipality by its waiting: the median wait against the target, or nobody placed at all. */
export function waitColour(
  row: { waiting: number; placed: number; medianWeeks?: number | null } | undefined,
  targetWeeks: number,
): string {
  if (!row || row.waiting === 0) return waitColours.none;
  if (row.placed === 0 || row.medianWeeks === null || row.medianWeeks === undefined) return waitColours.noStart;
  if (row.medianWeeks <= targetWeeks) return waitColours.withinTarget;
  return row.medianWeeks <= 2 * targetWeeks ? waitColours.overTarget : waitColours.farOverTarget;
}

export type GapTable = CoverageGapsQuery['coverageGaps'];
export type GapRow = GapTable['municipalities'][number];

interface LonLat {
  longitude: number;
  latitude: number;
}

export function offerPlace(offer: OfferRecord, model: DistrictModel): LonLat | undefined {
  if (offer.format === 'ONLINE') return undefined;
  if (offer.location) return offer.location;
  const venue = offer.venue[0] && model.municipalities.get(offer.venue[0].ags);
  return venue?.location ?? undefined;
}

/** A Web Mercator projection fitted to the district's seats. */
export function fitProjection(model: DistrictModel): GeoProjection {
  const coordinates = [...model.municipalities.values()].flatMap((m) =>
    m.location ? [[m.location.longitude, m.location.latitude]] : [],
  );
  const projection = geoMercator();
  if (coordinates.length > 0)
    projection.fitExtent(
      [
        [60, 60],
        [mapWidth - 60, mapHeight - 60],
      ],
      { type: 'MultiPoint', coordinates },
    );
  return projection;
}

/** Pixels per km at a place, to draw the catchment radius to scale. */
function pixelsPerKm(projection: GeoProjection, at: LonLat): number {
  const a = projection([at.longitude, at.latitude])!;
  const b = projection([at.longitude, at.latitude + 1 / 111.195])!; // one km north along the meridian
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

export function buildMapElements(
  model: DistrictModel,
  table: GapTable,
  state: ViewState,
  offers: OfferRecord[],
  waiting?: WaitingOverlay,
  outlines?: MapOutlines,
  border: BorderOfferRecord[] = [],
): ElementDefinition[] {
  const projection = outlines?.projection ?? fitProjection(model);
  const inArea = areaMembers(model, state.area);
  const rows = new Map(table.municipalities.map((row) => [row.ags, row]));
  const maxDemand = Math.max(1, ...table.municipalities.map((row) => row.demand));
  const maxWaiting = waiting ? Math.max(1, ...[...waiting.rows.values()].map((row) => row.waiting)) : 1;
  const elements: ElementDefinition[] = [];
  const selectedAgs = state.selected.startsWith('m:') ? state.selected.slice(2) : '';

  for (const m of model.municipalities.values()) {
    if (m.kind !== 'COLLECTIVE' || outlines) continue;
    const sgWait = waiting?.samtgemeinden?.get(m.ags);
    const sgName = m.name.replace(/^Samtgemeinde /, 'SG ');
    elements.push({
      group: 'nodes',
      data: {
        id: `sg:${m.ags}`,
        label: sgWait?.waiting ? `${sgName} · ${waitingLine(sgWait, waiting!.weeksShort)}` : sgName,
        ags: m.ags,
      },
      classes: inArea && !inArea.has(m.ags) ? 'samtgemeinde faded' : 'samtgemeinde',
    });
  }
  for (const m of model.municipalities.values()) {
    if (!m.location) continue;
    const row = rows.get(m.ags);
    const demand = row?.demand ?? 0;
    const wait = waiting?.rows.get(m.ags);
    // A Samtgemeinde is drawn as the outline of its members; its own seat only when needs are known for it as a whole.
    if (m.kind === 'COLLECTIVE' && (waiting ? !wait?.waiting : demand === 0)) continue;
    const outline = outlines?.byAgs.get(m.ags);
    const [x, y] = outline
      ? [outline.labelAt.x, outline.labelAt.y]
      : projection([m.location.longitude, m.location.latitude])!;
    const parent = outlines
      ? undefined
      : m.kind === 'COLLECTIVE'
        ? `sg:${m.ags}`
        : m.memberOf[0]
          ? `sg:${m.memberOf[0].ags}`
          : undefined;
    const classes = ['municipality', demand > 0 ? `severity-${row!.severity}` : 'no-demand'];
    if (outline) classes.push('on-outline');
    if (inArea && !inArea.has(m.ags)) classes.push('faded');
    const name = m.kind === 'COLLECTIVE' ? `${m.name} (gesamt)` : m.name;
    if (waiting) classes.push(wait?.waiting ? 'waiting' : 'none-waiting');
    elements.push({
      group: 'nodes',
      data: {
        id: `m:${m.ags}`,
        parent,
        ags: m.ags,
        // With waiting times: persons waiting · median / 90th percentile wait in weeks, under the name.
        label: waiting && wait?.waiting ? `${name}\n${waitingLine(wait, waiting.weeksShort)}` : name,
        colour: waiting
          ? waitColour(wait, waiting.targetWeeks)
          : demand > 0
            ? severityColours[row!.severity]
            : noDemandColour,
        size: waiting
          ? Math.round(14 + 46 * Math.sqrt((wait?.waiting ?? 0) / maxWaiting))
          : Math.round(14 + 46 * Math.sqrt(demand / maxDemand)),
        demand,
        population: m.population ?? 0,
        town: m.kind === 'CITY',
        unmet: row?.unmet ?? 0,
        waiting: wait?.waiting ?? 0,
        medianWeeks: wait?.medianWeeks ?? null,
        p90Weeks: wait?.p90Weeks ?? null,
      },
      position: { x, y },
      classes: classes.join(' '),
    });
  }

  const inReach = new Set(selectedAgs ? (rows.get(selectedAgs)?.offerIdsInReach ?? []) : []);
  for (const offer of offers) {
    const place = offerPlace(offer, model);
    if (!place) continue;
    const [x, y] = projection([place.longitude, place.latitude])!;
    // Offers at the same seat are spread on a small circle, so that each stays clickable.
    const classes = ['map-offer', inReach.has(offer.id) ? 'in-reach' : ''];
    elements.push({
      group: 'nodes',
      data: { id: `o:${offer.id}`, label: offer.title, status: offer.status },
      position: { x, y },
      classes: classes.join(' ').trim(),
    });
  }
  // Across the border: the offers with their district's name, and their municipalities' seats as faint points.
  const neighbours = new Map<string, { name: string; district: string; x: number; y: number }>();
  for (const offer of border) {
    const place = borderOfferPlace(offer);
    if (!place) continue;
    const [x, y] = projection([place.longitude, place.latitude])!;
    const district = borderDistrictName(offer);
    elements.push({
      group: 'nodes',
      data: {
        id: `o:${offer.id}`,
        label: offer.title,
        status: offer.status,
        district,
        provider: offer.provider[0]?.name ?? '',
      },
      position: { x, y },
      classes: ['map-offer', 'border-offer', inReach.has(offer.id) ? 'in-reach' : ''].join(' ').trim(),
    });
    const venue = offer.venue[0];
    if (venue?.location && !neighbours.has(venue.ags)) {
      const [vx, vy] = projection([venue.location.longitude, venue.location.latitude])!;
      neighbours.set(venue.ags, { name: venue.name, district, x: vx, y: vy });
    }
  }
  for (const [ags, place] of neighbours) {
    elements.push({
      group: 'nodes',
      data: { id: `n:${ags}`, ags, label: place.name, district: place.district },
      position: { x: place.x, y: place.y },
      classes: 'neighbour-place',
      selectable: false,
    });
  }
  const seats = new Map(
    elements
      .filter((e) => e.position && String(e.classes ?? '').startsWith('municipality'))
      .map((e) => [placeKey(e.position!), e.data['size'] as number] as const)
      .concat([...neighbours.values()].map((n) => [placeKey(n), neighbourSize] as const)),
  );
  const offerNodes = elements.filter((e) => String(e.classes ?? '').startsWith('map-offer'));
  spreadOverlapping(offerNodes, seats);
  pushOutOfCircles(
    offerNodes,
    elements.filter((e) => e.position && String(e.classes ?? '').startsWith('municipality')),
  );

  const selected = selectedAgs ? model.municipalities.get(selectedAgs) : undefined;
  if (selected?.location && rows.has(selectedAgs)) {
    const [x, y] = projection([selected.location.longitude, selected.location.latitude])!;
    const diameter = 2 * state.radius * pixelsPerKm(projection, selected.location);
    elements.unshift({
      group: 'nodes',
      data: { id: 'reach', size: diameter },
      position: { x, y },
      classes: 'reach',
      selectable: false,
      grabbable: false,
    });
    for (const id of inReach) {
      if (!elements.some((e) => e.data.id === `o:${id}`)) continue;
      elements.push({
        group: 'edges',
        data: { id: `r:${selectedAgs}|${id}`, source: `m:${selectedAgs}`, target: `o:${id}` },
        classes: 'reach-link',
      });
    }
  }
  return elements;
}

/** The faint point of a neighbouring municipality (model pixels). */
const neighbourSize = 8;

const placeKey = (p: { x: number; y: number }) => `${Math.round(p.x)}:${Math.round(p.y)}`;

/** Offers at one place go on a ring around it, outside the municipality drawn there, so that both stay clickable. */
function spreadOverlapping(nodes: ElementDefinition[], seats: Map<string, number>): void {
  const byPlace = new Map<string, ElementDefinition[]>();
  for (const node of nodes) {
    const key = placeKey(node.position!);
    byPlace.set(key, [...(byPlace.get(key) ?? []), node]);
  }
  for (const [key, group] of byPlace) {
    const seat = seats.get(key);
    if (group.length < 2 && seat === undefined) continue;
    const radius = Math.max(seat === undefined ? 0 : seat / 2 + 8, 10 + 1.6 * group.length);
    group.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / group.length;
      node.position = {
        x: node.position!.x + radius * Math.cos(angle),
        y: node.position!.y + radius * Math.sin(angle),
      };
    });
  }
}

/** An offer drawn inside a municipality's circle would hide it (or hide under it): move it just outside. */
function pushOutOfCircles(offers: ElementDefinition[], municipalities: ElementDefinition[]): void {
  for (const offer of offers) {
    for (const m of municipalities) {
      const r = (m.data['size'] as number) / 2 + 7;
      const dx = offer.position!.x - m.position!.x;
      const dy = offer.position!.y - m.position!.y;
      const d = Math.hypot(dx, dy);
      if (d >= r) continue;
      const angle = d === 0 ? 0 : Math.atan2(dy, dx);
      offer.position = { x: m.position!.x + r * Math.cos(angle), y: m.position!.y + r * Math.sin(angle) };
    }
  }
}

// Colours: one meaning per view. In the network a node's colour is its actor kind (related kinds in related
// hues); on the map it is the gap severity. Cooperation kinds differ by line style as well as colour, so the
// legend still reads in greyscale print.
import type { ActorKind, CooperationKind, GapSeverity } from '../generated/graphql';

export const actorKindColours: Record<ActorKind, string> = {
  COUNTY_OFFICE: '#1e3a8a',
  MUNICIPAL_ADMINISTRATION: '#3b82f6',
  JOBCENTER: '#b91c1c',
  EMPLOYMENT_AGENCY: '#ef4444',
  CHAMBER: '#c2410c',
  EMPLOYER: '#fb923c',
  COURSE_PROVIDER: '#16a34a',
  ADULT_EDUCATION_CENTRE: '#166534',
  SCHOOL: '#ca8a04',
  VOCATIONAL_SCHOOL: '#854d0e',
  DAYCARE: '#f472b6',
  COUNSELLING_SERVICE: '#7c3aed',
  WELFARE_ASSOCIATION: '#a78bfa',
  ASSOCIATION: '#0891b2',
  MIGRANT_ORGANISATION: '#db2777',
  VOLUNTEER_INITIATIVE: '#14b8a6',
  FOUNDATION: '#0e7490',
  CHURCH: '#78716c',
  OTHER: '#9ca3af',
};

export const cooperationStyles: Record<CooperationKind, { colour: string; line: 'solid' | 'dashed' | 'dotted' }> = {
  AGREEMENT: { colour: '#334155', line: 'solid' },
  JOINT_OFFER: { colour: '#2563eb', line: 'solid' },
  FUNDING: { colour: '#059669', line: 'solid' },
  REFERRAL: { colour: '#7c3aed', line: 'dashed' },
  EXCHANGE: { colour: '#d97706', line: 'dashed' },
  INFORMAL: { colour: '#94a3b8', line: 'dotted' },
};

/**
 * A colour as it shows with the given opacity over the white canvas: cooperation links are drawn in these
 * (opaque, so that Cytoscape needs no opacity per link: see views/network-styles.ts), and the legend shows the same.
 */
export function onWhite(colour: string, opacity: number): string {
  const channel = (offset: number) =>
    Math.round(255 - opacity * (255 - parseInt(colour.slice(offset, offset + 2), 16)));
  return `#${[1, 3, 5].map((offset) => channel(offset).toString(16).padStart(2, '0')).join('')}`;
}
export const linkOpacity = 0.6;

// The map's colours are colour-blind safe and each means one thing: the gap severity a sequential red-purple ramp
// (ColorBrewer RdPu, light = no gap, dark = high), the waiting times a sequential blue ramp (Blues), no demand or
// nobody waiting a neutral grey; amber marks what is in reach of the selected municipality, black the selection.
// Lightness alone orders each ramp, so it reads without telling red from green and in greyscale print.
export const severityColours: Record<GapSeverity, string> = {
  NONE: '#fde0dd',
  LOW: '#fa9fb5',
  MEDIUM: '#dd3497',
  HIGH: '#7a0177',
};
export const noDemandColour = '#e5e7eb';
export const mapSelectColour = '#111827';
export const offerColour = '#334155';
export const focusColour = '#f59e0b';
/** Offers across the district border: the slate of the offers, as a dashed hollow triangle (the shape tells them apart). */
export const borderOfferColour = offerColour;
/** The neighbouring district's municipalities: faint points and names outside the county's outline. */
export const neighbourColour = '#6b7280';
export const selectColour = '#2563eb';

/** The timeline: fill rate (registrations / capacity) from light to dark; red is kept for courses that cannot start. */
export const fillColours = {
  unknown: '#e5e7eb',
  lt25: '#cffafe',
  lt50: '#67e8f9',
  lt75: '#06b6d4',
  lt100: '#0e7490',
  full: '#164e63',
} as const;
export const cannotStartColour = '#dc2626';

/** The map with waiting times: the median wait against the target (weeks). */
export const waitColours = {
  withinTarget: '#c6dbef', // median wait at most the target
  overTarget: '#6baed6', // median over the target, at most twice
  farOverTarget: '#2171b5', // median over twice the target
  noStart: '#08306b', // nobody placed: no suitable start in reach
  none: '#e5e7eb', // nobody waiting
} as const;

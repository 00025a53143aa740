// A year of monitoring history for the demo county: monthly snapshots for the 12 months before today, computed
// with the same gap table as the snapshot job from the demo data as it stood on each date. Deterministic for
// equal (seed, today). How the demo county looked in the past follows from its own dates:
// - a need OPEN today was open all year (reportedAt is its latest report), with slightly fewer persons the further
//   back (more newcomers arrive each month); a need MET or OBSOLETE today was open from its report until half-way
//   between its report and today;
// - a dated course exists from 180 days before its start, fills up towards its start (registrations grow
//   linearly over the last 120 days), runs from its start to its end; courses without dates stay as they are;
// - the south-west: the waiting list for integration courses in the Samtgemeinde Uchte was longer a year ago and
//   shrank month by month as the Uchte course took people in, so its gap closes slowly.
import { buildGapTable } from '../analysis/gaps/build-gap-table.js';
import type { GapInputs, OfferRow } from '../analysis/gaps/load-gap-inputs.js';
import { daysBetween, monthsBefore } from '../../shared/calendar.js';
import { snapshotCategories, sumOfferFigures, toSnapshotRows, type SnapshotRow } from '../monitoring/snapshot-row.js';
import type { DemoData, DemoNeed, DemoOffer, OfferStatus } from './generate-demo-data.js';

export const demoHistoryMonths = 12;
export const demoSnapshotIdPrefix = 'demo-snapshot-';
const radiusKm = 25;
const announcedDays = 180; // a dated course is known this long before its start
const fillingDays = 120; // registrations come in over this many days before the start
const southWest = 'Uchte'; // the Samtgemeinde whose integration-course gap closes
const extraWaitingPerMonth = 3; // persons more on the Uchte waiting lists per month back
const growthPerMonth = 0.02; // share of today's persons fewer per month back elsewhere

interface OfferThen {
  offer: DemoOffer;
  status: OfferStatus;
  booked: number | null;
  waitlist: number | null;
}

/** A dated course as it stood on `date`, or undefined when it was not known yet. */
function offerOn(offer: DemoOffer, date: string, today: string): OfferThen | undefined {
  if (!offer.startDate || offer.status === 'CANCELLED')
    return { offer, status: offer.status, booked: offer.booked, waitlist: offer.waitlist };
  const toStart = daysBetween(date, offer.startDate);
  if (toStart > announcedDays) return undefined;
  if (toStart > 0) {
    // Registrations grow towards the start; today's figure (or a full course, once it has started) is where they end.
    const startedSince = daysBetween(offer.startDate, today) >= 0;
    const atStart =
      startedSince && offer.capacity !== null
        ? Math.max(offer.booked ?? 0, offer.status === 'FULL' ? offer.capacity : 0)
        : (offer.booked ?? 0);
    const progressThen = Math.max(0.15, 1 - toStart / fillingDays);
    const progressToday = startedSince ? 1 : Math.max(0.15, 1 - daysBetween(today, offer.startDate) / fillingDays);
    const booked = Math.min(atStart, Math.round((atStart * Math.min(progressThen, progressToday)) / progressToday));
    const full = offer.capacity !== null && booked >= offer.capacity;
    return {
      offer,
      status: full ? 'FULL' : toStart > fillingDays ? 'PLANNED' : 'OPEN',
      booked,
      waitlist: full ? offer.waitlist : 0,
    };
  }
  if (offer.endDate && date > offer.endDate) return { offer, status: 'COMPLETED', booked: offer.booked, waitlist: 0 };
  return {
    offer,
    status: offer.status === 'FULL' ? 'FULL' : 'RUNNING',
    booked: offer.booked,
    waitlist: offer.waitlist,
  };
}

function personsOn(need: DemoNeed, date: string, today: string, monthsBack: number, southWestAgs: Set<string>): number {
  if (need.status !== 'OPEN') {
    const open =
      need.reportedAt <= date && daysBetween(need.reportedAt, date) <= daysBetween(need.reportedAt, today) / 2;
    return open ? need.persons : 0;
  }
  if (need.category === 'INTEGRATION_COURSE' && southWestAgs.has(need.municipalityAgs))
    return need.persons + extraWaitingPerMonth * monthsBack;
  return Math.round(need.persons * (1 - growthPerMonth * monthsBack));
}

function gapInputsOn(data: DemoData, category: string, offers: OfferThen[], persons: Map<string, number>): GapInputs {
  const byAgs = new Map(data.municipalities.map((m) => [m.ags, m]));
  const municipalities = data.municipalities.map((m) => {
    const sg = m.memberOfAgs ? byAgs.get(m.memberOfAgs) : undefined;
    return {
      ags: m.ags,
      name: m.name,
      kind: m.kind,
      latitude: m.lat,
      longitude: m.lon,
      samtgemeindeAgs: sg?.ags ?? null,
      samtgemeindeName: sg?.name ?? null,
      districtAgs: data.district.ags,
      districtName: data.district.name,
    };
  });
  const needsByAgs = new Map<string, DemoNeed[]>();
  for (const need of data.needs) {
    if (need.category === category && (persons.get(need.id) ?? 0) > 0)
      needsByAgs.set(need.municipalityAgs, [...(needsByAgs.get(need.municipalityAgs) ?? []), need]);
  }
  const demand = [...needsByAgs].map(([ags, needs]) => ({
    ags,
    latitude: byAgs.get(ags)!.lat,
    longitude: byAgs.get(ags)!.lon,
    demand: needs.reduce((sum, need) => sum + persons.get(need.id)!, 0),
    needIds: needs.map((need) => need.id),
    needs: needs.map((need) => ({ id: need.id, persons: persons.get(need.id)!, targetGroup: need.targetGroup })),
  }));
  const located = offers
    .filter(
      ({ offer, status }) =>
        offer.category === category &&
        offer.format !== 'ONLINE' &&
        ['PLANNED', 'OPEN', 'FULL', 'RUNNING'].includes(status),
    )
    .map(({ offer, status, booked }): OfferRow => {
      const venue = byAgs.get(offer.venueAgs);
      return {
        id: offer.id,
        title: offer.title,
        category,
        status,
        format: offer.format,
        capacity: offer.capacity,
        booked,
        latitude: offer.lat ?? venue?.lat ?? null,
        longitude: offer.lon ?? venue?.lon ?? null,
        providerId: offer.providerId,
        providerName: null,
        venueAgs: offer.venueAgs,
        venueName: venue?.name ?? null,
        childcare: offer.childcare,
        targetGroups: offer.targetGroups,
        updatedAt: null,
      };
    });
  return { areaName: data.district.name, municipalities, demand, offers: located, onlineOffers: [] };
}

export interface DemoHistoryOptions {
  includeToday?: boolean; // also compute today (months back 0), which must equal the live gap table; default false
}

/** The monthly snapshots of the year before data.today (today itself is left to the snapshot job). */
export function generateDemoHistory(data: DemoData, options: DemoHistoryOptions = {}): SnapshotRow[] {
  const sw = data.municipalities.find((m) => m.name.includes(southWest) && m.kind === 'COLLECTIVE');
  const southWestAgs = new Set(
    data.municipalities.filter((m) => sw && (m.ags === sw.ags || m.memberOfAgs === sw.ags)).map((m) => m.ags),
  );
  const rows: SnapshotRow[] = [];
  for (let monthsBack = demoHistoryMonths; monthsBack >= (options.includeToday ? 0 : 1); monthsBack--) {
    const date = monthsBefore(data.today, monthsBack);
    // The border area's offers count as the live gap table counts them: a course across the border is in reach.
    const offers = [...data.offers, ...data.borderArea.offers]
      .map((offer) => offerOn(offer, date, data.today))
      .filter((offer): offer is OfferThen => offer !== undefined);
    const persons = new Map(
      data.needs.map((need) => [need.id, personsOn(need, date, data.today, monthsBack, southWestAgs)]),
    );
    const figures = sumOfferFigures(
      offers
        .filter(({ offer }) => offer.format !== 'ONLINE')
        .map(({ offer, status, booked, waitlist }) => ({
          venueAgs: offer.venueAgs,
          category: offer.category,
          status,
          capacity: offer.capacity,
          booked,
          waitlist,
        })),
    );
    for (const category of snapshotCategories) {
      const table = buildGapTable(gapInputsOn(data, category, offers, persons), {
        category,
        radiusKm,
        asOf: date,
        area: { kind: 'DISTRICT', ags: data.district.ags },
      });
      rows.push(...toSnapshotRows(table, date, figures, (ags) => `${demoSnapshotIdPrefix}${date}-${ags}-${category}`));
    }
  }
  return rows;
}

// What each table view shows, as a table to export (export-table.ts): the same rows in the same order, German
// headers, enum values through their labels, numbers and dates typed. One function per view: offers, gap table,
// recommendations, actors, courses.
import type { AppContext, CalendarCourse, GapTable, Recommendation } from '../state/app-context';
import type { OfferRecord } from '../data/district-model';
import {
  courseTypeLabels,
  enumLabel,
  offerCategoryLabels,
  offerStatusLabels,
  recommendationCodeLabels,
  severityLabels,
  targetGroupLabels,
} from '../i18n/enum-labels';
import type { ActorRow } from './actors-view';
import { figureText } from './recommendations-view';
import type { ExportTable } from '../export/export-table';

export function offersTable(ctx: AppContext, offers: OfferRecord[]): ExportTable {
  const { t, lang } = ctx;
  return {
    name: t('viewOffers'),
    columns: [
      { header: t('title') },
      { header: t('category') },
      { header: t('provider') },
      { header: t('venue') },
      { header: t('status') },
      { header: t('start'), type: 'date' },
      { header: t('capacity'), type: 'number' },
      { header: t('freePlaces'), type: 'number' },
      { header: t('waitlist'), type: 'number' },
      { header: t('targetGroups') },
    ],
    rows: offers.map((o) => [
      o.title,
      enumLabel(offerCategoryLabels, o.category, lang),
      o.provider[0]?.name ?? '',
      o.venue[0]?.name ?? '',
      enumLabel(offerStatusLabels, o.status, lang),
      o.startDate,
      o.capacity,
      o.freePlaces,
      o.waitlist,
      (o.targetGroups ?? []).map((g) => enumLabel(targetGroupLabels, g, lang)).join(', '),
    ]),
  };
}

export function gapExportTable(ctx: AppContext, table: GapTable, rows: GapTable['municipalities']): ExportTable {
  const { t, lang } = ctx;
  return {
    name: t('gapTable'),
    columns: [
      { header: 'AGS' },
      { header: t('municipality') },
      { header: t('samtgemeinde') },
      { header: t('category') },
      { header: `${t('radius')}`, type: 'number' },
      { header: t('demand'), type: 'number' },
      { header: t('freePlacesInReach'), type: 'number' },
      { header: `${t('coverage')} (%)`, type: 'number', digits: 1 },
      { header: t('unmet'), type: 'number' },
      { header: t('severity') },
      { header: t('nearestOffer') },
      { header: `${t('nearestOffer')} (km)`, type: 'number', digits: 1 },
      { header: t('offersInReach'), type: 'number' },
    ],
    rows: rows.map((r) => [
      r.ags,
      r.name,
      r.samtgemeindeName,
      enumLabel(offerCategoryLabels, table.category, lang),
      table.radiusKm,
      r.demand,
      r.freePlacesInReach,
      r.coverage * 100,
      r.unmet,
      r.demand > 0 ? enumLabel(severityLabels, r.severity, lang) : t('noDemand'),
      r.nearestOffer?.title ?? '',
      r.nearestOfferKm,
      r.offersInReach,
    ]),
  };
}

const recommendationWords = {
  kind: ['Art', 'Kind'],
  text: ['Empfehlung', 'Recommendation'],
  figures: ['Zahlen dahinter', 'Figures behind it'],
} as const;

export function recommendationsTable(ctx: AppContext, recs: Recommendation[]): ExportTable {
  const { t, lang } = ctx;
  const word = (key: keyof typeof recommendationWords) => recommendationWords[key][lang === 'de' ? 0 : 1];
  return {
    name: t('viewRecommendations'),
    columns: [
      { header: t('rank'), type: 'number' },
      { header: word('kind') },
      { header: t('category') },
      { header: t('municipality') },
      { header: t('concerned'), type: 'number' },
      { header: word('text') },
      { header: word('figures') },
    ],
    rows: recs.map((r) => [
      r.rank,
      enumLabel(recommendationCodeLabels, r.code, lang),
      r.category ? enumLabel(offerCategoryLabels, r.category, lang) : '',
      r.municipalityName ?? '',
      r.persons,
      lang === 'de' ? r.textDe : r.textEn,
      r.figures.map((f) => figureText(f, lang)).join(' · '),
    ]),
  };
}

export function actorsTable(ctx: AppContext, rows: ActorRow[]): ExportTable {
  const { t } = ctx;
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  return {
    name: t('viewActors'),
    columns: [
      { header: t('actorName') },
      { header: t('actorKindColumn') },
      { header: t('actorMunicipality') },
      { header: t('partnersColumn'), type: 'number' },
      { header: t('betweenness'), type: 'number', digits: 4 },
      { header: t('broker') },
      { header: t('isolated') },
      { header: t('community'), type: 'number' },
      { header: t('offersColumn'), type: 'number' },
    ],
    rows: rows.map((r) => [
      r.name,
      r.kind,
      r.municipality,
      r.partners,
      r.betweenness,
      yesNo(r.broker),
      yesNo(r.isolated),
      r.community,
      r.offers,
    ]),
  };
}

export function coursesTable(ctx: AppContext, courses: readonly CalendarCourse[]): ExportTable {
  const { t, lang } = ctx;
  return {
    name: t('viewCourses'),
    columns: [
      { header: t('title') },
      { header: t('category') },
      { header: t('courseType') },
      { header: t('provider') },
      { header: t('venue') },
      { header: t('status') },
      { header: t('start'), type: 'date' },
      { header: t('end'), type: 'date' },
      { header: t('registrations'), type: 'number' },
      { header: t('capacity'), type: 'number' },
      { header: t('minGroupSize'), type: 'number' },
      { header: `${t('fillRate')} (%)`, type: 'number', digits: 1 },
      { header: t('canStart') },
    ],
    rows: courses.map((c) => [
      c.title,
      enumLabel(offerCategoryLabels, c.category, lang),
      c.courseType ? enumLabel(courseTypeLabels, c.courseType, lang) : '',
      c.providerName,
      c.venueName,
      enumLabel(offerStatusLabels, c.status, lang),
      c.startDate,
      c.endDate,
      c.registrations,
      c.capacity,
      c.minGroupSize,
      c.fillRate === null || c.fillRate === undefined ? null : c.fillRate * 100,
      c.canStart ? t('yes') : t('no'),
    ]),
  };
}

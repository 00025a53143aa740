// Exports an entity list (actors, offers, needs, cooperations, municipalities, networks) or the coverage-gap table
// as CSV or XLSX. The importable lists are written with their import template's columns, so that an exported file
// imports again unchanged. Read straight from Neo4j (not through the API's list limits): every record, or those of
// one district or source.
import neo4j, { type Driver, type EagerResult, type Integer } from 'neo4j-driver';
import { coverageGapTable } from '../analysis/gaps/gap-service.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { describeEnum, parseEnumValue } from './enum-values.js';
import { plainOf, type PlainValue } from './neo4j-values.js';
import { importTemplates, type ColumnSpec } from './templates.js';
import { toCsv, toXlsx, type Language, type TableColumn, type TableRecord } from './write-table.js';

export const exportTypes = ['actors', 'offers', 'needs', 'cooperations', 'municipalities', 'networks', 'gaps'] as const;
export type ExportType = (typeof exportTypes)[number];
export type ExportFormat = 'csv' | 'xlsx';

export interface ExportDeps {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

export interface ExportOptions {
  type: ExportType;
  format: ExportFormat;
  language?: Language; // headers, enum labels, CSV delimiter and decimal mark; default de
  districtAgs?: string; // only records of this district (5 digits); default all
  source?: string; // actors, offers, needs: only records of this source (a need's importSource)
  category?: string; // gaps: the offer category (required), as schema key or label
  radiusKm?: number; // gaps: catchment radius; default 25
}

export interface ExportResult {
  fileName: string; // a suggestion, e.g. offers-03256.xlsx
  contentType: string;
  content: Buffer;
  rows: number;
}

const column = (key: string, de: string, kind: ColumnSpec['kind'], enumName?: ColumnSpec['enumName']): TableColumn => ({
  key,
  de,
  kind,
  enumName,
});

const municipalityColumns: TableColumn[] = [
  column('ags', 'AGS', 'string'),
  column('name', 'Name', 'string'),
  column('kind', 'Art', 'enum', 'MunicipalityKind'),
  column('population', 'Einwohner', 'int'),
  column('populationEstimated', 'Einwohner geschätzt', 'boolean'),
  column('newcomers', 'Neuzugewanderte', 'int'),
  column('latitude', 'Breitengrad', 'float'),
  column('longitude', 'Längengrad', 'float'),
  column('districtAgs', 'Landkreis (AGS)', 'string'),
  column('districtName', 'Landkreis', 'string'),
  column('memberOfAgs', 'Samtgemeinde (AGS)', 'string'),
  column('memberOfName', 'Samtgemeinde', 'string'),
];

const networkColumns: TableColumn[] = [
  column('id', 'ID', 'id'),
  column('name', 'Name', 'string'),
  column('kind', 'Art', 'enum', 'NetworkKind'),
  column('cadence', 'Turnus', 'enum', 'Cadence'),
  column('description', 'Beschreibung', 'text'),
  column('coordinatorId', 'Koordination (ID)', 'id'),
  column('coordinatorName', 'Koordination', 'string'),
  column('memberCount', 'Mitglieder (Anzahl)', 'int'),
  column('memberNames', 'Mitglieder', 'text'),
  column('memberIds', 'Mitglieder (IDs)', 'idList'),
  column('meetingCount', 'Treffen (Anzahl)', 'int'),
  column('lastMeeting', 'Letztes Treffen', 'date'),
];

const gapColumns: TableColumn[] = [
  column('category', 'Kategorie', 'enum', 'OfferCategory'),
  column('asOf', 'Stand', 'date'),
  column('radiusKm', 'Radius (km)', 'float'),
  column('ags', 'AGS', 'string'),
  column('name', 'Gemeinde', 'string'),
  column('kind', 'Art', 'enum', 'MunicipalityKind'),
  column('samtgemeindeName', 'Samtgemeinde', 'string'),
  column('demand', 'Bedarf (Personen)', 'int'),
  column('freePlacesInReach', 'Freie Plätze erreichbar', 'int'),
  column('accessibility', 'Plätze je Person', 'float'),
  column('coverage', 'Deckung', 'float'),
  column('unmet', 'Ungedeckt (Personen)', 'int'),
  column('severity', 'Lücke', 'enum', 'GapSeverity'),
  column('nearestOfferKm', 'Nächstes Angebot (km)', 'float'),
  column('nearestOfferTitle', 'Nächstes Angebot', 'string'),
  column('nearestOfferProvider', 'Anbieter des nächsten Angebots', 'string'),
  column('offersInReach', 'Angebote erreichbar', 'int'),
  column('offerIdsInReach', 'Angebote erreichbar (IDs)', 'idList'),
  column('needIds', 'Bedarfe (IDs)', 'idList'),
];

const sheetNames: Record<ExportType, { de: string; en: string }> = {
  actors: importTemplates.actors.name,
  offers: importTemplates.offers.name,
  needs: importTemplates.needs.name,
  cooperations: importTemplates.cooperations.name,
  municipalities: { de: 'Gemeinden', en: 'Municipalities' },
  networks: { de: 'Netzwerke', en: 'Networks' },
  gaps: { de: 'Versorgungslücken', en: 'Coverage gaps' },
};

const inDistrict = (variable: string) => `EXISTS { (${variable})-[:IN_DISTRICT]->(:District {ags: $district}) }`;
const actorInDistrict = (variable: string) =>
  `EXISTS { (${variable})-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $district}) }`;

// Each query returns one map per record under `row`, keyed by the columns' keys; filters are null when not given.
const queries: Record<Exclude<ExportType, 'gaps'>, string> = {
  actors: `
    MATCH (n:Actor)
    WHERE ($district IS NULL OR ${actorInDistrict('n')}) AND ($source IS NULL OR n.source = $source)
    OPTIONAL MATCH (n)-[:LOCATED_IN]->(m:Municipality)
    RETURN n { .id, .source, .externalId, .name, .kind, .description, .address, .postcode, .city, .phone, .email, .website,
               .languages, .createdAt, .updatedAt, latitude: n.location.latitude, longitude: n.location.longitude,
               municipalityAgs: m.ags, municipalityName: m.name,
               servesAgs: [(n)-[:SERVES]->(s:Municipality) | s.ags] } AS row
    ORDER BY n.name, n.id`,
  offers: `
    MATCH (n:Offer)
    OPTIONAL MATCH (n)-[:TAKES_PLACE_IN]->(v:Municipality)
    OPTIONAL MATCH (n)<-[:PROVIDES]-(p:Actor)
    WITH n, v, p
    WHERE ($district IS NULL OR (v IS NOT NULL AND ${inDistrict('v')}) OR (v IS NULL AND p IS NOT NULL AND ${actorInDistrict('p')}))
      AND ($source IS NULL OR n.source = $source)
    RETURN n { .id, .source, .externalId, .title, .description, .category, .courseType, .languageLevelFrom, .languageLevelTo,
               .targetGroups, .capacity, .booked, .waitlist, .minGroupSize, .startDate, .endDate, .registrationDeadline,
               .schedule, .hoursTotal, .format, .childcare, .costFree, .cost, .languages, .accessible, .status,
               .createdAt, .updatedAt, latitude: n.location.latitude, longitude: n.location.longitude,
               venueAgs: v.ags, venueName: v.name, providerId: p.id, providerSource: p.source,
               providerExternalId: p.externalId, providerName: p.name,
               funderIds: [(n)<-[:FUNDS]-(f:Actor) | f.id],
               freePlaces: CASE WHEN n.capacity IS NULL THEN null ELSE apoc.coll.max([0, n.capacity - coalesce(n.booked, 0)]) END } AS row
    ORDER BY n.title, n.id`,
  needs: `
    MATCH (n:Need)
    OPTIONAL MATCH (n)-[:NEEDED_IN]->(m:Municipality)
    WITH n, m
    WHERE ($district IS NULL OR (m IS NOT NULL AND ${inDistrict('m')})) AND ($source IS NULL OR n.importSource = $source)
    OPTIONAL MATCH (n)-[:REPORTED_BY]->(a:Actor)
    RETURN n { .id, .importSource, .externalId, .category, .targetGroup, .languageLevel, .persons, .reportedAt, .source,
               .status, .note, .createdAt, .updatedAt, municipalityAgs: m.ags, municipalityName: m.name,
               reportedById: a.id, reportedBySource: a.source, reportedByExternalId: a.externalId, reportedByName: a.name } AS row
    ORDER BY m.name, n.category, n.reportedAt, n.id`,
  cooperations: `
    MATCH (a:Actor)-[c:COOPERATES_WITH]->(b:Actor)
    WHERE ($district IS NULL OR ${actorInDistrict('a')} OR ${actorInDistrict('b')})
      AND ($source IS NULL OR a.source = $source OR b.source = $source)
    RETURN { fromId: a.id, fromSource: a.source, fromExternalId: a.externalId, fromName: a.name,
             toId: b.id, toSource: b.source, toExternalId: b.externalId, toName: b.name,
             kind: c.kind, since: c.since, until: c.until, strength: c.strength, note: c.note } AS row
    ORDER BY a.name, b.name, a.id, b.id`,
  municipalities: `
    MATCH (n:Municipality)
    WHERE $district IS NULL OR ${inDistrict('n')}
    OPTIONAL MATCH (n)-[:IN_DISTRICT]->(d:District)
    OPTIONAL MATCH (n)-[:MEMBER_OF]->(sg:Municipality)
    RETURN n { .ags, .name, .kind, .population, .populationEstimated, .newcomers,
               latitude: n.location.latitude, longitude: n.location.longitude,
               districtAgs: d.ags, districtName: d.name, memberOfAgs: sg.ags, memberOfName: sg.name } AS row
    ORDER BY n.ags`,
  networks: `
    MATCH (n:Network)
    WHERE $district IS NULL OR EXISTS { (n)<-[:MEMBER_OF_NETWORK|COORDINATES]-(a:Actor) WHERE ${actorInDistrict('a')} }
    OPTIONAL MATCH (n)<-[:COORDINATES]-(c:Actor)
    WITH n, c, [(n)<-[:MEMBER_OF_NETWORK]-(a:Actor) | a] AS members
    RETURN n { .id, .name, .kind, .cadence, .description, coordinatorId: c.id, coordinatorName: c.name,
               memberCount: size(members), memberIds: [a IN members | a.id], memberNames: [a IN members | a.name],
               meetingCount: COUNT { (n)<-[:MEETING_OF]-(:Meeting) },
               lastMeeting: [(n)<-[:MEETING_OF]-(m:Meeting) | m.date] } AS row
    ORDER BY n.name, n.id`,
};

function columnsOf(type: ExportType): TableColumn[] {
  if (type === 'municipalities') return municipalityColumns;
  if (type === 'networks') return networkColumns;
  if (type === 'gaps') return gapColumns;
  return importTemplates[type].columns;
}

/** Orders list values that have no order of their own, so that exports compare line by line. */
function tidy(type: ExportType, record: TableRecord): TableRecord {
  const sorted = (value: PlainValue | undefined) => (Array.isArray(value) ? [...value].sort() : value);
  if (type === 'actors') return { ...record, servesAgs: sorted(record.servesAgs) };
  if (type === 'offers') return { ...record, funderIds: sorted(record.funderIds) };
  if (type === 'networks') {
    const dates = (record.lastMeeting as string[] | null) ?? [];
    const names = ((record.memberNames as string[] | null) ?? []).slice().sort((a, b) => a.localeCompare(b, 'de'));
    return {
      ...record,
      memberIds: sorted(record.memberIds),
      memberNames: names.join('; '),
      lastMeeting: dates.length ? dates.slice().sort().at(-1)! : null,
    };
  }
  return record;
}

async function loadRecords(deps: ExportDeps, options: ExportOptions): Promise<TableRecord[]> {
  if (options.type === 'gaps') return loadGapRecords(deps, options);
  const result = await deps.driver.executeQuery(
    queries[options.type],
    { district: options.districtAgs ?? null, source: options.source ?? null },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  return result.records.map((record) => {
    const row = record.get('row') as Record<string, unknown>;
    const plain: TableRecord = {};
    for (const [key, value] of Object.entries(row)) plain[key] = plainOf(value);
    return tidy(options.type, plain);
  });
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

async function loadGapRecords(deps: ExportDeps, options: ExportOptions): Promise<TableRecord[]> {
  if (!options.category)
    throw new BadUserInputError('The gap table needs a category (--category=INTEGRATION_COURSE)', {
      field: 'category',
    });
  const table = await coverageGapTable(deps, {
    category: options.category,
    districtAgs: options.districtAgs ?? null,
    radiusKm: options.radiusKm ?? null,
  });
  return table.municipalities.map((row) => ({
    category: table.category,
    asOf: table.asOf,
    radiusKm: table.radiusKm,
    ags: row.ags,
    name: row.name,
    kind: row.kind,
    samtgemeindeName: row.samtgemeindeName,
    demand: row.demand,
    freePlacesInReach: row.freePlacesInReach,
    accessibility: round(row.accessibility, 4),
    coverage: round(row.coverage, 4),
    unmet: row.unmet,
    severity: row.severity,
    nearestOfferKm: round(row.nearestOfferKm, 1),
    nearestOfferTitle: row.nearestOffer?.title ?? null,
    nearestOfferProvider: row.nearestOffer?.providerName ?? null,
    offersInReach: row.offersInReach,
    offerIdsInReach: row.offerIdsInReach,
    needIds: row.needIds,
  }));
}

function checkOptions(options: ExportOptions): ExportOptions {
  if (!exportTypes.includes(options.type))
    throw new BadUserInputError(`Unknown export type ${quote(options.type)}; use one of ${exportTypes.join(', ')}`, {
      field: 'type',
      value: options.type,
    });
  if (options.format !== 'csv' && options.format !== 'xlsx')
    throw new BadUserInputError(`Unknown format ${quote(options.format)}; use csv or xlsx`, {
      field: 'format',
      value: options.format,
    });
  if (options.language !== undefined && options.language !== 'de' && options.language !== 'en') {
    throw new BadUserInputError(`Unknown language ${quote(options.language)}; use de or en`, {
      field: 'language',
      value: options.language,
    });
  }
  if (options.districtAgs !== undefined && !/^\d{5}$/.test(options.districtAgs)) {
    throw new BadUserInputError(
      `The district must be a 5-digit district key (Kreisschlüssel), e.g. "03256"; got ${quote(options.districtAgs)}`,
      { field: 'districtAgs', value: options.districtAgs },
    );
  }
  if (options.source !== undefined && !['actors', 'offers', 'needs', 'cooperations'].includes(options.type)) {
    throw new BadUserInputError(
      `A source filter applies to actors, offers, needs and cooperations, not to ${options.type}`,
      { field: 'source' },
    );
  }
  let category = options.category;
  if (category !== undefined) {
    if (options.type !== 'gaps')
      throw new BadUserInputError(`A category applies to the gap table (--type=gaps), not to ${options.type}`, {
        field: 'category',
      });
    category = parseEnumValue('OfferCategory', category);
    if (!category)
      throw new BadUserInputError(
        `Unknown category ${quote(options.category)}; use one of ${describeEnum('OfferCategory')}`,
        { field: 'category', value: options.category },
      );
  }
  return { ...options, category };
}

async function checkDistrict(deps: ExportDeps, districtAgs: string): Promise<void> {
  const result = await deps.driver.executeQuery<EagerResult<{ n: Integer }>>(
    'MATCH (d:District {ags: $ags}) RETURN count(d) AS n',
    { ags: districtAgs },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  if (neo4j.integer.toNumber(result.records[0]!.get('n')) === 0)
    throw new NotFoundError(`There is no district with ags ${quote(districtAgs)}`, { value: districtAgs });
}

/** Exports one list; throws BadUserInputError for bad options and NotFoundError for an unknown district. */
export async function exportList(deps: ExportDeps, requested: ExportOptions): Promise<ExportResult> {
  const options = checkOptions(requested);
  const language = options.language ?? 'de';
  if (options.districtAgs && options.type !== 'gaps') await checkDistrict(deps, options.districtAgs);
  const records = await loadRecords(deps, options);
  const columns = columnsOf(options.type);
  const sheet = sheetNames[options.type][language];
  const content =
    options.format === 'csv' ? toCsv(columns, records, language) : await toXlsx(columns, records, language, sheet);
  const suffix = [
    options.type === 'gaps' ? options.category!.toLowerCase().replaceAll('_', '-') : undefined,
    options.districtAgs,
    options.source,
  ]
    .filter(Boolean)
    .join('-');
  return {
    fileName: `${options.type}${suffix ? `-${suffix}` : ''}.${options.format}`,
    contentType:
      options.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content,
    rows: records.length,
  };
}

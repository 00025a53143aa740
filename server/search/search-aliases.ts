// Abbreviations people type for names spelled out in the data (and the other way round). A documented list for
// every county, and each county's own (SearchAlias nodes, written through Mutation.setSearchAliases by the
// coordinator): "VHS" finds "Volkshochschule Nienburg", a county adds "KVHS" or the short name of its own
// job centre.
import neo4j from 'neo4j-driver';
import { advancing } from '../database/data-version.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { readRows, requireDriver, type AnalysisDeps } from '../analysis/analysis-deps.js';
import { foldKey } from './fold-search-text.js';
import type { AliasGroups } from './match-search-text.js';

export interface SearchAlias {
  alias: string;
  expansion: string;
  source: 'DEFAULT' | 'COUNTY';
}

/** For every county: abbreviations common in German education and integration work. */
export const defaultAliases: readonly Omit<SearchAlias, 'source'>[] = [
  { alias: 'VHS', expansion: 'Volkshochschule' },
  { alias: 'KVHS', expansion: 'Kreisvolkshochschule' },
  { alias: 'JC', expansion: 'Jobcenter' },
  { alias: 'BA', expansion: 'Agentur für Arbeit' },
  { alias: 'BAMF', expansion: 'Bundesamt für Migration und Flüchtlinge' },
  { alias: 'SG', expansion: 'Samtgemeinde' },
  { alias: 'Kita', expansion: 'Kindertagesstätte' },
  { alias: 'DaZ', expansion: 'Deutsch als Zweitsprache' },
  { alias: 'MBE', expansion: 'Migrationsberatung für erwachsene Zuwanderer' },
  { alias: 'JMD', expansion: 'Jugendmigrationsdienst' },
  { alias: 'BBS', expansion: 'Berufsbildende Schulen' },
];

const maxAliases = 500;
const maxLength = 120;

/** The defaults and the county's aliases of a district, defaults first. */
export async function listSearchAliases(deps: AnalysisDeps, districtAgs: string): Promise<SearchAlias[]> {
  const own = await readRows<{ alias: string; expansion: string }>(
    deps,
    `MATCH (a:SearchAlias {districtAgs: $districtAgs}) RETURN a.alias AS alias, a.expansion AS expansion
     ORDER BY a.alias, a.expansion`,
    { districtAgs },
  );
  return [
    ...defaultAliases.map((alias) => ({ ...alias, source: 'DEFAULT' as const })),
    ...own.map((alias) => ({ ...alias, source: 'COUNTY' as const })),
  ];
}

/** The aliases as groups of equivalent folded terms; groups sharing a term are one group. */
export function toAliasGroups(aliases: readonly Omit<SearchAlias, 'source'>[]): AliasGroups {
  const groups: Set<string>[] = [];
  for (const { alias, expansion } of aliases) {
    const terms = [foldKey(alias), foldKey(expansion)].filter((term) => term !== '');
    const joined = groups.filter((group) => terms.some((term) => group.has(term)));
    const merged = new Set([...terms, ...joined.flatMap((group) => [...group])]);
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups.map((group) => [...group]);
}

/** Replaces the county's own aliases of a district (all or nothing); returns the list now in effect. */
export async function setSearchAliases(
  deps: AnalysisDeps,
  districtAgs: string,
  aliases: readonly { alias: string; expansion: string }[],
): Promise<SearchAlias[]> {
  if (aliases.length > maxAliases)
    throw new BadUserInputError(`At most ${maxAliases} search aliases per district, not ${aliases.length}`, {
      field: 'aliases',
      messageDe: `Höchstens ${maxAliases} Suchbegriffe je Landkreis, nicht ${aliases.length}`,
    });
  const cleaned = aliases.map(({ alias, expansion }, index) => {
    for (const [field, value] of [
      ['alias', alias],
      ['expansion', expansion],
    ] as const) {
      if (foldKey(value) === '' || value.length > maxLength)
        throw new BadUserInputError(
          `aliases[${index}].${field} ${quote(value)} must hold a letter or digit and at most ${maxLength} characters; nothing was written`,
          {
            field: `aliases[${index}].${field}`,
            value,
            messageDe: `aliases[${index}].${field} ${quote(value)} muss einen Buchstaben oder eine Ziffer und höchstens ${maxLength} Zeichen haben; nichts wurde geschrieben`,
          },
        );
    }
    return { alias: alias.trim(), expansion: expansion.trim() };
  });
  const session = requireDriver(deps).session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // The version advances with the aliases: the public directory's search answers are kept per data version
    // (server/http/cache-anonymous-reads.ts).
    await session.executeWrite(
      advancing(async (tx) => {
        const found = await tx.run('MATCH (d:District {ags: $districtAgs}) RETURN d.ags', { districtAgs });
        if (found.records.length === 0)
          throw new NotFoundError(`There is no district with ags ${quote(districtAgs)}; nothing was written`, {
            field: 'districtAgs',
            value: districtAgs,
          });
        await tx.run('MATCH (a:SearchAlias {districtAgs: $districtAgs}) DELETE a', { districtAgs });
        await tx.run(
          'UNWIND $aliases AS row CREATE (:SearchAlias {districtAgs: $districtAgs, alias: row.alias, expansion: row.expansion})',
          { districtAgs, aliases: cleaned },
        );
      }),
    );
  } finally {
    await session.close();
  }
  return listSearchAliases(deps, districtAgs);
}

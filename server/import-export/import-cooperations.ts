// Plans and writes the import of cooperation links: a link is the pair of actors (from -> to), named by id or by
// source and externalId; its properties are those of Cooperation in the schema. Re-importing a pair updates it.
import type { Transaction } from 'neo4j-driver';
import { batches, type ImportPlan, type RowOutcome } from './import-plan.js';
import { cellProblem, rowProblem, type ProblemList } from './import-problems.js';
import { plainOf, samePlain, toStored, type PlainValue } from './neo4j-values.js';
import { locate, type ParsedRow, type RowParser } from './parse-rows.js';
import { actorReference, findActors, resolveActor } from './resolve-references.js';

const ends = {
  from: { idColumn: 'fromId', sourceColumn: 'fromSource', externalIdColumn: 'fromExternalId' },
  to: { idColumn: 'toId', sourceColumn: 'toSource', externalIdColumn: 'toExternalId' },
};

const propertyKeys = ['kind', 'since', 'until', 'strength', 'note'];

export async function planCooperationImport(
  tx: Transaction,
  parser: RowParser,
  rows: ParsedRow[],
  problems: ProblemList,
): Promise<ImportPlan | undefined> {
  const { template, map } = parser;
  const references = rows.map((row) => ({
    from: actorReference(row, ends.from, parser.defaultSource),
    to: actorReference(row, ends.to, parser.defaultSource),
  }));
  const all = references.flatMap((pair) => [pair.from, pair.to]);
  const actors = await findActors(
    tx,
    all.map((reference) => reference.id).filter((id): id is string => id !== null),
    all
      .filter((reference) => reference.externalId !== null && reference.source !== null)
      .map((reference) => ({ source: reference.source!, externalId: reference.externalId! })),
  );

  const pairs: { row: ParsedRow; from: string; to: string }[] = [];
  const rowOfPair = new Map<string, number>();
  rows.forEach((row, index) => {
    const from = resolveActor(parser, row, references[index]!.from, actors, problems);
    const to = resolveActor(parser, row, references[index]!.to, actors, problems);
    if (from === undefined || to === undefined) return;
    if (from === to) {
      problems.add(
        rowProblem(
          'BAD_VALUE',
          row.row,
          `names the same actor (id "${from}") on both sides; an actor cannot cooperate with itself`,
        ),
      );
      return;
    }
    const pair = `${from}>${to}`;
    const first = rowOfPair.get(pair);
    if (first !== undefined) {
      const column = map.byKey.has('toExternalId') ? 'toExternalId' : 'toId';
      problems.add(
        cellProblem(
          'DUPLICATE_KEY',
          locate(parser, row, column),
          row.texts.get(column) ?? '',
          `repeats the cooperation of row ${first} (the same two actors); each link may appear once`,
        ),
      );
      return;
    }
    rowOfPair.set(pair, row.row);
    pairs.push({ row, from, to });
  });
  if (problems.count > 0) return undefined;

  const existing = new Map<string, Record<string, PlainValue>>();
  for (const batch of batches(pairs, 2000)) {
    const result = await tx.run(
      `UNWIND $pairs AS p MATCH (a:Actor {id: p.from})-[c:COOPERATES_WITH]->(b:Actor {id: p.to})
       RETURN p.from AS from, p.to AS to, properties(c) AS props`,
      { pairs: batch.map(({ from, to }) => ({ from, to })) },
    );
    for (const record of result.records) {
      const props: Record<string, PlainValue> = {};
      for (const [key, value] of Object.entries(record.get('props') as Record<string, unknown>))
        props[key] = plainOf(value);
      existing.set(`${record.get('from') as string}>${record.get('to') as string}`, props);
    }
  }

  const present = propertyKeys.filter((key) => map.byKey.has(key));
  const kinds = new Map(template.columns.map((spec) => [spec.key, spec.kind]));
  const outcomes: RowOutcome[] = [];
  const creates: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  for (const { row, from, to } of pairs) {
    const before = existing.get(`${from}>${to}`);
    const props: Record<string, unknown> = {};
    const changed: string[] = [];
    for (const key of present) {
      const value = row.values.get(key) ?? null;
      props[key] = toStored(kinds.get(key)!, value);
      if (before ? !samePlain(before[key], value) : value !== null) changed.push(key);
    }
    const name = (side: 'from' | 'to') => {
      const externalId = row.values.get(`${side}ExternalId`);
      return typeof externalId === 'string' ? externalId : side === 'from' ? from : to;
    };
    const action = !before ? 'create' : changed.length > 0 ? 'update' : 'unchanged';
    outcomes.push({ row: row.row, action, key: `${name('from')} -> ${name('to')}`, fields: changed });
    if (action === 'create') creates.push({ from, to, props });
    if (action === 'update') updates.push({ from, to, props });
  }

  return {
    outcomes,
    writes: creates.length + updates.length,
    labels: new Set(['Actor']),
    touched: {
      label: 'Actor',
      keys: [...new Set([...creates, ...updates].map((row) => row.from as string))],
      fields: ['cooperatesWith'],
    },
    async write(tx, onProgress) {
      const total = creates.length + updates.length;
      let done = 0;
      for (const batch of batches(creates)) {
        await tx.run(
          `UNWIND $rows AS row MATCH (a:Actor {id: row.from}) MATCH (b:Actor {id: row.to})
           CREATE (a)-[c:COOPERATES_WITH]->(b) SET c = row.props`,
          { rows: batch },
        );
        onProgress((done += batch.length), total);
      }
      for (const batch of batches(updates)) {
        await tx.run(
          `UNWIND $rows AS row MATCH (:Actor {id: row.from})-[c:COOPERATES_WITH]->(:Actor {id: row.to}) SET c += row.props`,
          { rows: batch },
        );
        onProgress((done += batch.length), total);
      }
    },
  };
}

// The figures of an operation (measure-operation.ts) remembered per parsed document, so that the walk runs once per
// query text and not once per request (issue 17). Apollo keeps each query text's parsed and validated document in its
// documentStore and hands every request of the same text the same DocumentNode, which keys a WeakMap here (gone with
// the document when Apollo's store drops it). The figures depend on the document, the operation and the variables
// the cost model reads, and of those only on their shape: numbers (list sizes such as `limit`, `hops`), list lengths
// (`id: { in: [...] }`), object keys and whether a value is there at all; the content of a string (an id, an AGS, a
// category) never changes them (server/http/field-costs.ts reads strings only for their presence). So an entry
// remembers which variables the walk read and their shapes: a request with another list size is measured anew, one
// with another id or municipality is not.
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { OperationSize } from './measure-operation.js';

interface Entry {
  operationName: string | null;
  read: [string, string][]; // each variable the walk read, with the shape of its value
  size: OperationSize | undefined;
}

const absent = '\u0000absent';
const maxEntriesPerDocument = 16; // distinct list sizes of one query text; the oldest goes first

/** A value as the cost model can see it: strings by their presence only, numbers, booleans, lengths and keys as they are. */
function shapeOf(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, shapeOf(item)]),
    );
  return value;
}

const valueKey = (variables: Record<string, unknown>, name: string) =>
  Object.hasOwn(variables, name) ? (JSON.stringify(shapeOf(variables[name])) ?? absent) : absent;

export type Measure = (onVariableRead: (name: string) => void) => OperationSize | undefined;

export class MeasureCache {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Entry[]>>();
  hits = 0;
  misses = 0;

  /** The remembered figures for this request, or those of measure(), remembered. */
  sizeOf(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | null | undefined,
    measure: Measure,
  ): OperationSize | undefined {
    const given = variables ?? {};
    const name = operationName ?? null;
    let documents = this.bySchema.get(schema);
    if (!documents) this.bySchema.set(schema, (documents = new WeakMap()));
    let entries = documents.get(document);
    if (!entries) documents.set(document, (entries = []));
    const known = entries.find(
      (entry) => entry.operationName === name && entry.read.every(([key, value]) => valueKey(given, key) === value),
    );
    if (known) {
      this.hits += 1;
      return known.size;
    }
    this.misses += 1;
    const read = new Set<string>();
    const size = measure((key) => read.add(key));
    entries.push({ operationName: name, read: [...read].map((key) => [key, valueKey(given, key)]), size });
    if (entries.length > maxEntriesPerDocument) entries.shift();
    return size;
  }
}

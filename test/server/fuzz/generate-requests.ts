// Random GraphQL requests drawn from the served schema with fast-check's `gen`: operations with aliases, named
// and inline fragments, nested lists with arguments, filters, sorts and aggregates from the generated input
// types, update operators and create inputs, arguments as literals or as variables, and hostile scalar values.
// Every write is pinned to the test's own data, so that the fuzz never touches another test file's graph.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** fast-check's generator function inside `fc.gen()`. */
export type Gen = fc.GeneratorValue;

/** One of the items, drawn by name so that a failure report shows names rather than schema objects. */
function pick<T extends { name: string }>(g: Gen, items: readonly T[]): T {
  const name = g(() => fc.constantFrom(...items.map((item) => item.name)));
  return items.find((item) => item.name === name)!;
}

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

/** Strings a careless server trips over: control and bidi characters, quotes, Cypher and Lucene syntax, size. */
const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202eevil',
  '\u2066x\u2069',
  '\ud800',
  'x\udfff',
  '"',
  "'",
  '\\',
  '`',
  '${x}',
  '$jwt.actorId',
  "') RETURN 1 //",
  'MATCH (n) DETACH DELETE n',
  '(',
  'AND',
  '-',
  '*',
  '~',
  'a:b',
  '[a TO b]',
  '🙂',
  'Bücken',
  'x'.repeat(10_000),
  'wort '.repeat(2_000),
];

const edgeInts = [0, 1, -1, 2, 5, 100, 1000, 2_147_483_647, -2_147_483_648, 2_147_483_648, 9_007_199_254_740_991];
const edgeFloats = ['0', '-0.0', '1.5', '-1e9', '1e308', '1e400', '-1e400', '25', '0.000001'];
const dateTexts = [
  '2027-01-01',
  '2027-02-29',
  '2028-02-29',
  '2027-02-30',
  '1970-01-01',
  '9999-12-31',
  '0000-01-01',
  'x',
];
const dateTimeTexts = ['2027-01-01T00:00:00Z', '2027-01-01T25:00:00Z', '2027-01-01', 'now', '1970-01-01T00:00:00.000Z'];

function randomString(g: Gen): string {
  return g(() =>
    fc.oneof(
      fc.constantFrom(...hostileStrings),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.stringMatching(/^[A-Za-zÄÖÜäöüß ]{1,20}$/),
    ),
  );
}

/** A scalar's value as a JSON value (for variables) and as a GraphQL literal. */
function scalarValue(g: Gen, name: string): { json: unknown; literal: string } {
  switch (name) {
    case 'Int': {
      const value = g(() => fc.oneof(fc.constantFrom(...edgeInts), fc.integer({ min: -50, max: 500 })));
      return { json: value, literal: String(value) };
    }
    case 'Float': {
      const text = g(() => fc.constantFrom(...edgeFloats));
      const number = Number(text);
      return { json: Number.isFinite(number) ? number : 1e308, literal: text };
    }
    case 'Boolean': {
      const value = g(() => fc.boolean());
      return { json: value, literal: String(value) };
    }
    case 'Date': {
      const value = g(() => fc.constantFrom(...dateTexts));
      return { json: value, literal: JSON.stringify(value) };
    }
    case 'DateTime': {
      const value = g(() => fc.constantFrom(...dateTimeTexts));
      return { json: value, literal: JSON.stringify(value) };
    }
    default: {
      const value = randomString(g);
      return { json: value, literal: JSON.stringify(value) };
    }
  }
}

export interface InputOptions {
  maxDepth: number; // nesting of input objects (filters nest through AND/OR/NOT and relationships)
  skipField?: (typeName: string, fieldName: string) => boolean; // fields a write must not reach (other tests' data)
}

/** A value of an input type, as JSON and as a GraphQL literal. Sometimes null, sometimes of the wrong kind. */
export function inputValue(
  g: Gen,
  type: GraphQLInputType,
  depth: number,
  options: InputOptions,
): { json: unknown; literal: string } {
  if (isNonNullType(type)) return inputValue(g, type.ofType, depth, options);
  if (g(() => fc.integer({ min: 0, max: 40 })) === 0) return { json: null, literal: 'null' };
  if (isListType(type)) {
    const count = g(() => fc.integer({ min: 0, max: 3 }));
    const items = Array.from({ length: count }, () => inputValue(g, type.ofType, depth, options));
    return { json: items.map((item) => item.json), literal: `[${items.map((item) => item.literal).join(', ')}]` };
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    const value = g(() =>
      fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...values) }, fc.constantFrom('BOGUS', 'open')),
    );
    return { json: value, literal: value };
  }
  if (isScalarType(type)) return scalarValue(g, type.name);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => !options.skipField?.(type.name, field.name));
    const required = fields.filter((field) => isNonNullType(field.type));
    const optional = depth >= options.maxDepth ? [] : fields.filter((field) => !isNonNullType(field.type));
    const count = optional.length === 0 ? 0 : g(() => fc.integer({ min: 0, max: Math.min(3, optional.length) }));
    const picked = new Map(required.map((field) => [field.name, field]));
    for (let i = 0; i < count; i += 1) {
      const field = pick(g, optional);
      picked.set(field.name, field);
    }
    const entries = [...picked.values()].map(
      (field) => [field.name, inputValue(g, field.type, depth + 1, options)] as const,
    );
    return {
      json: Object.fromEntries(entries.map(([name, value]) => [name, value.json])),
      literal: `{ ${entries.map(([name, value]) => `${name}: ${value.literal}`).join(', ')} }`,
    };
  }
  return { json: null, literal: 'null' };
}

/** Builds one operation's text: variables and fragments are collected while the selection is drawn. */
class OperationBuilder {
  private readonly variables: Record<string, unknown> = {};
  private readonly declarations: string[] = [];
  private readonly fragments: string[] = [];

  constructor(
    private readonly g: Gen,
    private readonly schema: GraphQLSchema,
    private readonly inputOptions: InputOptions,
  ) {}

  /** An argument's value: a variable (typed as the argument) or an inline literal. */
  argument(arg: GraphQLArgument, value: { json: unknown; literal: string }): string {
    if (this.g(() => fc.boolean())) return `${arg.name}: ${value.literal}`;
    const name = `v${this.declarations.length}`;
    this.declarations.push(`$${name}: ${String(arg.type)}`);
    this.variables[name] = value.json;
    return `${arg.name}: $${name}`;
  }

  arguments(field: GraphQLField<unknown, unknown>, fixed: Record<string, string> = {}): string {
    const parts = Object.entries(fixed).map(([name, literal]) => `${name}: ${literal}`);
    for (const arg of field.args) {
      if (arg.name in fixed) continue;
      const wanted = isNonNullType(arg.type) || this.g(() => fc.integer({ min: 0, max: 3 })) === 0;
      if (!wanted) continue;
      parts.push(this.argument(arg, inputValue(this.g, arg.type, 0, this.inputOptions)));
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  /** A selection set of an object type, with aliases, nested lists and sometimes its fields in a fragment. */
  selection(type: GraphQLObjectType | GraphQLInterfaceType, depth: number): string {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0);
    const branches = depth >= 3 ? [] : fields.filter((field) => !isLeafType(getNamedType(field.type)));
    const count = this.g(() => fc.integer({ min: 1, max: 4 }));
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const useBranch = branches.length > 0 && this.g(() => fc.integer({ min: 0, max: 2 })) === 0;
      const field = useBranch ? pick(this.g, branches) : undefined;
      const alias = this.g(() => fc.integer({ min: 0, max: 3 })) === 0 ? `a${i}${depth}: ` : '';
      if (field) {
        const named = getNamedType(field.type);
        const inner =
          isObjectType(named) || isInterfaceType(named)
            ? ` { ${this.selection(named, depth + 1)} }`
            : ' { __typename }';
        parts.push(`${alias}${field.name}${this.arguments(field)}${inner}`);
      } else if (leaves.length > 0) {
        parts.push(`${alias}${pick(this.g, leaves).name}`);
      } else {
        parts.push('__typename');
      }
    }
    const wrap = this.g(() => fc.integer({ min: 0, max: 5 }));
    if (wrap === 0) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${parts.join(' ')} }`);
      return `...${name} __typename`;
    }
    if (wrap === 1) return `... on ${type.name} { ${parts.join(' ')} }`;
    return parts.join(' ');
  }

  /** One root field of Query or Mutation with drawn arguments (or the fixed ones) and a drawn selection. */
  rootField(field: GraphQLField<unknown, unknown>, fixed: Record<string, string> = {}, times = 1): string {
    const named = getNamedType(field.type);
    const parts: string[] = [];
    for (let i = 0; i < times; i += 1) {
      const selection = isObjectType(named) || isInterfaceType(named) ? ` { ${this.selection(named, 1)} }` : '';
      const alias = times > 1 || this.g(() => fc.boolean()) ? `r${i}: ` : '';
      parts.push(`${alias}${field.name}${this.arguments(field, fixed)}${selection}`);
    }
    return parts.join('\n  ');
  }

  build(kind: 'query' | 'mutation', body: string): Request {
    const declarations = this.declarations.length > 0 ? `(${this.declarations.join(', ')})` : '';
    const query = `${kind} Fuzz${declarations} {\n  ${body}\n}\n${this.fragments.join('\n')}`;
    return { query, variables: this.variables };
  }

  get schemaOf(): GraphQLSchema {
    return this.schema;
  }
}

/** Root query fields that analyse a whole area take the test's district, so that a run stays small. */
const areaArguments = ['districtAgs'];

/** A read: one to three root fields of Query (sometimes aliased several times), any arguments, any selection. */
export function generateQuery(g: Gen, schema: GraphQLSchema, districtAgs: string): Request {
  const builder = new OperationBuilder(g, schema, { maxDepth: 3 });
  const fields = Object.values(schema.getQueryType()!.getFields());
  const roots = g(() => fc.integer({ min: 1, max: 3 }));
  const parts: string[] = [];
  for (let i = 0; i < roots; i += 1) {
    const field = pick(g, fields);
    const fixed: Record<string, string> = {};
    for (const arg of field.args) if (areaArguments.includes(arg.name)) fixed[arg.name] = JSON.stringify(districtAgs);
    const times = g(() => fc.integer({ min: 0, max: 8 })) === 0 ? g(() => fc.integer({ min: 2, max: 6 })) : 1;
    parts.push(builder.rootField(field, fixed, times).replace(/^r(\d+): /gm, `r${i}_$1: `));
  }
  return builder.build('query', parts.join('\n  '));
}

export interface WriteTarget {
  prefix: string; // every name and title the fuzz creates starts with it
  offerId: string; // the test's offer that updates change
  actorId: string; // the test's provider that updates change and new offers connect to
}

/** Relationship inputs could connect to or delete other tests' nodes: writes draw only scalar fields. */
const relationshipInput = /(FieldInput|ConnectInput|DisconnectInput|DeleteInput|ConnectFieldInput|RelationshipInput)$/;
const relationshipField = (schema: GraphQLSchema) => (typeName: string, fieldName: string) => {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) return false;
  const field = type.getFields()[fieldName];
  return field !== undefined && relationshipInput.test(getNamedType(field.type).name);
};

/** A write on the test's own data: create, update (with update operators) or delete of offers, or an actor update. */
export function generateMutation(g: Gen, schema: GraphQLSchema, target: WriteTarget): Request {
  const skipField = relationshipField(schema);
  const builder = new OperationBuilder(g, schema, { maxDepth: 2, skipField });
  const mutation = schema.getMutationType()!.getFields();
  const input = (typeName: string) =>
    inputValue(g, schema.getType(typeName) as GraphQLInputType, 0, { maxDepth: 2, skipField });
  const provider = `{ connect: [{ where: { node: { id: { eq: ${JSON.stringify(target.actorId)} } } } }] }`;
  const kind = g(() => fc.constantFrom('createOffers', 'updateOffers', 'updateActors', 'deleteOffers'));
  const selection = (field: string) => {
    const named = getNamedType(mutation[field]!.type) as GraphQLObjectType;
    return builder.selection(named, 1);
  };
  if (kind === 'createOffers') {
    const count = g(() => fc.integer({ min: 1, max: 3 }));
    const items = Array.from({ length: count }, () => {
      const fields = input('OfferCreateInput').literal.replace(/^\{ | \}$/g, '');
      const title = `${target.prefix} ${randomString(g).slice(0, 40)}`;
      const rest = fields.replace(/(^|, )title: ("(?:[^"\\]|\\.)*"|null)/, '');
      return `{ ${[rest, `title: ${JSON.stringify(title)}`, `provider: ${provider}`].filter(Boolean).join(', ')} }`;
    });
    return builder.build('mutation', `createOffers(input: [${items.join(', ')}]) { ${selection('createOffers')} }`);
  }
  if (kind === 'updateOffers' || kind === 'updateActors') {
    const id = kind === 'updateOffers' ? target.offerId : target.actorId;
    const update = input(kind === 'updateOffers' ? 'OfferUpdateInput' : 'ActorUpdateInput');
    return builder.build(
      'mutation',
      `${kind}(where: { id: { eq: ${JSON.stringify(id)} } }, update: ${update.literal}) { ${selection(kind)} }`,
    );
  }
  const where = input('OfferWhere');
  return builder.build(
    'mutation',
    `deleteOffers(where: { AND: [{ title: { startsWith: ${JSON.stringify(target.prefix)} } }, ${where.literal}] }) { nodesDeleted relationshipsDeleted }`,
  );
}

/** A request text broken at random: cut, duplicated or with stray characters, as a client bug would send it. */
export function corrupt(g: Gen, request: Request): Request {
  const text = request.query;
  const at = g(() => fc.integer({ min: 0, max: Math.max(0, text.length - 1) }));
  const length = g(() => fc.integer({ min: 1, max: 20 }));
  const how = g(() => fc.constantFrom('cut', 'insert', 'duplicate'));
  const stray = g(() => fc.constantFrom('{', '}', '(', ')', '...', '$', '"', '@include(if: $x)', '#', '\u0000', '：'));
  const query =
    how === 'cut'
      ? text.slice(0, at) + text.slice(at + length)
      : how === 'insert'
        ? text.slice(0, at) + stray + text.slice(at)
        : text.slice(0, at) + text.slice(at, at + length).repeat(3) + text.slice(at + length);
  return { query, variables: request.variables };
}

// Summarises a V8 CPU profile (.cpuprofile, as written by `node --cpu-prof` or bench/profile-api.ts): self time by
// package or by the project's own concern (query cost, auth, rate limit, logging, ...), and the costliest functions.
// Run on a file: `npx tsx bench/summarise-profile.ts <file.cpuprofile> [requests]` (per request when given).

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[]; // µs since the previous sample
}

export interface ProfileSummary {
  totalMs: number;
  byCategory: [string, number][]; // ms, costliest first
  byFunction: [string, number][]; // ms, costliest first
}

/** The project's own files by concern; the rest of server/ is "ours: other". */
const ownConcerns: [RegExp, string][] = [
  [/\/server\/http\/(limit-queries|measure-operation|field-costs|query-text)\.ts/, 'ours: query cost and limits'],
  [/\/server\/http\/check-operation-shape\.ts/, 'ours: operation shape check'],
  [/\/server\/auth\//, 'ours: authentication'],
  [/\/server\/http\/(limit-rate|limit-auth-failures)\.ts/, 'ours: rate limit'],
  [/\/server\/(http\/log-requests|logger)\.ts/, 'ours: logging'],
  [/\/server\/http\/gate-sessions\.ts|\/server\/schema\/route-request-sessions\.ts/, 'ours: session gate'],
  [/\/server\/schema\//, 'ours: schema guards (access, dates, writes)'],
  [/\/server\/graphql\//, 'ours: custom resolvers'],
  [/\/server\//, 'ours: other'],
  [/\/bench\//, 'client: the bench itself'],
];

/** The category of a sample's function: a package, a part of graphql-js or @neo4j/graphql, one of ours, or V8's. */
export function categorise(functionName: string, url: string): string {
  if (url === '') {
    if (functionName === '(garbage collector)') return 'V8: garbage collection';
    if (functionName === '(idle)') return 'idle (waiting: Neo4j, network)';
    if (functionName === '(program)') return 'V8: program (native, compiler)';
    if (/^(parse|stringify|JSONParse|JSONStringify)$/.test(functionName)) return 'JSON parse/stringify';
    return 'V8: builtins';
  }
  const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (modules) {
    const [, name, rest] = modules as unknown as [string, string, string];
    if (name === 'graphql') {
      const part = rest.split('/')[0] ?? '';
      const parts: Record<string, string> = {
        language: 'graphql-js: parse/print',
        validation: 'graphql-js: validate',
        execution: 'graphql-js: execute',
      };
      return parts[part] ?? `graphql-js: ${part.replace(/\.m?js$/, '')}`;
    }
    if (name === '@neo4j/graphql') {
      const part = rest.replace(/^dist\//, '').split('/')[0] ?? '';
      return `@neo4j/graphql: ${part.replace(/\.js$/, '')}`;
    }
    if (name === '@neo4j/cypher-builder') return '@neo4j/graphql: cypher-builder';
    if (name.startsWith('neo4j-driver')) return 'neo4j-driver';
    if (name.startsWith('@apollo/')) return 'Apollo Server';
    if (name.startsWith('@as-integrations/')) return 'Apollo Server';
    if (name === 'pino' || name.startsWith('pino-') || name.startsWith('@pinojs/')) return 'ours: logging';
    return `package: ${name}`;
  }
  for (const [pattern, concern] of ownConcerns) if (pattern.test(url)) return concern;
  if (url.startsWith('node:internal/deps/undici')) return 'client: fetch (undici)';
  const core = url.match(/^node:(?:internal\/)?([^/]+)/);
  if (core) return `node core: ${core[1]!.replace(/^_/, '')}`;
  return `other: ${url.slice(-60)}`;
}

/** Frames of V8 and Node without a script of their own, whose time is not the caller's work but their own. */
const ownCategory = /^(V8: (garbage|program)|idle|JSON)/;

export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  /**
   * A builtin (Array.map, a RegExp) and Node's own code (a socket's writeBuffer, streams, buffers) count for the
   * package that called them: whose work it is (the driver's writes to Neo4j, Express's response, the client's
   * request). What Node runs on its own (the event loop reading a socket) stays Node's. The profiler's own stop (the
   * inspector's dispatch, serialising the profile) is left out.
   */
  const categoryOf = (id: number): string | undefined => {
    const { functionName, url } = byId.get(id)!.callFrame;
    if (url === 'node:inspector') return undefined;
    const own = categorise(functionName, url);
    if (ownCategory.test(own) || !(url === '' || own.startsWith('node core:'))) return own;
    for (let parent = parentOf.get(id); parent !== undefined; parent = parentOf.get(parent)) {
      const frame = byId.get(parent)!.callFrame;
      if (frame.url === 'node:inspector') return undefined;
      if (frame.url === '') continue;
      const category = categorise(frame.functionName, frame.url);
      if (!category.startsWith('node core:')) return category;
    }
    return own;
  };
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const category = categoryOf(id);
    if (category === undefined) continue;
    totalUs += us;
    categories.set(category, (categories.get(category) ?? 0) + us);
    const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|bench|shared)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>) =>
    [...map].map(([key, us]) => [key, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { totalMs: totalUs / 1000, byCategory: sorted(categories), byFunction: sorted(functions) };
}

/** Lines of the summary, per request when requests is given; categories under 1 % of the total are folded. */
export function formatSummary(summary: ProfileSummary, requests = 1, topFunctions = 15): string {
  const per = (ms: number) => (ms / requests).toFixed(3).padStart(8);
  const share = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)} %`;
  const shown = summary.byCategory.filter(([, ms]) => ms / summary.totalMs >= 0.01);
  const folded = summary.byCategory.filter(([, ms]) => ms / summary.totalMs < 0.01);
  const foldedMs = folded.reduce((sum, [, ms]) => sum + ms, 0);
  const unit = requests === 1 ? 'ms' : 'ms/request';
  // The same, by group (the part before the colon): the project's own code, graphql-js, @neo4j/graphql, Node, ...
  const groups = new Map<string, number>();
  for (const [name, ms] of summary.byCategory) {
    const group = /^[^(]+: /.test(name) ? name.slice(0, name.indexOf(': ')) : name;
    groups.set(group, (groups.get(group) ?? 0) + ms);
  }
  return [
    `  by group (${unit}): ${[...groups]
      .sort((a, b) => b[1] - a[1])
      .map(([group, ms]) => `${group} ${(ms / requests).toFixed(2)}`)
      .join(', ')}`,
    `  self time by category (${unit}, share of the profile):`,
    ...shown.map(([name, ms]) => `  ${per(ms)}  ${share(ms)}  ${name}`),
    ...(folded.length ? [`  ${per(foldedMs)}  ${share(foldedMs)}  (${folded.length} categories under 1 %)`] : []),
    `  ${per(summary.totalMs)}  100.0 %  total`,
    `  costliest functions (self, ${unit}):`,
    ...summary.byFunction.slice(0, topFunctions).map(([name, ms]) => `  ${per(ms)}  ${name}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fs = await import('node:fs');
  const [file, requests] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/summarise-profile.ts <file.cpuprofile> [requests]');
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  console.log(formatSummary(summariseProfile(profile), requests ? Number(requests) : 1, 30));
}

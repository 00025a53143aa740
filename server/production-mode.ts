// Imported first by the server's entry point (server/main.ts) and the benchmarks that serve the API in their own
// process, before anything loads graphql-js: graphql-js decides once, when it is loaded, whether it runs in
// development mode, where every `instanceOf` check (one per field it completes) takes a slow path that looks for a
// second copy of the library (~0.9 ms per ego-network request, BENCHMARKS.md, issue 17). The server runs as in
// production unless NODE_ENV says otherwise. Express's mode, Apollo's stack traces and introspection are set by the
// project's own settings and do not depend on it; Apollo's landing page at GET /graphql does (the project's GraphiQL is
// /graphiql either way).
process.env.NODE_ENV ??= 'production';

export {};

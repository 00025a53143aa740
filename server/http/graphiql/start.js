// Starts GraphiQL against this server's /graphql, with an analyst's first query.
const defaultQuery = `# Bildungsnetz GraphQL API. Ctrl-Enter runs the query; the Docs button lists every type.
query IntegrationCoursesByMunicipality {
  offers(
    where: { category: { eq: INTEGRATION_COURSE }, status: { in: [PLANNED, OPEN] } }
    sort: [{ startDate: ASC }]
    limit: 20
  ) {
    title
    courseType
    startDate
    capacity
    booked
    freePlaces
    venue { name }
    provider { name }
  }
}
`;
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
// A token handed over in the link (/graphiql#token=..., as `npm start` prints it) fills the Headers tab; the
// fragment never reaches the server and is removed from the address bar.
const token = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)?.[1];
if (token) history.replaceState(null, '', window.location.pathname + window.location.search);
const headers = token ? JSON.stringify({ Authorization: `Bearer ${decodeURIComponent(token)}` }, null, 2) : undefined;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    defaultEditorToolsVisibility: true,
    ...(headers ? { headers } : {}),
  }),
);

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
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
);

// Starts GraphiQL against this server's /graphql, with an analyst's first query. Bundled by Vite
// (server/http/graphiql/vite.config.ts) from the graphiql, react and react-dom packages: no CDN, no UMD files.
// Plain JavaScript: the project installs no React type definitions for one page that only mounts a component.
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

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

/** GraphiQL's fetcher contract: the operation as JSON to /graphql, with the headers of its Headers tab. */
async function fetcher(params, options) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
}

// A token handed over in the link (/graphiql#token=..., as `npm start` prints it) fills the Headers tab; the
// fragment never reaches the server and is removed from the address bar.
const token = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)?.[1];
if (token) history.replaceState(null, '', window.location.pathname + window.location.search);
const headers = token ? JSON.stringify({ Authorization: `Bearer ${decodeURIComponent(token)}` }, null, 2) : undefined;
createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    defaultEditorToolsVisibility: true,
    ...(headers ? { headers } : {}),
  }),
);

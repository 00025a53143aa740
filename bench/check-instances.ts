// Before a load run over several instances (bench:load --instances=N): through the instances themselves, not the
// proxy, a write through the first is seen at once through each other one, which had the district's gap table in
// its analysis cache, and a delete through another is seen at once through the first. Throws when not.

const gapsQuery = `query CheckGaps($d: String!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) {
  municipalities { ags freePlacesInReach } } }`;

interface CheckOptions {
  urls: string[]; // the instances, the first one writes
  token: string; // a coordinator's token of the run
  districtAgs: string;
  venueAgs: string; // a municipality of the district
  providerId: string;
  source: string; // the run's source, so that its clean-up removes the offer
}

async function gql<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`${url}: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Free places in reach of the venue by the gap table of one instance (read twice: the second from its cache). */
async function freePlaces(url: string, options: CheckOptions): Promise<number> {
  type Gaps = { coverageGaps: { municipalities: { ags: string; freePlacesInReach: number }[] } };
  const read = async () =>
    (await gql<Gaps>(url, options.token, gapsQuery, { d: options.districtAgs })).coverageGaps.municipalities.find(
      (row) => row.ags === options.venueAgs,
    )?.freePlacesInReach ?? Number.NaN;
  const first = await read();
  const second = await read();
  if (first !== second) throw new Error(`${url}: two reads without a write differ (${first}, ${second})`);
  return second;
}

/** Each line says what was checked, and the id of the offer written and deleted; throws at the first that does not hold. */
export async function checkInstancesShareWrites(options: CheckOptions): Promise<{ lines: string[]; offerId: string }> {
  const [writer, ...readers] = options.urls;
  if (!writer || readers.length === 0) throw new Error('the check needs at least two instances');
  const lines: string[] = [];
  const before = await Promise.all(readers.map((url) => freePlaces(url, options)));
  const created = await gql<{ createOffers: { offers: { id: string }[] } }>(
    writer,
    options.token,
    `mutation CheckCreate($input: [OfferCreateInput!]!) { createOffers(input: $input) { offers { id } } }`,
    {
      input: [
        {
          title: 'Integrationskurs Zwei Instanzen',
          category: 'INTEGRATION_COURSE',
          format: 'IN_PERSON',
          status: 'OPEN',
          capacity: 10,
          booked: 0,
          source: options.source,
          provider: { connect: [{ where: { node: { id: { eq: options.providerId } } } }] },
          venue: { connect: [{ where: { node: { ags: { eq: options.venueAgs } } } }] },
        },
      ],
    },
  );
  const id = created.createOffers.offers[0]!.id;
  for (const [i, url] of readers.entries()) {
    const after = await freePlaces(url, options);
    if (after !== before[i]! + 10)
      throw new Error(
        `${url} still answers ${after} free places after a write of 10 through ${writer} (before ${before[i]})`,
      );
    lines.push(
      `write through ${writer}, read at once through ${url}: ${before[i]} -> ${after} free places (cached table replaced)`,
    );
  }
  const baseline = await freePlaces(writer, options);
  await gql(
    readers[0]!,
    options.token,
    `mutation CheckDelete($id: ID!) { deleteOffers(where: { id: { eq: $id } }) { nodesDeleted } }`,
    { id },
  );
  const back = await freePlaces(writer, options);
  if (back !== baseline - 10)
    throw new Error(
      `${writer} still answers ${back} free places after a delete through ${readers[0]} (before ${baseline})`,
    );
  lines.push(`delete through ${readers[0]}, read at once through ${writer}: ${baseline} -> ${back} free places`);
  return { lines, offerId: id };
}

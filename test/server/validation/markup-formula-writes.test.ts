// Markup and spreadsheet formulas against the real Neo4j, through every write path that takes the county's texts:
// generated mutations (nodes, nested creates, relationship properties, updates), a partner's push, the spreadsheet
// import and an account's display name. Each refuses with a message that names the field and quotes the value, and
// writes nothing; what is fine (a phone number starting with +, "5 < 6", "A & B") is written. Values stored before
// the rule are defused by every export: no CSV or XLSX cell starts with a formula character.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoErrors } from '../../support/fixtures.js';
import { uniquePrefix } from '../../support/test-server.js';
import { createAccount } from '../../../server/auth/accounts.js';
import { exportList } from '../../../server/import-export/export-list.js';
import { readTable } from '../../../server/import-export/read-table.js';
import { csv, messages, startKit, type Kit } from '../import-export/import-test-kit.js';

let kit: Kit;
const prefix = uniquePrefix('markup');

const createActors = `mutation($input: [ActorCreateInput!]!) { createActors(input: $input) { actors { id } } }`;
const updateOffers = `mutation($id: ID!, $update: OfferUpdateInput!) { updateOffers(where: { id: { eq: $id } }, update: $update) { offers { id } } }`;
const updateActors = `mutation($id: ID!, $update: ActorUpdateInput!) { updateActors(where: { id: { eq: $id } }, update: $update) { actors { id } } }`;
const createMeetings = `mutation($input: [MeetingCreateInput!]!) { createMeetings(input: $input) { meetings { id } } }`;
const upsertOffers = `mutation($source: String!, $offers: [OfferUpsertInput!]!) {
  upsertOffers(source: $source, offers: $offers) { created errors { index field value message } }
}`;

const actor = (fields: Record<string, unknown>) => ({
  name: `${prefix} Verein`,
  kind: 'ASSOCIATION',
  municipality: { connect: [{ where: { node: { ags: { eq: kit.place.townAgs } } } }] },
  ...fields,
});

let offerId: string;

beforeAll(async () => {
  kit = await startKit('markup');
  const created = await kit.server.gql(
    `mutation($input: [OfferCreateInput!]!) { createOffers(input: $input) { offers { id } } }`,
    {
      input: [
        {
          title: `${prefix} Sprachcafé`,
          category: 'LANGUAGE_CAFE',
          format: 'IN_PERSON',
          status: 'OPEN',
          description: 'Donnerstags',
          provider: { connect: [{ where: { node: { id: { eq: kit.place.providerId } } } }] },
        },
      ],
    },
  );
  expectNoErrors(created);
  offerId = (created.data as { createOffers: { offers: { id: string }[] } }).createOffers.offers[0]!.id;
});

afterAll(async () => {
  await kit?.server.cypher(
    'MATCH (n) WHERE (n:Actor OR n:Offer OR n:Meeting) AND (n.name STARTS WITH $p OR n.title STARTS WITH $p OR n.topic STARTS WITH $p) DETACH DELETE n',
    { p: prefix },
  );
  await kit?.server.cypher('MATCH (u:UserAccount) WHERE u.name STARTS WITH $p DETACH DELETE u', {
    p: prefix.toLowerCase(),
  });
  await kit?.close();
});

/** The one error of a refused request: BAD_USER_INPUT with the field, the quoted value and where. */
function refusal(response: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  return error!;
}

describe('generated mutations', () => {
  const markupCases: [string, Record<string, unknown>, string, string][] = [
    ['a script tag in a name', { name: `<script>alert(1)</script>${prefix}` }, 'Actor.name', 'input[0].name'],
    [
      'a bold tag in a description',
      { description: 'Wir sind <b>die Besten</b>' },
      'Actor.description',
      'input[0].description',
    ],
    ['an entity in an address', { address: 'Haupt&shy;straße 1' }, 'Actor.address', 'input[0].address'],
    ['a comment in a city', { city: '<!-- x -->Nienburg' }, 'Actor.city', 'input[0].city'],
  ];
  for (const [what, fields, field, path] of markupCases) {
    it(`refuses ${what}, naming the field and the value, and writes nothing`, async () => {
      const value = Object.values(fields)[0] as string;
      const error = refusal(await kit.server.gql(createActors, { input: [actor(fields)] }));
      expect(error.message).toContain(`${field} must not contain markup`);
      expect(error.message).toContain(`got "${value}" at ${path}`);
      expect(error.extensions).toMatchObject({ field, value, path });
      expect(await kit.server.cypher('MATCH (a:Actor) WHERE a.name CONTAINS $p RETURN a', { p: prefix })).toEqual([]);
    });
  }

  const formulaCases: [string, Record<string, unknown>, string][] = [
    ['=', { name: '=HYPERLINK("http://example.org","Klick")' }, 'Actor.name'],
    ['+', { description: '+SUMME(1;2)' }, 'Actor.description'],
    ['-', { address: '-2+3' }, 'Actor.address'],
    ['@', { city: '@cmd' }, 'Actor.city'],
    ['a tab', { description: '\t=1+1' }, 'Actor.description'],
    ['a carriage return', { description: '\r\n=1+1' }, 'Actor.description'],
    ['blanks before =', { name: '   =1+1' }, 'Actor.name'],
    ['= in an e-mail address', { email: '=1+1@example.org' }, 'Actor.email'],
  ];
  for (const [start, fields, field] of formulaCases) {
    it(`refuses text starting with ${start} as a formula, and writes nothing`, async () => {
      const input = actor({ name: `${prefix} Formel`, ...fields });
      const error = refusal(await kit.server.gql(createActors, { input: [input] }));
      expect(error.message).toContain(`${field} must not start with =, +, -, @`);
      expect(error.message).toContain('a spreadsheet would read it as a formula');
      expect(error.extensions?.field).toBe(field);
      expect(await kit.server.cypher('MATCH (a:Actor) WHERE a.name CONTAINS $p RETURN a', { p: prefix })).toEqual([]);
    });
  }

  it('refuses markup in an update and keeps the stored value', async () => {
    const error = refusal(
      await kit.server.gql(updateOffers, {
        id: offerId,
        update: { description: { set: '<img src=x onerror=alert(1)>' } },
      }),
    );
    expect(error.message).toMatch(
      /^Offer\.description must not contain markup .*; got "<img src=x onerror=alert\(1\)>" at update\.description\.set$/,
    );
    const [stored] = await kit.server.cypher('MATCH (o:Offer {id: $id}) RETURN o.description AS d', { id: offerId });
    expect(stored!.d).toBe('Donnerstags');
  });

  it('refuses a formula in a nested create and in a relationship property', async () => {
    const nested = refusal(
      await kit.server.gql(createActors, {
        input: [
          actor({
            name: `${prefix} Träger`,
            offers: {
              create: [{ node: { title: '=1+1', category: 'LANGUAGE_CAFE', format: 'IN_PERSON', status: 'OPEN' } }],
            },
          }),
        ],
      }),
    );
    expect(nested.message).toContain('Offer.title must not start with');
    expect(nested.extensions).toMatchObject({
      field: 'Offer.title',
      value: '=1+1',
      path: 'input[0].offers.create[0].node.title',
    });
    const edge = refusal(
      await kit.server.gql(updateActors, {
        id: kit.place.providerId,
        update: {
          cooperatesWith: [
            {
              connect: [
                {
                  where: { node: { id: { eq: kit.place.partnerId } } },
                  edge: { kind: 'REFERRAL', note: '@team <i>x</i>' },
                },
              ],
            },
          ],
        },
      }),
    );
    expect(edge.extensions).toMatchObject({ field: 'Cooperation.note', value: '@team <i>x</i>' });
    expect(
      await kit.server.cypher('MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]->(:Actor {id: $b}) RETURN r', {
        a: kit.place.providerId,
        b: kit.place.partnerId,
      }),
    ).toEqual([]);
    expect(await kit.server.cypher('MATCH (a:Actor) WHERE a.name CONTAINS $p RETURN a', { p: prefix })).toEqual([]);
  });

  it('refuses markup in a meeting topic', async () => {
    const error = refusal(
      await kit.server.gql(createMeetings, { input: [{ date: '2027-03-01', topic: `${prefix} <b>x</b>` }] }),
    );
    expect(error.extensions).toMatchObject({ field: 'Meeting.topic', path: 'input[0].topic' });
    expect(await kit.server.cypher('MATCH (m:Meeting) WHERE m.topic STARTS WITH $p RETURN m', { p: prefix })).toEqual(
      [],
    );
  });

  it('writes what only looks alike: a phone number with +, comparisons, an ampersand, a dash inside', async () => {
    const fine = {
      name: `${prefix} Bildung & Beruf - Verein`,
      description: 'Gruppen < 12 Personen, Kinder > 6 Jahre; A&B e. V.; E-Mail: info@example.org',
      phone: '+49 5021 1234',
      address: 'Am Markt 1-3',
    };
    expectNoErrors(await kit.server.gql(createActors, { input: [actor(fine)] }));
    const [stored] = await kit.server.cypher(
      'MATCH (a:Actor) WHERE a.name STARTS WITH $p RETURN a.name AS name, a.phone AS phone, a.description AS description',
      { p: prefix },
    );
    expect(stored).toEqual({ name: fine.name, phone: '+49 5021 1234', description: fine.description });
  });
});

describe("a partner's push", () => {
  it('refuses markup and formulas item by item, naming field and value, and writes nothing', async () => {
    const source = `${prefix}-portal`;
    const offer = (externalId: string, fields: Record<string, unknown>) => ({
      externalId,
      title: `${prefix} Kurs ${externalId}`,
      category: 'LANGUAGE_CAFE',
      format: 'IN_PERSON',
      status: 'OPEN',
      ...fields,
    });
    const response = await kit.server.gql(
      upsertOffers,
      {
        source,
        offers: [
          offer('P-1', { title: '=HYPERLINK("http://example.org")' }),
          offer('P-2', { description: 'Mit <script>x</script>' }),
          offer('P-3', { schedule: 'Mo 10-12 Uhr' }),
        ],
      },
      { as: { role: 'partner', actorId: kit.place.providerId, sub: 'portal', source } },
    );
    expect(response.errors).toBeUndefined();
    const { created, errors } = response.data!.upsertOffers as { created: number; errors: Record<string, unknown>[] };
    expect(created).toBe(0);
    expect(errors).toEqual([
      expect.objectContaining({
        index: 0,
        field: 'title',
        value: JSON.stringify('=HYPERLINK("http://example.org")'), // the push reports values as JSON
        message: expect.stringContaining(
          'title "=HYPERLINK("http://example.org")" must not start with =, +, -, @',
        ) as unknown,
      }),
      expect.objectContaining({
        index: 1,
        field: 'description',
        value: JSON.stringify('Mit <script>x</script>'),
        message: expect.stringContaining('description "Mit <script>x</script>" must not contain markup') as unknown,
      }),
    ]);
    expect(await kit.server.cypher('MATCH (o:Offer {source: $source}) RETURN o', { source })).toEqual([]);
  });
});

describe('the spreadsheet import', () => {
  it('refuses markup and formulas, naming row, column header and value, and writes nothing', async () => {
    const before = await kit.fingerprint();
    const report = await kit.run(
      'akteure.csv',
      csv([
        ['Kennung', 'Name', 'Art', 'Beschreibung', 'Gemeinde (AGS)'],
        ['M-1', '<b>Fett e. V.</b>', 'ASSOCIATION', '', kit.place.townAgs],
        ['M-2', 'Verein Zwei', 'ASSOCIATION', '-Punkt eins', kit.place.townAgs],
        ['M-3', 'Verein Drei', 'ASSOCIATION', 'Alles gut', kit.place.townAgs],
      ]),
      { type: 'actors' },
    );
    expect(report.ok).toBe(false);
    const found = messages(report);
    expect(found).toContainEqual(
      expect.stringMatching(/^Row 2, column B \(Name\): "<b>Fett e\. V\.<\/b>" must not contain markup/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^Row 3, column D \(Beschreibung\): "-Punkt eins" must not start with =, \+, -, @/),
    );
    expect(found.some((message) => message.startsWith('Row 4'))).toBe(false);
    expect(await kit.fingerprint()).toBe(before);
  });

  it('refuses a formula the export defused with an apostrophe, once the apostrophe is taken off again', async () => {
    const before = await kit.fingerprint();
    const report = await kit.run(
      'akteure.csv',
      csv([
        ['Kennung', 'Name', 'Art', 'Gemeinde (AGS)'],
        ['M-4', "'=1+1", 'ASSOCIATION', kit.place.townAgs],
      ]),
      { type: 'actors' },
    );
    expect(messages(report)).toEqual([
      expect.stringMatching(/^Row 2, column B \(Name\): "'=1\+1" must not start with/),
    ]);
    expect(await kit.fingerprint()).toBe(before);
  });
});

describe('accounts', () => {
  it('refuses markup or a formula as display name', async () => {
    const store = { driver: kit.server.driver, database: kit.server.database };
    const name = `${prefix.toLowerCase()}-konto`;
    await expect(createAccount(store, { name, displayName: '<b>Chefin</b>', role: 'analyst' })).rejects.toThrow(
      /^displayName must not contain markup .*; got "<b>Chefin<\/b>"$/,
    );
    await expect(createAccount(store, { name, displayName: '=1+1', role: 'analyst' })).rejects.toThrow(
      /^displayName must not start with =/,
    );
    expect(await kit.server.cypher('MATCH (u:UserAccount {name: $name}) RETURN u', { name })).toEqual([]);
  });
});

describe('exports of values stored before the rule', () => {
  it('start no CSV or XLSX cell with a formula character', async () => {
    const { providerId, partnerId } = kit.place;
    await kit.server.cypher(
      `MATCH (a:Actor {id: $providerId}), (b:Actor {id: $partnerId}), (o:Offer {id: $offerId})
       SET a.description = '=1+1', a.address = '\t@cmd', b.city = '-2+3', o.schedule = '+SUMME(A1)', o.description = '\r=x'
       MERGE (a)-[r:COOPERATES_WITH]->(b) SET r.kind = 'REFERRAL', r.note = '@team'`,
      { providerId, partnerId, offerId },
    );
    const formula = /^[=+\-@\t\r]/;
    for (const type of ['actors', 'offers', 'cooperations'] as const)
      for (const format of ['csv', 'xlsx'] as const)
        for (const language of ['de', 'en'] as const) {
          const exported = await exportList(
            { driver: kit.server.driver, database: kit.server.database },
            { districtAgs: kit.place.districtAgs, type, format, language },
          );
          const read = await readTable(exported.content, exported.fileName, { maxBytes: 50e6, maxRows: 100_000 });
          if (!read.ok) throw new Error(read.problem.message);
          const cells = read.table.rows.flatMap((row) => row.cells).filter((cell) => typeof cell === 'string');
          expect(cells.length).toBeGreaterThan(0);
          expect(
            cells.filter((cell) => formula.test(cell)),
            `${type} ${format} ${language}`,
          ).toEqual([]);
          // The stored values are there, defused by one apostrophe.
          const defused = cells.filter((cell) => /^'[=+\-@\t\r]/.test(cell));
          expect(defused.length, `${type} ${format} ${language}`).toBeGreaterThan(0);
        }
    await kit.server.cypher('MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]->(:Actor {id: $b}) DELETE r', {
      a: providerId,
      b: partnerId,
    });
  });
});

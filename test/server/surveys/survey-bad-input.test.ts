// Bad input to the Bedarfsabfrage, table-driven, against the real Neo4j: through the API (an answer through its
// link, a new round by the coordinator) and through the municipality's form. Each is refused with a message that
// names the field and quotes the value (in German at the field on the form), and nothing is written: the database
// holds exactly what it held before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInGermany } from '../../../shared/calendar.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import { saveMutation, startRound, surveyState, type IssuedLink } from './survey-support.js';

let server: TestServer;
let place: Place;
let roundId: string;
let links: Map<string, IssuedLink>;
const prefix = uniquePrefix('surveybad');
const long = (n: number) => 'x'.repeat(n);

const goodNeed = { category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 5 };
const goodOffer = {
  initiativeName: 'Willkommenskreis',
  offerTitle: 'Sprachcafé',
  category: 'LANGUAGE_CAFE',
  targetGroups: ['ADULTS'],
  languages: ['de'],
  freePlaces: 4,
};
const need = (extra: Record<string, unknown>) => ({ needs: [{ ...goodNeed, ...extra }] });
const offer = (extra: Record<string, unknown>) => ({ offers: [{ ...goodOffer, ...extra }] });

interface Case {
  name: string;
  input: Record<string, unknown>;
  code: 'BAD_USER_INPUT' | 'FORBIDDEN';
  says: string[]; // what the message must contain: the field and the quoted value
}

const answerCases = (): Case[] => [
  {
    name: 'negative persons',
    input: need({ persons: -1 }),
    code: 'BAD_USER_INPUT',
    says: ['needs[0].persons', '"-1"'],
  },
  {
    name: 'too many persons',
    input: need({ persons: 100_001 }),
    code: 'BAD_USER_INPUT',
    says: ['needs[0].persons', '"100001"'],
  },
  { name: 'fractional persons', input: need({ persons: 2.5 }), code: 'BAD_USER_INPUT', says: ['persons', '2.5'] },
  {
    name: 'persons missing',
    input: { needs: [{ category: 'INTEGRATION_COURSE' }] },
    code: 'BAD_USER_INPUT',
    says: ['persons'],
  },
  {
    name: 'category not asked',
    input: need({ category: 'OTHER' }),
    code: 'BAD_USER_INPUT',
    says: ['needs[0].category', '"OTHER"', 'not asked'],
  },
  { name: 'unknown category', input: need({ category: 'FOO' }), code: 'BAD_USER_INPUT', says: ['FOO'] },
  { name: 'unknown target group', input: need({ targetGroup: 'PETS' }), code: 'BAD_USER_INPUT', says: ['PETS'] },
  {
    name: 'need in another area',
    input: need({ municipalityAgs: 'VILLAGE' }),
    code: 'FORBIDDEN',
    says: ['needs[0].municipalityAgs', 'own area'],
  },
  {
    name: 'need in an unknown municipality',
    input: need({ municipalityAgs: '99999999' }),
    code: 'FORBIDDEN',
    says: ['"99999999"'],
  },
  {
    name: 'markup as municipality',
    input: need({ municipalityAgs: '<script>' }),
    code: 'FORBIDDEN',
    says: ['"<script>"'],
  },
  {
    name: 'note too long',
    input: need({ note: long(5001) }),
    code: 'BAD_USER_INPUT',
    says: ['needs[0].note', 'at most 5000'],
  },
  {
    name: 'HTML in a note',
    input: need({ note: '<b>dringend</b>' }),
    code: 'BAD_USER_INPUT',
    says: ['needs[0].note', 'markup', '"<b>dringend</b>"'],
  },
  {
    name: 'formula in a note',
    input: need({ note: '=SUMME(A1:A9)' }),
    code: 'BAD_USER_INPUT',
    says: ['needs[0].note', 'formula', '"=SUMME(A1:A9)"'],
  },
  { name: 'plus formula in a note', input: need({ note: '+49 Personen' }), code: 'BAD_USER_INPUT', says: ['formula'] },
  { name: 'NUL in a note', input: need({ note: 'Ver\u0000ein' }), code: 'BAD_USER_INPUT', says: ['U+0000', '\\u0000'] },
  { name: 'RLO in a note', input: need({ note: 'abc\u202Edef' }), code: 'BAD_USER_INPUT', says: ['U+202E'] },
  { name: 'entity in a note', input: need({ note: 'Kurs &#60;b&#62;' }), code: 'BAD_USER_INPUT', says: ['markup'] },
  { name: 'tag start in a note', input: need({ note: 'siehe <a href' }), code: 'BAD_USER_INPUT', says: ['markup'] },
  {
    name: 'the same need twice',
    input: { needs: [goodNeed, { ...goodNeed, persons: 7 }] },
    code: 'BAD_USER_INPUT',
    says: ['needs[1]', 'repeats needs[0]'],
  },
  {
    name: 'too many needs',
    input: { needs: Array.from({ length: 301 }, () => goodNeed) },
    code: 'BAD_USER_INPUT',
    says: ['needs', 'at most 300'],
  },
  {
    name: 'empty initiative name',
    input: offer({ initiativeName: '' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].initiativeName', 'empty'],
  },
  {
    name: 'blank initiative name',
    input: offer({ initiativeName: '   ' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].initiativeName', 'empty'],
  },
  {
    name: 'initiative name too long',
    input: offer({ initiativeName: long(201) }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].initiativeName', 'at most 200'],
  },
  {
    name: 'script in a name',
    input: offer({ initiativeName: '<img src=x onerror=alert(1)>' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].initiativeName', 'markup'],
  },
  {
    name: 'at formula in a name',
    input: offer({ initiativeName: '@SUM(1)' }),
    code: 'BAD_USER_INPUT',
    says: ['formula', '"@SUM(1)"'],
  },
  {
    name: 'line break in a name',
    input: offer({ initiativeName: 'Willkommen\nKreis' }),
    code: 'BAD_USER_INPUT',
    says: ['line breaks', 'U+000A'],
  },
  { name: 'NUL in a name', input: offer({ initiativeName: 'A\u0000B' }), code: 'BAD_USER_INPUT', says: ['U+0000'] },
  {
    name: 'empty offer title',
    input: offer({ offerTitle: '' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].offerTitle', 'empty'],
  },
  {
    name: 'offer title too long',
    input: offer({ offerTitle: long(301) }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].offerTitle', 'at most 300'],
  },
  { name: 'entity in a title', input: offer({ offerTitle: 'Caf&eacute;' }), code: 'BAD_USER_INPUT', says: ['markup'] },
  {
    name: 'e-mail as contact',
    input: offer({ contactRole: 'maria@example.org' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].contactRole', 'role', '"maria@example.org"'],
  },
  {
    name: 'phone as contact',
    input: offer({ contactRole: 'Frau M., 0171 2345678' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].contactRole', 'phone number'],
  },
  {
    name: 'minus formula as contact',
    input: offer({ contactRole: '-2+3' }),
    code: 'BAD_USER_INPUT',
    says: ['formula'],
  },
  {
    name: 'offer category not asked',
    input: offer({ category: 'MENTORING' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].category', 'not asked'],
  },
  { name: 'unknown offer category', input: offer({ category: 'PARTY' }), code: 'BAD_USER_INPUT', says: ['PARTY'] },
  {
    name: 'unknown target group of an offer',
    input: offer({ targetGroups: ['ADULTS', 'PETS'] }),
    code: 'BAD_USER_INPUT',
    says: ['PETS'],
  },
  {
    name: 'too many target groups',
    input: offer({ targetGroups: Array.from({ length: 21 }, () => 'ADULTS') }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].targetGroups', 'at most 20'],
  },
  {
    name: 'schedule too long',
    input: offer({ schedule: long(501) }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].schedule', 'at most 500'],
  },
  {
    name: 'tab in a schedule',
    input: offer({ schedule: 'Mo\t15 Uhr' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].schedule', 'U+0009'],
  },
  {
    name: 'formula as place',
    input: offer({ place: '=HYPERLINK("http://x")' }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].place', 'formula'],
  },
  {
    name: 'offer in another area',
    input: offer({ municipalityAgs: 'VILLAGE' }),
    code: 'FORBIDDEN',
    says: ['offers[0].municipalityAgs', 'own area'],
  },
  {
    name: 'language name instead of code',
    input: offer({ languages: ['Deutsch'] }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].languages', 'language codes'],
  },
  {
    name: 'upper-case language code',
    input: offer({ languages: ['DE'] }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].languages'],
  },
  {
    name: 'too many languages',
    input: offer({ languages: Array.from({ length: 51 }, () => 'de') }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].languages', 'at most 50'],
  },
  {
    name: 'negative free places',
    input: offer({ freePlaces: -1 }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].freePlaces', '"-1"'],
  },
  {
    name: 'too many free places',
    input: offer({ freePlaces: 10_001 }),
    code: 'BAD_USER_INPUT',
    says: ['offers[0].freePlaces', '"10001"'],
  },
  {
    name: 'too many offers',
    input: { offers: Array.from({ length: 61 }, () => goodOffer) },
    code: 'BAD_USER_INPUT',
    says: ['offers', 'at most 60'],
  },
  {
    name: 'free text too long',
    input: { freeText: long(5001) },
    code: 'BAD_USER_INPUT',
    says: ['freeText', 'at most 5000'],
  },
  {
    name: 'script as free text',
    input: { freeText: '<script>alert(1)</script>' },
    code: 'BAD_USER_INPUT',
    says: ['freeText', 'markup'],
  },
  {
    name: 'formula as free text',
    input: { freeText: '=1+1' },
    code: 'BAD_USER_INPUT',
    says: ['freeText', 'formula', '"=1+1"'],
  },
  {
    name: 'BEL in free text',
    input: { freeText: 'Achtung\u0007' },
    code: 'BAD_USER_INPUT',
    says: ['freeText', 'U+0007'],
  },
  {
    name: 'lone surrogate in free text',
    input: { freeText: 'ab\uD800cd' },
    code: 'BAD_USER_INPUT',
    says: ['freeText', 'U+D800'],
  },
  {
    name: 'isolate in free text',
    input: { freeText: 'a\u2066b' },
    code: 'BAD_USER_INPUT',
    says: ['freeText', 'U+2066'],
  },
  {
    name: 'offer with no category',
    input: { offers: [{ initiativeName: 'A', offerTitle: 'B' }] },
    code: 'BAD_USER_INPUT',
    says: ['category'],
  },
];

const roundCases = (): Case[] => {
  const base = {
    title: `${prefix} Runde`,
    deadline: addDays(todayInGermany(), 10),
    areas: [{ ags: 'TOWN' }],
    categories: ['INTEGRATION_COURSE'],
    contactName: 'Bildungskoordination',
  };
  const round = (extra: Record<string, unknown>) => ({ ...base, ...extra });
  return [
    { name: 'empty title', input: round({ title: ' ' }), code: 'BAD_USER_INPUT', says: ['input.title', 'empty'] },
    {
      name: 'deadline in the past',
      input: round({ deadline: addDays(todayInGermany(), -1) }),
      code: 'BAD_USER_INPUT',
      says: ['input.deadline', 'before today'],
    },
    { name: 'no such day', input: round({ deadline: '2027-02-30' }), code: 'BAD_USER_INPUT', says: ['2027-02-30'] },
    {
      name: 'grace too long',
      input: round({ graceDays: 61 }),
      code: 'BAD_USER_INPUT',
      says: ['input.graceDays', '"61"'],
    },
    { name: 'negative grace', input: round({ graceDays: -1 }), code: 'BAD_USER_INPUT', says: ['input.graceDays'] },
    { name: 'no areas', input: round({ areas: [] }), code: 'BAD_USER_INPUT', says: ['input.areas'] },
    {
      name: 'unknown area',
      input: round({ areas: [{ ags: '03256999' }] }),
      code: 'BAD_USER_INPUT',
      says: ['input.areas[0].ags', '"03256999"'],
    },
    {
      name: 'malformed area',
      input: round({ areas: [{ ags: '32-56' }] }),
      code: 'BAD_USER_INPUT',
      says: ['input.areas[0].ags', '"32-56"'],
    },
    {
      name: 'same area twice',
      input: round({ areas: [{ ags: 'TOWN' }, { ags: 'TOWN' }] }),
      code: 'BAD_USER_INPUT',
      says: ['input.areas[1].ags', 'twice'],
    },
    {
      name: 'bad recipient',
      input: round({ areas: [{ ags: 'TOWN', email: 'rathaus' }] }),
      code: 'BAD_USER_INPUT',
      says: ['input.areas[0].email', '"rathaus"'],
    },
    { name: 'no categories', input: round({ categories: [] }), code: 'BAD_USER_INPUT', says: ['input.categories'] },
    {
      name: 'bad contact e-mail',
      input: round({ contactEmail: 'not-an-email' }),
      code: 'BAD_USER_INPUT',
      says: ['input.contactEmail', '"not-an-email"'],
    },
    {
      name: 'bad contact phone',
      input: round({ contactPhone: 'ruf an' }),
      code: 'BAD_USER_INPUT',
      says: ['input.contactPhone', '"ruf an"'],
    },
  ];
};

const withPlace = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value).replaceAll('"TOWN"', `"${place.townAgs}"`).replaceAll('"VILLAGE"', `"${place.villageAgs}"`),
  );

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  ({ roundId, links } = await startRound(server, place, `${prefix} Herbst`));
  // A draft that every refused write must leave as it is.
  expectNoErrors(
    await server.gql(
      saveMutation,
      {
        token: links.get(place.townAgs)!.token,
        input: { needs: [goodNeed], offers: [goodOffer], freeText: 'Entwurf' },
      },
      { as: 'anonymous' },
    ),
  );
});

afterAll(async () => {
  if (!server) return;
  await server.cypher(
    'MATCH (x) WHERE (x:SurveyRound AND x.title STARTS WITH $p) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
    { id: roundId ?? '', p: prefix },
  );
  if (place) await removePlace(server, place);
  await server.close();
});

describe('bad answers through the API', () => {
  it('has at least 50 cases', () => expect(answerCases().length + roundCases().length).toBeGreaterThanOrEqual(50));

  it.each(answerCases().map((c) => [c.name, c] as const))('refuses %s and writes nothing', async (_name, c) => {
    const before = await surveyState(server, roundId, [place.townAgs, place.villageAgs]);
    const response = await server.gql(
      saveMutation,
      { token: links.get(place.townAgs)!.token, input: withPlace(c.input) },
      { as: 'anonymous' },
    );
    expect(response.data?.saveSurveyAnswer ?? null).toBeNull();
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe(c.code);
    for (const text of c.says) expect(error?.message).toContain(text);
    expect(await surveyState(server, roundId, [place.townAgs, place.villageAgs])).toEqual(before);
  });
});

describe('bad rounds through the API', () => {
  it.each(roundCases().map((c) => [c.name, c] as const))('refuses %s and writes nothing', async (_name, c) => {
    const response = await server.gql(
      `mutation($input: SurveyRoundInput!) { startSurveyRound(input: $input) { round { id } } }`,
      { input: withPlace(c.input) },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe(c.code);
    for (const text of c.says) expect(response.errors?.[0]?.message).toContain(text);
    const rounds = await server.cypher('MATCH (r:SurveyRound) WHERE r.title = $t RETURN count(r) AS n', {
      t: `${prefix} Runde`,
    });
    expect(Number(rounds[0]!.n)).toBe(0);
  });
});

interface FormCase {
  name: string;
  fields: Record<string, string>;
  at: string; // the input's id the message stands at
  says: string; // German
  tampered?: boolean; // a field the form does not have (sent by hand): the message stands in the list at the top
}

const formCases: FormCase[] = [
  {
    name: 'negative persons',
    fields: { 'need.INTEGRATION_COURSE.ADULTS': '-3' },
    at: 'need-INTEGRATION_COURSE-ADULTS',
    says: 'ganze Zahl von 0 bis',
  },
  {
    name: 'letters as persons',
    fields: { 'need.INTEGRATION_COURSE.WOMEN': 'viele' },
    at: 'need-INTEGRATION_COURSE-WOMEN',
    says: '„viele“',
  },
  {
    name: 'exponent as persons',
    fields: { 'need.LANGUAGE_CAFE.ADULTS': '1e5' },
    at: 'need-LANGUAGE_CAFE-ADULTS',
    says: 'ganze Zahl',
  },
  {
    name: 'HTML in a note',
    fields: { 'need.INTEGRATION_COURSE.ADULTS': '3', 'note.INTEGRATION_COURSE': '<b>eilt</b>' },
    at: 'note-INTEGRATION_COURSE',
    says: 'HTML',
  },
  {
    name: 'unknown category',
    fields: { 'need.FOO.ADULTS': '3' },
    at: 'need-FOO-ADULTS',
    tampered: true,
    says: 'keine bekannte Kategorie',
  },
  {
    name: 'unknown target group',
    fields: { 'need.INTEGRATION_COURSE.PETS': '3' },
    at: 'need-INTEGRATION_COURSE-PETS',
    tampered: true,
    says: 'keine bekannte Zielgruppe',
  },
  {
    name: 'formula as name',
    fields: { 'offer.0.initiativeName': '=1+1', 'offer.0.offerTitle': 'Café', 'offer.0.category': 'LANGUAGE_CAFE' },
    at: 'offer-0-initiativeName',
    says: 'Formel',
  },
  {
    name: 'e-mail as contact',
    fields: {
      'offer.0.initiativeName': 'Kreis',
      'offer.0.offerTitle': 'Café',
      'offer.0.category': 'LANGUAGE_CAFE',
      'offer.0.contactRole': 'maria@example.org',
    },
    at: 'offer-0-contactRole',
    says: 'keine E-Mail-Adresse',
  },
  {
    name: 'language names',
    fields: {
      'offer.0.initiativeName': 'Kreis',
      'offer.0.offerTitle': 'Café',
      'offer.0.category': 'LANGUAGE_CAFE',
      'offer.0.languages': 'Deutsch, Arabisch',
    },
    at: 'offer-0-languages',
    says: 'Sprachkürzeln',
  },
  {
    name: 'negative free places',
    fields: {
      'offer.0.initiativeName': 'Kreis',
      'offer.0.offerTitle': 'Café',
      'offer.0.category': 'LANGUAGE_CAFE',
      'offer.0.freePlaces': '-1',
    },
    at: 'offer-0-freePlaces',
    says: 'ganze Zahl',
  },
  {
    name: 'offer without a title',
    fields: { 'offer.0.initiativeName': 'Kreis', 'offer.0.offerTitle': '', 'offer.0.category': 'LANGUAGE_CAFE' },
    at: 'offer-0-offerTitle',
    says: 'darf nicht leer sein',
  },
  { name: 'free text too long', fields: { freeText: long(5001) }, at: 'freeText', says: 'höchstens 5000 Zeichen' },
];

describe('bad input on the form', () => {
  it.each(formCases.map((c) => [c.name, c] as const))(
    'refuses %s at its field and writes nothing',
    async (_name, c) => {
      const before = await surveyState(server, roundId, [place.townAgs, place.villageAgs]);
      const response = await fetch(`${server.url}/abfrage/${links.get(place.townAgs)!.token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...c.fields, action: 'submit' }).toString(),
        redirect: 'manual',
      });
      expect(response.status).toBe(422);
      const page = await response.text();
      expect(page).toContain('Es wurde nichts gespeichert');
      if (!c.tampered) expect(page).toMatch(new RegExp(`id="${c.at}"[^>]*aria-invalid="true"`));
      const where = c.tampered ? `<a href="#${c.at}">([^<]*)</a>` : `<p class="error" id="${c.at}-error">([^<]*)</p>`;
      const message = new RegExp(where).exec(page)?.[1] ?? '';
      expect(message.replaceAll('&quot;', '"').replaceAll('&#39;', "'")).toContain(c.says.replaceAll('&', '&amp;'));
      expect(await surveyState(server, roundId, [place.townAgs, place.villageAgs])).toEqual(before);
    },
  );
});

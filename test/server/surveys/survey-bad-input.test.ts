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

/** A refused input: its code and what the message must contain. */
const bad = (name: string, input: Record<string, unknown>, says: string[]): Case => ({
  name,
  input,
  code: 'BAD_USER_INPUT',
  says,
});
const forbidden = (name: string, input: Record<string, unknown>, says: string[]): Case => ({
  name,
  input,
  code: 'FORBIDDEN',
  says,
});

const answerCases = (): Case[] => [
  bad('negative persons', need({ persons: -1 }), ['needs[0].persons', '"-1"']),
  bad('too many persons', need({ persons: 100_001 }), ['needs[0].persons', '"100001"']),
  bad('fractional persons', need({ persons: 2.5 }), ['persons', '2.5']),
  bad('persons missing', { needs: [{ category: 'INTEGRATION_COURSE' }] }, ['persons']),
  bad('category not asked', need({ category: 'OTHER' }), ['needs[0].category', '"OTHER"', 'not asked']),
  bad('unknown category', need({ category: 'FOO' }), ['FOO']),
  bad('unknown target group', need({ targetGroup: 'PETS' }), ['PETS']),
  forbidden('need in another area', need({ municipalityAgs: 'VILLAGE' }), ['needs[0].municipalityAgs', 'own area']),
  forbidden('need in an unknown municipality', need({ municipalityAgs: '99999999' }), ['"99999999"']),
  forbidden('markup as municipality', need({ municipalityAgs: '<script>' }), ['"<script>"']),
  bad('note too long', need({ note: long(5001) }), ['needs[0].note', 'at most 5000']),
  bad('HTML in a note', need({ note: '<b>dringend</b>' }), ['needs[0].note', 'markup', '"<b>dringend</b>"']),
  bad('formula in a note', need({ note: '=SUMME(A1:A9)' }), ['needs[0].note', 'formula', '"=SUMME(A1:A9)"']),
  bad('plus formula in a note', need({ note: '+49 Personen' }), ['formula']),
  bad('NUL in a note', need({ note: 'Ver\u0000ein' }), ['U+0000', '\\u0000']),
  bad('RLO in a note', need({ note: 'abc\u202Edef' }), ['U+202E']),
  bad('entity in a note', need({ note: 'Kurs &#60;b&#62;' }), ['markup']),
  bad('tag start in a note', need({ note: 'siehe <a href' }), ['markup']),
  bad('the same need twice', { needs: [goodNeed, { ...goodNeed, persons: 7 }] }, ['needs[1]', 'repeats needs[0]']),
  bad('too many needs', { needs: Array.from({ length: 301 }, () => goodNeed) }, ['needs', 'at most 300']),
  bad('empty initiative name', offer({ initiativeName: '' }), ['offers[0].initiativeName', 'empty']),
  bad('blank initiative name', offer({ initiativeName: '   ' }), ['offers[0].initiativeName', 'empty']),
  bad('initiative name too long', offer({ initiativeName: long(201) }), ['offers[0].initiativeName', 'at most 200']),
  bad('script in a name', offer({ initiativeName: '<img src=x onerror=alert(1)>' }), [
    'offers[0].initiativeName',
    'markup',
  ]),
  bad('at formula in a name', offer({ initiativeName: '@SUM(1)' }), ['formula', '"@SUM(1)"']),
  bad('line break in a name', offer({ initiativeName: 'Willkommen\nKreis' }), ['line breaks', 'U+000A']),
  bad('NUL in a name', offer({ initiativeName: 'A\u0000B' }), ['U+0000']),
  bad('empty offer title', offer({ offerTitle: '' }), ['offers[0].offerTitle', 'empty']),
  bad('offer title too long', offer({ offerTitle: long(301) }), ['offers[0].offerTitle', 'at most 300']),
  bad('entity in a title', offer({ offerTitle: 'Caf&eacute;' }), ['markup']),
  bad('e-mail as contact', offer({ contactRole: 'maria@example.org' }), [
    'offers[0].contactRole',
    'role',
    '"maria@example.org"',
  ]),
  bad('phone as contact', offer({ contactRole: 'Frau M., 0171 2345678' }), ['offers[0].contactRole', 'phone number']),
  bad('minus formula as contact', offer({ contactRole: '-2+3' }), ['formula']),
  bad('offer category not asked', offer({ category: 'MENTORING' }), ['offers[0].category', 'not asked']),
  bad('unknown offer category', offer({ category: 'PARTY' }), ['PARTY']),
  bad('unknown target group of an offer', offer({ targetGroups: ['ADULTS', 'PETS'] }), ['PETS']),
  bad('too many target groups', offer({ targetGroups: Array.from({ length: 21 }, () => 'ADULTS') }), [
    'offers[0].targetGroups',
    'at most 20',
  ]),
  bad('schedule too long', offer({ schedule: long(501) }), ['offers[0].schedule', 'at most 500']),
  bad('tab in a schedule', offer({ schedule: 'Mo\t15 Uhr' }), ['offers[0].schedule', 'U+0009']),
  bad('formula as place', offer({ place: '=HYPERLINK("http://x")' }), ['offers[0].place', 'formula']),
  forbidden('offer in another area', offer({ municipalityAgs: 'VILLAGE' }), ['offers[0].municipalityAgs', 'own area']),
  bad('language name instead of code', offer({ languages: ['Deutsch'] }), ['offers[0].languages', 'language codes']),
  bad('upper-case language code', offer({ languages: ['DE'] }), ['offers[0].languages']),
  bad('too many languages', offer({ languages: Array.from({ length: 51 }, () => 'de') }), [
    'offers[0].languages',
    'at most 50',
  ]),
  bad('negative free places', offer({ freePlaces: -1 }), ['offers[0].freePlaces', '"-1"']),
  bad('too many free places', offer({ freePlaces: 10_001 }), ['offers[0].freePlaces', '"10001"']),
  bad('too many offers', { offers: Array.from({ length: 61 }, () => goodOffer) }, ['offers', 'at most 60']),
  bad('free text too long', { freeText: long(5001) }, ['freeText', 'at most 5000']),
  bad('script as free text', { freeText: '<script>alert(1)</script>' }, ['freeText', 'markup']),
  bad('formula as free text', { freeText: '=1+1' }, ['freeText', 'formula', '"=1+1"']),
  bad('BEL in free text', { freeText: 'Achtung\u0007' }, ['freeText', 'U+0007']),
  bad('lone surrogate in free text', { freeText: 'ab\uD800cd' }, ['freeText', 'U+D800']),
  bad('isolate in free text', { freeText: 'a\u2066b' }, ['freeText', 'U+2066']),
  bad('offer with no category', { offers: [{ initiativeName: 'A', offerTitle: 'B' }] }, ['category']),
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
    bad('empty title', round({ title: ' ' }), ['input.title', 'empty']),
    bad('deadline in the past', round({ deadline: addDays(todayInGermany(), -1) }), ['input.deadline', 'before today']),
    bad('no such day', round({ deadline: '2027-02-30' }), ['2027-02-30']),
    bad('grace too long', round({ graceDays: 61 }), ['input.graceDays', '"61"']),
    bad('negative grace', round({ graceDays: -1 }), ['input.graceDays']),
    bad('no areas', round({ areas: [] }), ['input.areas']),
    bad('unknown area', round({ areas: [{ ags: '03256999' }] }), ['input.areas[0].ags', '"03256999"']),
    bad('malformed area', round({ areas: [{ ags: '32-56' }] }), ['input.areas[0].ags', '"32-56"']),
    bad('same area twice', round({ areas: [{ ags: 'TOWN' }, { ags: 'TOWN' }] }), ['input.areas[1].ags', 'twice']),
    bad('bad recipient', round({ areas: [{ ags: 'TOWN', email: 'rathaus' }] }), ['input.areas[0].email', '"rathaus"']),
    bad('no categories', round({ categories: [] }), ['input.categories']),
    bad('bad contact e-mail', round({ contactEmail: 'not-an-email' }), ['input.contactEmail', '"not-an-email"']),
    bad('bad contact phone', round({ contactPhone: 'ruf an' }), ['input.contactPhone', '"ruf an"']),
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

/** A form input refused with a German message at the field with the id `at` (tampered: a field the form lacks). */
const atField = (
  name: string,
  fields: Record<string, string>,
  at: string,
  says: string,
  tampered = false,
): FormCase => ({
  name,
  fields,
  at,
  says,
  tampered,
});

const formCases: FormCase[] = [
  atField(
    'negative persons',
    { 'need.INTEGRATION_COURSE.ADULTS': '-3' },
    'need-INTEGRATION_COURSE-ADULTS',
    'ganze Zahl von 0 bis',
  ),
  atField(
    'letters as persons',
    { 'need.INTEGRATION_COURSE.WOMEN': 'viele' },
    'need-INTEGRATION_COURSE-WOMEN',
    '„viele“',
  ),
  atField('exponent as persons', { 'need.LANGUAGE_CAFE.ADULTS': '1e5' }, 'need-LANGUAGE_CAFE-ADULTS', 'ganze Zahl'),
  atField(
    'HTML in a note',
    { 'need.INTEGRATION_COURSE.ADULTS': '3', 'note.INTEGRATION_COURSE': '<b>eilt</b>' },
    'note-INTEGRATION_COURSE',
    'HTML',
  ),
  atField('unknown category', { 'need.FOO.ADULTS': '3' }, 'need-FOO-ADULTS', 'keine bekannte Kategorie', true),
  atField(
    'unknown target group',
    { 'need.INTEGRATION_COURSE.PETS': '3' },
    'need-INTEGRATION_COURSE-PETS',
    'keine bekannte Zielgruppe',
    true,
  ),
  atField(
    'formula as name',
    { 'offer.0.initiativeName': '=1+1', 'offer.0.offerTitle': 'Café', 'offer.0.category': 'LANGUAGE_CAFE' },
    'offer-0-initiativeName',
    'Formel',
  ),
  atField(
    'e-mail as contact',
    {
      'offer.0.initiativeName': 'Kreis',
      'offer.0.offerTitle': 'Café',
      'offer.0.category': 'LANGUAGE_CAFE',
      'offer.0.contactRole': 'maria@example.org',
    },
    'offer-0-contactRole',
    'keine E-Mail-Adresse',
  ),
  atField(
    'language names',
    {
      'offer.0.initiativeName': 'Kreis',
      'offer.0.offerTitle': 'Café',
      'offer.0.category': 'LANGUAGE_CAFE',
      'offer.0.languages': 'Deutsch, Arabisch',
    },
    'offer-0-languages',
    'Sprachkürzeln',
  ),
  atField(
    'negative free places',
    {
      'offer.0.initiativeName': 'Kreis',
      'offer.0.offerTitle': 'Café',
      'offer.0.category': 'LANGUAGE_CAFE',
      'offer.0.freePlaces': '-1',
    },
    'offer-0-freePlaces',
    'ganze Zahl',
  ),
  atField(
    'offer without a title',
    { 'offer.0.initiativeName': 'Kreis', 'offer.0.offerTitle': '', 'offer.0.category': 'LANGUAGE_CAFE' },
    'offer-0-offerTitle',
    'darf nicht leer sein',
  ),
  atField('free text too long', { freeText: long(5001) }, 'freeText', 'höchstens 5000 Zeichen'),
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

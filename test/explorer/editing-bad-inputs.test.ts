// Bad input in the coordinator's forms (explorer/src/editing/), table-driven: each case is refused with a German
// message at its field, by the form's own check (the code the browser runs) and, where the API checks it too, by
// the API when it gets exactly the request the form would send; the API's refusal is mapped to the same field in
// German. Nothing is written: no change is recorded for the probe's author and no entity of the case exists. The
// browser part shows the messages at the fields (editing-crud.test.ts and the browser cases below).
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorForm } from '../../explorer/src/editing/actor-form.js';
import { cooperationForm } from '../../explorer/src/editing/cooperation-form.js';
import { checkForm, fieldErrorsOf, type ApiError, type FormValues } from '../../explorer/src/editing/field-layer.js';
import type { FormDefinition, LoadedEntity } from '../../explorer/src/editing/form-definition.js';
import { meetingForm } from '../../explorer/src/editing/meeting-form.js';
import { needForm } from '../../explorer/src/editing/need-form.js';
import { networkForm } from '../../explorer/src/editing/network-form.js';
import { offerForm } from '../../explorer/src/editing/offer-form.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { expectGerman, fieldError, openNew } from './editing-support.js';
import { screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
let api: TestServer;
let place: Place;
let networkId: string;
const probe = { role: 'coordinator' as const, sub: `bad-input-probe-${Date.now().toString(36)}` };

beforeAll(async () => {
  api = await startTestServer();
  place = await createPlace(api);
  const network = await api.gql<{ createNetworks: { networks: { id: string }[] } }>(
    `mutation N($id: ID!) { createNetworks(input: [{ name: "Runde Fehlprobe (fiktiv)", kind: EXCHANGE_ROUND,
       members: { connect: [{ where: { node: { id: { eq: $id } } } }] } }]) { networks { id } } }`,
    { id: place.providerId },
  );
  expectNoErrors(network);
  networkId = network.data!.createNetworks.networks[0]!.id;
}, 240_000);

afterAll(async () => {
  if (place) {
    await api.cypher('MATCH (c:ChangeEvent) WHERE c.authorId = $author OR c.entityId = $network DELETE c', {
      author: probe.sub,
      network: networkId,
    });
    await api.cypher('MATCH (n:Network {id: $id}) DETACH DELETE n', { id: networkId });
    await removePlace(api, place);
  }
  await api?.close();
});

const long = (n: number) => 'x'.repeat(n);

interface Case {
  form: FormDefinition;
  values: FormValues; // over the form's valid base values
  field: string; // where the form shows the problem
  apiField?: string; // where the API's refusal lands, when not the same field (a rule across fields)
  api: boolean; // the API refuses it too (else only the form: markup, formulas, text that is no number)
  update?: boolean; // saved over an existing actor (with its version)
  unknownReference?: boolean; // a key no picker offers (the pickers list only what exists): the API's refusal alone
}

function base(form: FormDefinition): FormValues {
  switch (form.kind) {
    case 'actor':
      return { name: 'Fehlprobe Akteur (fiktiv)', kind: 'ASSOCIATION', municipality: place.townAgs };
    case 'offer':
      return {
        title: 'Fehlprobe Kurs',
        provider: place.providerId,
        category: 'OTHER',
        status: 'PLANNED',
        format: 'IN_PERSON',
      };
    case 'need':
      return {
        municipality: place.townAgs,
        category: 'OTHER',
        persons: '3',
        reportedAt: '2026-11-02',
        source: 'SURVEY',
        status: 'OPEN',
      };
    case 'cooperation':
      return { from: place.providerId, to: place.partnerId, kind: 'REFERRAL' };
    case 'network':
      return { name: 'Fehlprobe Netz', kind: 'WORKING_GROUP' };
    default:
      return { network: networkId, date: '2026-11-03', topic: 'Fehlprobe' };
  }
}

const c = (form: FormDefinition, values: FormValues, field: string, api: boolean, extra: Partial<Case> = {}): Case => ({
  form,
  values,
  field,
  api,
  ...extra,
});

const cases: Case[] = [
  c(actorForm, { name: '' }, 'name', true),
  c(actorForm, { name: '   ' }, 'name', true),
  c(actorForm, { name: long(201) }, 'name', true),
  c(actorForm, { name: 'Ver\u0000ein' }, 'name', true),
  c(actorForm, { name: 'Zwei\nZeilen' }, 'name', true),
  c(actorForm, { name: 'Verein \u202Eevil' }, 'name', true),
  c(actorForm, { name: '<script>alert(1)</script>' }, 'name', false),
  c(actorForm, { name: '=HYPERLINK("http://example.org","Klick")' }, 'name', false),
  c(actorForm, { description: '+SUM(1;2)' }, 'description', false),
  c(actorForm, { description: '<b>fett</b>' }, 'description', false),
  c(actorForm, { description: long(5001) }, 'description', true),
  c(actorForm, { postcode: '1234' }, 'postcode', true),
  c(actorForm, { postcode: 'ABCDE' }, 'postcode', true),
  c(actorForm, { email: 'keine-mail' }, 'email', true),
  c(actorForm, { email: 'a@b' }, 'email', true),
  c(actorForm, { website: 'www.example.org' }, 'website', true),
  c(actorForm, { website: 'javascript:alert(1)' }, 'website', true),
  c(actorForm, { phone: 'abc' }, 'phone', true),
  c(actorForm, { phone: '1' }, 'phone', true),
  c(actorForm, { languages: 'Deutsch' }, 'languages', true),
  c(actorForm, { languages: 'DE' }, 'languages', true),
  c(actorForm, { municipality: '99999999' }, 'municipality', true, { unknownReference: true }),
  c(actorForm, { serves: ['99999999'] }, 'serves', true, { unknownReference: true }),
  c(actorForm, { kind: '' }, 'kind', true),
  c(actorForm, { location: '100, 200' }, 'location', true),
  c(actorForm, { location: 'irgendwo' }, 'location', false),
  c(actorForm, { address: long(501) }, 'address', true),
  c(actorForm, { city: long(201) }, 'city', true),
  c(actorForm, { name: '' }, 'name', true, { update: true }),
  c(actorForm, { email: 'x' }, 'email', true, { update: true }),
  c(offerForm, { title: '' }, 'title', true),
  c(offerForm, { title: long(301) }, 'title', true),
  c(offerForm, { title: '=1+1' }, 'title', false),
  c(offerForm, { provider: '' }, 'provider', true),
  c(offerForm, { provider: 'no-such-actor' }, 'provider', true, { unknownReference: true }),
  c(offerForm, { venue: '99999999' }, 'venue', true, { unknownReference: true }),
  c(offerForm, { funders: ['ghost-actor'] }, 'funders', true, { unknownReference: true }),
  c(offerForm, { capacity: '-1' }, 'capacity', true),
  c(offerForm, { capacity: 'zehn' }, 'capacity', false),
  c(offerForm, { capacity: '3000000000' }, 'capacity', true),
  c(offerForm, { booked: '-5' }, 'booked', true),
  c(offerForm, { waitlist: '1.5' }, 'waitlist', true),
  c(offerForm, { minGroupSize: '0' }, 'minGroupSize', true),
  c(offerForm, { hoursTotal: '-3' }, 'hoursTotal', true),
  c(offerForm, { cost: '-10' }, 'cost', true),
  c(offerForm, { cost: 'gratis' }, 'cost', false),
  c(offerForm, { startDate: '2027-02-30' }, 'startDate', true),
  c(offerForm, { endDate: '2027-13-01' }, 'endDate', true),
  c(offerForm, { registrationDeadline: '30.01.2027' }, 'registrationDeadline', true),
  c(offerForm, { startDate: '2027-05-01', endDate: '2027-04-01' }, 'endDate', true),
  c(offerForm, { registrationDeadline: '2027-06-01', endDate: '2027-05-01' }, 'registrationDeadline', true, {
    apiField: 'endDate',
  }),
  c(offerForm, { languageLevelFrom: 'B2', languageLevelTo: 'A1' }, 'languageLevelTo', true),
  c(offerForm, { schedule: long(501) }, 'schedule', true),
  c(offerForm, { languages: 'deutsch, arabisch' }, 'languages', true),
  c(offerForm, { description: 'Kurs \u202Eevil' }, 'description', true),
  c(needForm, { persons: '0' }, 'persons', true),
  c(needForm, { persons: '' }, 'persons', true),
  c(needForm, { reportedAt: '' }, 'reportedAt', true),
  c(needForm, { reportedAt: '2026-02-29' }, 'reportedAt', true),
  c(needForm, { municipality: '' }, 'municipality', true),
  c(needForm, { municipality: '12345678' }, 'municipality', true, { unknownReference: true }),
  c(needForm, { reportedBy: 'ghost-actor' }, 'reportedBy', true, { unknownReference: true }),
  c(needForm, { note: '<img src=x onerror=alert(1)>' }, 'note', false),
  c(cooperationForm, { to: '' }, 'to', false),
  c(cooperationForm, { to: '@self' }, 'to', true),
  c(cooperationForm, { to: 'ghost-actor' }, 'to', true, { unknownReference: true }),
  c(cooperationForm, { since: '2027-01-01', until: '2026-01-01' }, 'until', true),
  c(cooperationForm, { strength: '5' }, 'strength', true),
  c(cooperationForm, { note: long(5001) }, 'note', true),
  c(cooperationForm, { since: '2027-02-29' }, 'since', true),
  c(networkForm, { name: '' }, 'name', true),
  c(networkForm, { name: long(201) }, 'name', true),
  c(networkForm, { members: ['ghost-actor'] }, 'members', true, { unknownReference: true }),
  c(networkForm, { coordinator: 'ghost-actor' }, 'coordinator', true, { unknownReference: true }),
  c(networkForm, { description: '@import' }, 'description', false),
  c(meetingForm, { network: '' }, 'network', true),
  c(meetingForm, { date: '' }, 'date', true),
  c(meetingForm, { date: '2027-04-31' }, 'date', true),
  c(meetingForm, { topic: long(501) }, 'topic', true),
  c(meetingForm, { topic: '<b>x</b>' }, 'topic', false),
  c(meetingForm, { network: 'ghost-network' }, 'network', true, { unknownReference: true }),
];

async function changesByProbe(): Promise<number> {
  const [row] = await api.cypher<{ n: number }>('MATCH (c:ChangeEvent {authorId: $author}) RETURN count(c) AS n', {
    author: probe.sub,
  });
  return Number(row!.n);
}

describe('bad form input', () => {
  it(`has at least 50 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it('is refused by the form at its field in German, and by the API where it checks too; nothing is written', async () => {
    const send = async (document: unknown, variables: unknown) => {
      const result = await api.gql(print(document as never), variables as Record<string, unknown>, { as: probe });
      if (result.errors) throw Object.assign(new Error('refused'), { errors: result.errors });
      return result.data as never;
    };
    const loadedActor: LoadedEntity = (await actorForm.load(place.partnerId, send))!;
    for (const [index, testCase] of cases.entries()) {
      const label = `case ${index + 1}: ${testCase.form.kind} ${testCase.field} ${JSON.stringify(testCase.values).slice(0, 60)}`;
      const values = testCase.update
        ? { ...loadedActor.values, ...testCase.values }
        : { ...base(testCase.form), ...testCase.values };
      if (values.to === '@self') values.to = String(values.from);
      // The form's own check, as the browser runs it: the message at the field, in German.
      const formErrors = checkForm(testCase.form.entity, testCase.form.fields, values, testCase.form.across);
      if (!testCase.unknownReference) {
        expect(formErrors[testCase.field], label).toBeDefined();
        expectGerman(formErrors[testCase.field]!);
      }
      if (!testCase.api) continue;
      // The same request the form would send, had its check let it through: the API refuses it, at the field.
      const request = testCase.form.save(values, testCase.update ? loadedActor : undefined)!;
      expect(request, label).toBeDefined();
      const answer = await api.gql(print(request.document), request.variables, { as: probe });
      expect(answer.errors, label).toBeDefined();
      const mapped = fieldErrorsOf(answer.errors as ApiError[], testCase.form.fields, testCase.form.aliases);
      const where = testCase.apiField ?? testCase.field;
      expect(mapped.fields[where], `${label}: ${JSON.stringify(answer.errors)}`).toBeDefined();
      expectGerman(mapped.fields[where]!);
    }
    expect(await changesByProbe()).toBe(0);
    const leftovers = await api.cypher(
      `MATCH (n) WHERE (n:Actor AND n.name STARTS WITH 'Fehlprobe') OR (n:Offer AND n.title STARTS WITH 'Fehlprobe')
         OR (n:Network AND n.name STARTS WITH 'Fehlprobe') OR (n:Meeting AND n.topic STARTS WITH 'Fehlprobe')
         OR (n:Need)-[:NEEDED_IN]->(:Municipality {ags: $town})
       RETURN n`,
      { town: place.townAgs },
    );
    expect(leftovers).toHaveLength(0);
    expect(
      await api.cypher('MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]-() RETURN r', { a: place.providerId }),
    ).toHaveLength(0);
    const partner = await api.cypher<{ name: string; updatedAt: string }>(
      'MATCH (a:Actor {id: $id}) RETURN a.name AS name, toString(a.updatedAt) AS updatedAt',
      { id: place.partnerId },
    );
    expect(partner[0]!.name).toBe(loadedActor.values.name);
  }, 240_000);

  it('shows the messages at the fields in the browser, and writes nothing', async () => {
    const page = await explorer.open({ district: place.districtAgs, viewport: { width: 1400, height: 900 } });
    await openNew(page, 'offer');
    await page.fill('#edit-offer-title', '<b>Fehlprobe</b>');
    await page.fill('#edit-offer-capacity', 'zehn');
    await page.fill('#edit-offer-startDate', '2027-05-01');
    await page.fill('#edit-offer-endDate', '2027-04-01');
    await page.fill('#edit-offer-description', '=HYPERLINK("http://example.org","Klick")');
    await page.fill('#edit-offer-schedule', long(501));
    await page.locator('#edit-save').click();
    for (const field of ['title', 'provider', 'capacity', 'endDate', 'description', 'schedule'])
      expectGerman(await fieldError(page, 'offer', field));
    expect(await fieldError(page, 'offer', 'provider')).toBe('Bitte auswählen.');
    expect(await page.locator('#edit-offer-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-offer-title');
    await page.screenshot({ path: path.join(screenshotDir, 'editing-bad-inputs.png') });
    expect(await api.cypher("MATCH (o:Offer) WHERE o.title CONTAINS 'Fehlprobe' RETURN o")).toHaveLength(0);
    await page.close();
  }, 180_000);
});

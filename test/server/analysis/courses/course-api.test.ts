// Course settings, calendar and waiting times through GraphQL, on a small district of the test's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../../support/fixtures.js';
import { textContaining } from '../../../support/matchers.js';
import { startTestServer, type TestServer } from '../../../support/test-server.js';

let server: TestServer;
let place: Place;
const ids: Record<string, string> = {};
const asOf = '2027-03-01';
type OverTarget = { waitingTimes: { area: { overTarget: number } } };

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  const course = (title: string, venue: string, fields: string) =>
    `{ title: "${title}", category: INTEGRATION_COURSE, format: IN_PERSON, ${fields},
       provider: { connect: [{ where: { node: { id: { eq: "${place.providerId}" } } } }] },
       venue: { connect: [{ where: { node: { ags: { eq: "${venue}" } } } }] } }`;
  const created = await server.gql<{
    createOffers: { offers: { id: string; title: string }[] };
  }>(`mutation { createOffers(input: [
    ${course('Allgemein März', place.townAgs, 'courseType: GENERAL, status: OPEN, capacity: 25, booked: 20, startDate: "2027-03-15", endDate: "2027-09-30"')}
    ${course('Eltern April', place.villageAgs, 'courseType: PARENTS, status: PLANNED, capacity: 20, booked: 5, childcare: true, targetGroups: [PARENTS, WOMEN], startDate: "2027-04-12", endDate: "2028-01-31"')}
    ${course('Allgemein Mai', place.townAgs, 'courseType: GENERAL, status: PLANNED, capacity: 25, booked: 3, minGroupSize: 5, startDate: "2027-05-03", endDate: "2027-11-30"')}
    ${course('Laufend', place.townAgs, 'courseType: INTENSIVE, status: RUNNING, capacity: 20, booked: 9, startDate: "2027-01-11", endDate: "2027-06-30"')}
    ${course('Vorbei', place.townAgs, 'courseType: GENERAL, status: COMPLETED, capacity: 20, booked: 20, startDate: "2026-01-11", endDate: "2026-06-30"')}
  ]) { offers { id title } } }`);
  expectNoErrors(created);
  for (const offer of created.data!.createOffers.offers) ids[offer.title] = offer.id;
  // Two more providers in reach that ran courses before: one of the type the town's adults wait for (GENERAL), and
  // better connected; one of another type (PARENTS), which START_NEW_COURSE must not name for them.
  const others = await server.gql<{ createActors: { actors: { id: string; name: string }[] } }>(
    `mutation($town: String!, $village: String!) { createActors(input: [
      { name: "Bildungswerk Test (fiktiv)", kind: COURSE_PROVIDER, municipality: { connect: [{ where: { node: { ags: { eq: $village } } } }] },
        offers: { create: [{ node: { title: "Allgemein früher", category: INTEGRATION_COURSE, courseType: GENERAL, format: IN_PERSON, status: COMPLETED, capacity: 20, booked: 18,
          startDate: "2026-01-12", endDate: "2026-07-31", venue: { connect: [{ where: { node: { ags: { eq: $village } } } }] } } }] } },
      { name: "Elternschule Test (fiktiv)", kind: COURSE_PROVIDER, municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] },
        offers: { create: [{ node: { title: "Eltern früher", category: INTEGRATION_COURSE, courseType: PARENTS, format: IN_PERSON, status: COMPLETED, capacity: 20, booked: 15, childcare: true,
          startDate: "2026-02-02", endDate: "2026-12-18", venue: { connect: [{ where: { node: { ags: { eq: $town } } } }] } } }] } }
    ]) { actors { id name } } }`,
    { town: place.townAgs, village: place.villageAgs },
  );
  expectNoErrors(others);
  for (const actor of others.data!.createActors.actors) ids[actor.name] = actor.id;
  await server.cypher(
    `MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) CREATE (a)-[:COOPERATES_WITH {kind: 'REFERRAL', strength: 2}]->(b)`,
    { a: ids['Bildungswerk Test (fiktiv)'], b: place.partnerId },
  );
  const need = (ags: string, persons: number, reportedAt: string, targetGroup: string) =>
    `{ category: INTEGRATION_COURSE, persons: ${persons}, reportedAt: "${reportedAt}", source: WAITLIST, status: OPEN, targetGroup: ${targetGroup},
       municipality: { connect: [{ where: { node: { ags: { eq: "${ags}" } } } }] } }`;
  expectNoErrors(
    await server.gql(`mutation { createNeeds(input: [
      ${need(place.townAgs, 8, '2026-10-01', 'ADULTS')}
      ${need(place.villageAgs, 6, '2026-11-01', 'PARENTS')}
      ${need(place.townAgs, 30, '2026-12-01', 'ADULTS')}
    ]) { needs { id } } }`),
  );
});

afterAll(async () => {
  await server.cypher("MATCH (s:CourseTypeSetting {courseType: 'REMEDIAL'}) DELETE s");
  await removePlace(server, place);
  await server?.close();
});

describe('courseTypeSettings', () => {
  it('gives documented defaults for every course type', async () => {
    const response = await server.gql<{
      courseTypeSettings: {
        courseType: string;
        minGroupSize: number;
        maxGroupSize: number;
        source: string;
        basis: string;
      }[];
    }>('query { courseTypeSettings { courseType minGroupSize maxGroupSize source basis } }');
    expectNoErrors(response);
    const settings = response.data!.courseTypeSettings;
    expect(settings).toHaveLength(13);
    expect(settings.find((s) => s.courseType === 'GENERAL')).toMatchObject({ maxGroupSize: 25, source: 'DEFAULT' });
    expect(settings.find((s) => s.courseType === 'LITERACY')).toMatchObject({ maxGroupSize: 16 });
    expect(settings.every((s) => s.minGroupSize <= s.maxGroupSize && s.basis.length > 10)).toBe(true);
  });

  it('takes the county’s own figures', async () => {
    const response = await server.gql<{ setCourseTypeSettings: unknown }>(
      'mutation { setCourseTypeSettings(settings: [{ courseType: REMEDIAL, minGroupSize: 6, maxGroupSize: 14, basis: "Trägerrunde Juni" }]) { courseType minGroupSize maxGroupSize source basis } }',
    );
    expectNoErrors(response);
    expect(response.data!.setCourseTypeSettings).toEqual([
      { courseType: 'REMEDIAL', minGroupSize: 6, maxGroupSize: 14, source: 'COUNTY', basis: 'Trägerrunde Juni' },
    ]);
  });

  it.each([
    ['minGroupSize: 20, maxGroupSize: 12', /minGroupSize 20 is above maxGroupSize 12/],
    ['minGroupSize: -3, maxGroupSize: 12', /minGroupSize must be a whole number of 1 or more, got "-3"/],
    ['minGroupSize: 5, maxGroupSize: 0', /maxGroupSize must be a whole number from 1 to 100, got "0"/],
    ['minGroupSize: 5, maxGroupSize: 500', /got "500"/],
  ])('refuses %s with a clear error and keeps the old figures', async (fields, message) => {
    const response = await server.gql(
      `mutation { setCourseTypeSettings(settings: [{ courseType: REMEDIAL, ${fields} }]) { courseType } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
    const rows = await server.cypher(
      "MATCH (s:CourseTypeSetting {courseType: 'REMEDIAL'}) RETURN s.minGroupSize AS min, s.maxGroupSize AS max",
    );
    expect(rows).toEqual([{ min: 6, max: 14 }]);
  });
});

describe('courseCalendar', () => {
  it('lists the courses of the period with fill rate and whether they can start', async () => {
    const response = await server.gql<{ courseCalendar: { title: string }[] }>(
      `query($d: String!) { courseCalendar(districtAgs: $d, from: "2027-03-01", to: "2027-12-31") {
        title courseType status startDate registrations capacity minGroupSize maxGroupSize fillRate canStart placesToMinimum providerName venueName } }`,
      { d: place.districtAgs },
    );
    expectNoErrors(response);
    const calendar = response.data!.courseCalendar;
    expect(calendar.map((c) => c.title)).toEqual(['Laufend', 'Allgemein März', 'Eltern April', 'Allgemein Mai']);
    const byTitle = Object.fromEntries(calendar.map((c) => [c.title, c]));
    expect(byTitle['Allgemein März']).toMatchObject({
      minGroupSize: 12,
      maxGroupSize: 25,
      fillRate: 0.8,
      canStart: true,
      placesToMinimum: 0,
    });
    expect(byTitle['Eltern April']).toMatchObject({
      minGroupSize: 8,
      fillRate: 0.25,
      canStart: false,
      placesToMinimum: 3,
      venueName: 'Testdorf',
    });
    expect(byTitle['Allgemein Mai']).toMatchObject({ minGroupSize: 5, canStart: false, placesToMinimum: 2 }); // its own minimum
    expect(byTitle['Laufend']).toMatchObject({ status: 'RUNNING', canStart: true });
  });

  it('filters by course type', async () => {
    const response = await server.gql<{ courseCalendar: unknown }>(
      `query($d: String!) { courseCalendar(districtAgs: $d, from: "2027-01-01", courseTypes: [PARENTS]) { title } }`,
      { d: place.districtAgs },
    );
    expect(response.data!.courseCalendar).toEqual([{ title: 'Eltern April' }]);
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await server.gql(`query { courseCalendar(from: "2027-05-01", to: "2027-04-01") { title } }`);
    expect(response.errors?.[0]?.message).toMatch(/to "2027-04-01" is before from "2027-05-01"/);
  });
});

describe('waitingTimes', () => {
  it('matches the needs oldest first and sums the waits by municipality', async () => {
    const response = await server.gql<{ waitingTimes: { needs: unknown; area: unknown; municipalities: unknown } }>(
      `query($d: String!, $asOf: Date!) { waitingTimes(districtAgs: $d, asOf: $asOf) {
        area { waiting placed medianWeeks p90Weeks noSuitableStart overTarget }
        municipalities { ags waiting placed medianWeeks noSuitableStart overTarget }
        needs { persons reportedAt placements { courseId persons weeks } unplaced unplacedReason } } }`,
      { d: place.districtAgs, asOf },
    );
    expectNoErrors(response);
    const result = response.data!.waitingTimes;
    // Oct need (8 adults, town): 5 free places in 'Allgemein März' (2 weeks), 3 in 'Allgemein Mai' (9 weeks).
    // Nov need (6 parents, village, 20 km): only the course with childcare, 'Eltern April' (6 weeks).
    // Dec need (30 adults, town): the other 19 places of 'Allgemein Mai' (9 weeks); 11 without a start.
    // 'Eltern April' lists PARENTS and WOMEN only, so it takes no adults.
    expect(result.needs).toEqual([
      {
        persons: 8,
        reportedAt: '2026-10-01',
        placements: [
          { courseId: ids['Allgemein März'], persons: 5, weeks: 2 },
          { courseId: ids['Allgemein Mai'], persons: 3, weeks: 9 },
        ],
        unplaced: 0,
        unplacedReason: null,
      },
      {
        persons: 6,
        reportedAt: '2026-11-01',
        placements: [{ courseId: ids['Eltern April'], persons: 6, weeks: 6 }],
        unplaced: 0,
        unplacedReason: null,
      },
      {
        persons: 30,
        reportedAt: '2026-12-01',
        placements: [{ courseId: ids['Allgemein Mai'], persons: 19, weeks: 9 }],
        unplaced: 11,
        // Suitable courses start after asOf, but the older need and the bookings took their places.
        unplacedReason: 'ALL_FULL',
      },
    ]);
    // Placed: 5×2, 6×6, 22×9 weeks (33 persons): median rank 17 → 9, p90 rank 30 → 9; over 6 weeks: 22.
    expect(result.area).toEqual({
      waiting: 44,
      placed: 33,
      medianWeeks: 9,
      p90Weeks: 9,
      noSuitableStart: 11,
      overTarget: 22,
    });
    expect(result.municipalities).toEqual([
      { ags: place.townAgs, waiting: 38, placed: 27, medianWeeks: 9, noSuitableStart: 11, overTarget: 22 },
      { ags: place.villageAgs, waiting: 6, placed: 6, medianWeeks: 6, noSuitableStart: 0, overTarget: 0 },
    ]);
  });

  it('says why persons have no start: in June every suitable course in reach has begun', async () => {
    const response = await server.gql<{
      waitingTimes: { needs: { persons: number; unplacedReason: string | null }[] };
    }>(
      `query($d: String!) { waitingTimes(districtAgs: $d, asOf: "2027-06-01") { needs { persons unplaced unplacedReason } } }`,
      { d: place.districtAgs },
    );
    expectNoErrors(response);
    expect(response.data!.waitingTimes.needs).toEqual([
      { persons: 8, unplaced: 8, unplacedReason: 'NO_START_AFTER_AS_OF' },
      { persons: 6, unplaced: 6, unplacedReason: 'NO_START_AFTER_AS_OF' },
      { persons: 30, unplaced: 30, unplacedReason: 'NO_START_AFTER_AS_OF' },
    ]);
  });

  it('takes the target as a parameter', async () => {
    const response = await server.gql<OverTarget>(
      `query($d: String!, $asOf: Date!) { waitingTimes(districtAgs: $d, asOf: $asOf, targetWeeks: 8) { area { overTarget } } }`,
      { d: place.districtAgs, asOf },
    );
    expect(response.data!.waitingTimes.area.overTarget).toBe(22);
    const strict = await server.gql<OverTarget>(
      `query($d: String!, $asOf: Date!) { waitingTimes(districtAgs: $d, asOf: $asOf, targetWeeks: 1) { area { overTarget } } }`,
      { d: place.districtAgs, asOf },
    );
    expect(strict.data!.waitingTimes.area.overTarget).toBe(33);
  });

  it('suggests a new course where persons wait too long, naming the providers in reach that run that course type, best connected first', async () => {
    const response = await server.gql<{ courseSuggestions: unknown }>(
      `query($d: String!, $asOf: Date!) { courseSuggestions(districtAgs: $d, asOf: $asOf) { rank code persons municipalityAgs actorIds textDe figures { name value } } }`,
      { d: place.districtAgs, asOf },
    );
    expectNoErrors(response);
    expect(response.data!.courseSuggestions).toEqual([
      {
        rank: 1,
        code: 'START_NEW_COURSE',
        persons: 33,
        municipalityAgs: place.townAgs,
        actorIds: [ids['Bildungswerk Test (fiktiv)'], place.providerId],
        textDe: textContaining(
          'Teststadt: 33 Personen warten auf einen Integrationskurs (allgemeiner Kurs): 22 länger als 6 Wochen, 11 ohne passenden Start im Umkreis von 25 km. Einen neuen Kurs dieser Art starten; in Frage kommen Träger im Umkreis, die ihn anbieten, am besten vernetzt zuerst: Bildungswerk Test (fiktiv), Sprachschule Test (fiktiv).',
        ),
        figures: [
          { name: 'overTarget', value: 22 },
          { name: 'noSuitableStart', value: 11 },
          { name: 'targetWeeks', value: 6 },
          { name: 'providersInReach', value: 2 },
        ],
      },
    ]);
  });

  it('names the courses of a date conflict with their titles, providers and venues (read only for the suggestions returned)', async () => {
    // A second provider's general course a week after "Allgemein Mai", in the village: neither full, 2 km or so apart.
    const created = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
      `mutation($p: ID!, $v: String!) { createOffers(input: [{ title: "Allgemein Mai zwei", category: INTEGRATION_COURSE, format: IN_PERSON,
         courseType: GENERAL, status: PLANNED, capacity: 25, booked: 4, startDate: "2027-05-10", endDate: "2027-11-30",
         provider: { connect: [{ where: { node: { id: { eq: $p } } } }] }, venue: { connect: [{ where: { node: { ags: { eq: $v } } } }] } }]) { offers { id } } }`,
      { p: ids['Bildungswerk Test (fiktiv)'], v: place.villageAgs },
    );
    expectNoErrors(created);
    const second = created.data!.createOffers.offers[0]!.id;
    try {
      const response = await server.gql<{
        courseSuggestions: {
          code: string;
          persons: number;
          municipalityName: string;
          offerIds: string[];
          textDe: string;
          textEn: string;
        }[];
      }>(
        `query($d: String!, $asOf: Date!) { courseSuggestions(districtAgs: $d, asOf: $asOf, limit: 3) { code persons municipalityName offerIds textDe textEn } }`,
        { d: place.districtAgs, asOf },
      );
      expectNoErrors(response);
      const conflict = response.data!.courseSuggestions.find((s) => s.code === 'DATE_CONFLICT');
      expect(conflict).toMatchObject({
        persons: 7,
        municipalityName: 'Teststadt',
        offerIds: [ids['Allgemein Mai'], second],
      });
      expect(conflict!.textDe).toContain(
        '„Allgemein Mai“ (Sprachschule Test (fiktiv), Start am 03.05.2027, 3 Anmeldungen) und „Allgemein Mai zwei“ (Bildungswerk Test (fiktiv), Start am 10.05.2027, 4 Anmeldungen) beginnen 7 Tage auseinander',
      );
      expect(conflict!.textEn).toContain('"Allgemein Mai" (Sprachschule Test (fiktiv), starting 2027-05-03');
    } finally {
      await server.cypher('MATCH (o:Offer {id: $id}) DETACH DELETE o', { id: second });
    }
  });

  it('refuses a negative target', async () => {
    const response = await server.gql(
      `query($d: String!) { waitingTimes(districtAgs: $d, targetWeeks: -2) { area { waiting } } }`,
      { d: place.districtAgs },
    );
    expect(response.errors?.[0]?.message).toMatch(/targetWeeks must be a whole number from 0 to 104, got "-2"/);
  });
});

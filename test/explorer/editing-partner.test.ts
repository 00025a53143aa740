// A partner person (role partner, acting for one provider: DESIGN.md "Who may do what") edits an offer of its own
// organisation in the explorer, in a real Chromium against the real server and Neo4j, and the API reads the change
// back; another organisation's offer shows no edit control, and the API refuses the same write when it is forced.
// Everything happens in a test district of this file's own (test/support/fixtures.ts), removed at the end.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, tokenFor, type Caller, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';
import { saveAndReload } from './editing-support.js';

const explorer = useExplorer();
let api: TestServer;
let place: Place;
let own: string; // an offer of the partner's organisation (the provider of the place)
let other: string; // an offer of another organisation (the place's Jobcenter)

const ownTitle = 'Alphabetisierungskurs Partner (fiktiv)';
const otherTitle = 'Bewerbungstraining Jobcenter (fiktiv)';

async function createOffer(title: string, provider: string): Promise<string> {
  const created = await api.gql<{ createOffers: { offers: { id: string }[] } }>(
    `mutation Offer($title: String!, $provider: ID!, $town: String!) {
      createOffers(input: [{ title: $title, category: OTHER_LANGUAGE_COURSE, status: OPEN, format: IN_PERSON, capacity: 12,
        provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] },
        venue: { connect: [{ where: { node: { ags: { eq: $town } } } }] } }]) { offers { id } }
    }`,
    { title, provider, town: place.townAgs },
  );
  expectNoErrors(created);
  return created.data!.createOffers.offers[0]!.id;
}

async function capacityOf(id: string): Promise<number | null> {
  const answer = await api.gql<{ offers: { capacity: number | null }[] }>(
    'query ($id: ID!) { offers(where: { id: { eq: $id } }) { capacity } }',
    { id },
  );
  expectNoErrors(answer);
  return answer.data!.offers[0]!.capacity;
}

beforeAll(async () => {
  api = await startTestServer();
  place = await createPlace(api);
  own = await createOffer(ownTitle, place.providerId);
  other = await createOffer(otherTitle, place.partnerId);
}, 240_000);

afterAll(async () => {
  if (place) {
    await api.cypher('MATCH (c:ChangeEvent) WHERE c.entityId IN $ids DELETE c', { ids: [own, other] });
    await removePlace(api, place);
  }
  await api?.close();
});

describe('a partner person in the explorer', () => {
  it("edits its own organisation's offer, and has no edit control on another's (the API refuses it)", async () => {
    const partner: Caller = { role: 'partner', actorId: place.providerId, sub: 'Partner Sprachschule' };
    const token = await tokenFor('partner', { actorId: place.providerId, sub: 'Partner Sprachschule' });
    const page = await explorer.open({
      district: place.districtAgs,
      login: token,
      view: 'offers',
      query: `view=offers&sel=o:${own}`,
      viewport: { width: 1400, height: 900 },
    });
    await page.locator('#details-edit').click();
    await page.locator('#edit-dialog[open] #edit-offer-capacity').waitFor();
    await page.fill('#edit-offer-capacity', '16');
    await saveAndReload(page, 'offers');
    expect(await capacityOf(own)).toBe(16);

    // Another organisation's offer, selected in the same page (the viewer is known by now: the own offer's
    // details offer "Bearbeiten" again): its details have no edit control.
    await page.locator('#details-edit').waitFor();
    await page.locator(`[data-testid="offers-table"] tr[data-id="${other}"] button`).click();
    await page.locator('.details-body[data-kind="offer"] .entity-title', { hasText: otherTitle }).waitFor();
    expect(await page.locator('#details-edit, #details-delete').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir, 'editing-partner-other-offer.png') });

    // Forced through the API with the partner's credentials: refused, nothing written.
    const forced = await api.gql(
      `mutation ($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { capacity: { set: 99 } }) { offers { id } } }`,
      { id: other },
      { as: partner },
    );
    expect(forced.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await capacityOf(other)).toBe(12);
    await page.close();
  }, 300_000);
});

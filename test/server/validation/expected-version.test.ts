// Optimistic locking of the generated mutations against the real Neo4j: a save with the version it was loaded with
// goes through; a save against a newer version, or of an entity deleted since, is refused with both versions and
// writes nothing; of two saves of the same version sent at once, exactly one is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let api: TestServer;
let place: Place;

beforeAll(async () => {
  api = await startTestServer();
  place = await createPlace(api);
}, 120_000);

afterAll(async () => {
  if (place) {
    await api.cypher('MATCH (c:ChangeEvent) WHERE c.entityId IN $ids DELETE c', {
      ids: [place.providerId, place.partnerId],
    });
    await removePlace(api, place);
  }
  await api?.close();
});

const rename = `mutation Rename($id: ID!, $name: String!, $version: DateTime) {
  updateActors(where: { id: { eq: $id } }, update: { name: { set: $name } }, expectedUpdatedAt: $version) {
    actors { id name updatedAt }
  }
}`;

async function versionOf(id: string): Promise<{ name: string; updatedAt: string }> {
  const result = await api.gql<{ actors: { name: string; updatedAt: string }[] }>(
    'query V($id: ID!) { actors(where: { id: { eq: $id } }) { name updatedAt } }',
    { id },
  );
  expectNoErrors(result);
  return result.data!.actors[0]!;
}

describe('expectedUpdatedAt', () => {
  it('writes a save of the version loaded and refuses one against a newer version, naming both', async () => {
    const loaded = await versionOf(place.providerId);
    const first = await api.gql<{ updateActors: { actors: { name: string; updatedAt: string }[] } }>(rename, {
      id: place.providerId,
      name: 'Sprachschule Erste (fiktiv)',
      version: loaded.updatedAt,
    });
    expectNoErrors(first);
    const saved = first.data!.updateActors.actors[0]!;
    expect(saved.name).toBe('Sprachschule Erste (fiktiv)');
    expect(saved.updatedAt).not.toBe(loaded.updatedAt);

    const stale = await api.gql(rename, {
      id: place.providerId,
      name: 'Sprachschule Zweite',
      version: loaded.updatedAt,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VERSION_CONFLICT',
      entity: 'Actor',
      id: place.providerId,
      expected: loaded.updatedAt,
      current: saved.updatedAt,
    });
    expect(stale.errors?.[0]?.message).toContain(saved.updatedAt);
    expect((await versionOf(place.providerId)).name).toBe('Sprachschule Erste (fiktiv)');
  }, 60_000);

  it('refuses a delete against a newer version and one of an entity that is gone', async () => {
    const loaded = await versionOf(place.partnerId);
    expectNoErrors(
      await api.gql(rename, { id: place.partnerId, name: 'Jobcenter Neu (fiktiv)', version: loaded.updatedAt }),
    );
    const remove = `mutation D($id: ID!, $version: DateTime) {
      deleteActors(where: { id: { eq: $id } }, expectedUpdatedAt: $version) { nodesDeleted }
    }`;
    const refused = await api.gql(remove, { id: place.partnerId, version: loaded.updatedAt });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('VERSION_CONFLICT');
    expect(await api.cypher('MATCH (a:Actor {id: $id}) RETURN a.id AS id', { id: place.partnerId })).toHaveLength(1);

    const gone = await api.gql(rename, { id: 'no-such-actor', name: 'X', version: loaded.updatedAt });
    expect(gone.errors?.[0]?.extensions).toMatchObject({ reason: 'VERSION_CONFLICT', current: null });
  }, 60_000);

  it('writes exactly one of two saves of the same version sent at once, and the other is told', async () => {
    for (let round = 0; round < 4; round += 1) {
      const loaded = await versionOf(place.providerId);
      const names = [`Anna ${round} (fiktiv)`, `Berta ${round} (fiktiv)`];
      const results = await Promise.all(
        names.map((name) => api.gql(rename, { id: place.providerId, name, version: loaded.updatedAt })),
      );
      const written = results.filter((result) => !result.errors);
      const refused = results.filter((result) => result.errors?.[0]?.extensions?.reason === 'VERSION_CONFLICT');
      expect(written).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const winner = (written[0]!.data as { updateActors: { actors: { name: string }[] } }).updateActors.actors[0]!;
      expect((await versionOf(place.providerId)).name).toBe(winner.name);
    }
  }, 120_000);

  it('leaves a save without the argument as it was (last write wins, as before)', async () => {
    const result = await api.gql(rename, { id: place.providerId, name: 'Sprachschule Ohne (fiktiv)' });
    expectNoErrors(result);
    expect((await versionOf(place.providerId)).name).toBe('Sprachschule Ohne (fiktiv)');
  }, 60_000);
});

// Small graphs for integration tests, created through the API, each under its own key prefix.
import type { TestServer } from './test-server.js';
import { testDistrictAgs } from './test-server.js';

export interface Place {
  districtAgs: string;
  town: { latitude: number; longitude: number }; // far from any real place and from other tests' places
  village: { latitude: number; longitude: number }; // 20 km south of the town
  townAgs: string; // a town with offers
  villageAgs: string; // a village 20 km away
  providerId: string;
  partnerId: string;
}

export function expectNoErrors(response: { errors?: unknown[] }): void {
  if (response.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(response.errors)}`);
}

const degreesPerKm = 180 / (Math.PI * 6371.0088);

/**
 * Where a test district lies: one of 1,000 spots on a grid over the globe, at least 300 km apart, picked by
 * its key, so that no real municipality and no other test's data is within any catchment radius.
 */
export function testOrigin(districtAgs: string): { latitude: number; longitude: number } {
  const slot = Number(districtAgs) % 1000;
  return { latitude: -60 + Math.floor(slot / 30) * 3.5, longitude: -170 + (slot % 30) * 11 };
}

/** A district with two municipalities and two actors. */
export async function createPlace(server: TestServer): Promise<Place> {
  const districtAgs = testDistrictAgs();
  const town = testOrigin(districtAgs);
  const village = { latitude: town.latitude - 20 * degreesPerKm, longitude: town.longitude };
  const townAgs = `${districtAgs}001`;
  const villageAgs = `${districtAgs}002`;
  const result = await server.gql(
    `mutation Place($d: String!, $town: String!, $village: String!, $townAt: PointInput!, $villageAt: PointInput!) {
      createDistricts(input: [{
        ags: $d, name: "Testkreis", state: "Niedersachsen",
        municipalities: { create: [
          { node: { ags: $town, name: "Teststadt", kind: CITY, population: 30000, location: $townAt } },
          { node: { ags: $village, name: "Testdorf", kind: MUNICIPALITY, population: 2000, location: $villageAt } }
        ] }
      }]) { districts { ags } }
    }`,
    { d: districtAgs, town: townAgs, village: villageAgs, townAt: town, villageAt: village },
  );
  expectNoErrors(result);
  const actors = await server.gql<{ createActors: { actors: { id: string; name: string }[] } }>(
    `mutation Actors($town: String!) {
      createActors(input: [
        { name: "Sprachschule Test (fiktiv)", kind: COURSE_PROVIDER, municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] } },
        { name: "Jobcenter Test (fiktiv)", kind: JOBCENTER, municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] } }
      ]) { actors { id name } }
    }`,
    { town: townAgs },
  );
  expectNoErrors(actors);
  const [provider, partner] = actors.data!.createActors.actors;
  return { districtAgs, town, village, townAgs, villageAgs, providerId: provider!.id, partnerId: partner!.id };
}

/** Removes the place's connected part of the graph: a test's data never links to another test's data. */
export async function removePlace(server: TestServer, place: Place): Promise<void> {
  await server.cypher('MATCH (d:District {ags: $ags}) OPTIONAL MATCH (d)-[*0..6]-(x) DETACH DELETE x', {
    ags: place.districtAgs,
  });
  await server.cypher('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', {
    ids: [place.providerId, place.partnerId],
  });
}

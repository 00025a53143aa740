// Small graphs for integration tests, created through the API, each under its own key prefix.
import type { TestServer } from './test-server.js';
import { testDistrictAgs } from './test-server.js';

export interface Place {
  districtAgs: string;
  townAgs: string; // a town with offers
  villageAgs: string; // a village 20 km away
  providerId: string;
  partnerId: string;
}

export function expectNoErrors(response: { errors?: unknown[] }): void {
  if (response.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(response.errors)}`);
}

/** A district with two municipalities and two actors. */
export async function createPlace(server: TestServer): Promise<Place> {
  const districtAgs = testDistrictAgs();
  const townAgs = `${districtAgs}001`;
  const villageAgs = `${districtAgs}002`;
  const result = await server.gql(
    `mutation Place($d: String!, $town: String!, $village: String!) {
      createDistricts(input: [{
        ags: $d, name: "Testkreis", state: "Niedersachsen",
        municipalities: { create: [
          { node: { ags: $town, name: "Teststadt", kind: CITY, population: 30000, location: { latitude: 52.64, longitude: 9.21 } } },
          { node: { ags: $village, name: "Testdorf", kind: MUNICIPALITY, population: 2000, location: { latitude: 52.46, longitude: 9.21 } } }
        ] }
      }]) { districts { ags } }
    }`,
    { d: districtAgs, town: townAgs, village: villageAgs },
  );
  expectNoErrors(result);
  const actors = await server.gql(
    `mutation Actors($town: String!) {
      createActors(input: [
        { name: "Sprachschule Test (fiktiv)", kind: COURSE_PROVIDER, municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] } },
        { name: "Jobcenter Test (fiktiv)", kind: JOBCENTER, municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] } }
      ]) { actors { id name } }
    }`,
    { town: townAgs },
  );
  expectNoErrors(actors);
  const [provider, partner] = actors.data!.createActors.actors as { id: string }[];
  return { districtAgs, townAgs, villageAgs, providerId: provider!.id, partnerId: partner!.id };
}

/** Removes the place's connected part of the graph: a test's data never links to another test's data. */
export async function removePlace(server: TestServer, place: Place): Promise<void> {
  await server.cypher('MATCH (d:District {ags: $ags}) OPTIONAL MATCH (d)-[*0..6]-(x) DETACH DELETE x', { ags: place.districtAgs });
  await server.cypher('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', { ids: [place.providerId, place.partnerId] });
}

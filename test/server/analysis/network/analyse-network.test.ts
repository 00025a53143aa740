// Network analytics on small graphs whose answers are known by hand; no database.
import { describe, expect, it } from 'vitest';
import {
  analyseNetwork,
  type ActorCentrality,
  type NetworkAnalysisResult,
} from '../../../../server/analysis/network/analyse-network.js';
import type { NetworkActor, NetworkLink } from '../../../../server/analysis/network/load-cooperation-graph.js';

function actor(id: string, municipalityAgs: string | null = null, linksOutsideScope = 0): NetworkActor {
  return {
    id,
    name: `Akteur ${id}`,
    kind: 'COURSE_PROVIDER',
    municipalityAgs,
    municipalityName: municipalityAgs === null ? null : `Gemeinde ${municipalityAgs}`,
    samtgemeindeAgs: null,
    linksOutsideScope,
  };
}

function link(from: string, to: string, strength: number | null = null, kind = 'REFERRAL'): NetworkLink {
  return { from, to, kind, strength };
}

function byId(result: NetworkAnalysisResult): Record<string, ActorCentrality> {
  return Object.fromEntries(result.actors.map((a) => [a.id, a]));
}

describe('a path a-b-c', () => {
  const result = analyseNetwork({
    actors: ['a', 'b', 'c'].map((id) => actor(id)),
    links: [link('a', 'b'), link('b', 'c')],
  });
  const actors = byId(result);

  it('makes b the broker with normalised betweenness 1, the ends 0', () => {
    expect(actors.b!.betweenness).toBe(1);
    expect(actors.a!.betweenness).toBe(0);
    expect(actors.c!.betweenness).toBe(0);
    expect(actors.b!.broker).toBe(true);
    expect(actors.a!.broker).toBe(false);
    expect(result.brokerCount).toBe(1);
    expect(result.actors[0]!.id).toBe('b');
  });

  it('counts degrees, one component and the density 2E/(n(n-1))', () => {
    expect([actors.a!.degree, actors.b!.degree, actors.c!.degree]).toEqual([1, 2, 1]);
    expect(actors.b!.degreeCentrality).toBe(1);
    expect(actors.a!.degreeCentrality).toBe(0.5);
    expect(result).toMatchObject({
      actorCount: 3,
      linkCount: 2,
      componentCount: 1,
      largestComponentShare: 1,
      isolatedCount: 0,
      betweennessComplete: true,
    });
    expect(result.density).toBeCloseTo(2 / 3, 12);
  });
});

describe('a star', () => {
  const leaves = ['l1', 'l2', 'l3', 'l4'];
  const result = analyseNetwork({
    actors: ['hub', ...leaves].map((id) => actor(id)),
    links: leaves.map((leaf) => link('hub', leaf, 2)),
  });
  const actors = byId(result);

  it('puts every shortest path between leaves through the hub', () => {
    expect(actors.hub!.betweenness).toBe(1);
    for (const leaf of leaves) expect(actors[leaf]!.betweenness).toBe(0);
    expect(actors.hub!.broker).toBe(true);
    expect(leaves.some((leaf) => actors[leaf]!.broker)).toBe(false);
  });

  it('weighs degrees by strength', () => {
    expect(actors.hub!.degree).toBe(4);
    expect(actors.hub!.weightedDegree).toBe(8);
    expect(actors.l1!.weightedDegree).toBe(2);
  });
});

describe('two triangles apart and an isolated actor', () => {
  const result = analyseNetwork({
    actors: ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'z'].map((id) => actor(id)),
    links: [link('a1', 'a2'), link('a2', 'a3'), link('a3', 'a1'), link('b1', 'b2'), link('b2', 'b3'), link('b3', 'b1')],
  });
  const actors = byId(result);

  it('finds three components, the isolated actor one of its own', () => {
    expect(result.componentCount).toBe(3);
    expect(result.largestComponentSize).toBe(3);
    expect(result.largestComponentShare).toBeCloseTo(3 / 7, 12);
    expect(actors.a1!.componentId).toBe(actors.a3!.componentId);
    expect(actors.a1!.componentId).not.toBe(actors.b1!.componentId);
    expect(actors.z!.componentSize).toBe(1);
    expect(actors.z!.componentId).toBe(3); // largest first; the two triangles tie and come first
  });

  it('finds the two triangles as two communities, with modularity 0.5', () => {
    expect(result.communityCount).toBe(2);
    expect(result.communities.map((c) => [c.id, c.size, c.internalLinks])).toEqual([
      [1, 3, 3],
      [2, 3, 3],
    ]);
    expect(actors.a1!.communityId).toBe(1); // ties by the smallest member id
    expect(actors.a2!.communityId).toBe(1);
    expect(actors.b3!.communityId).toBe(2);
    expect(result.modularity).toBeCloseTo(0.5, 12);
  });

  it('marks the isolated actor: degree 0, no community, betweenness 0, no broker', () => {
    expect(actors.z).toMatchObject({
      isolated: true,
      degree: 0,
      weightedDegree: 0,
      communityId: null,
      betweenness: 0,
      broker: false,
    });
    expect(result.isolatedCount).toBe(1);
    expect(actors.a1!.isolated).toBe(false);
  });

  it('finds no broker where no actor lies between others', () => {
    expect(result.brokerCount).toBe(0);
    expect(result.density).toBeCloseTo((2 * 6) / (7 * 6), 12);
  });
});

describe('links between the same two actors', () => {
  const result = analyseNetwork({
    actors: [actor('a'), actor('b'), actor('c')],
    links: [
      link('a', 'b', 1, 'REFERRAL'),
      link('b', 'a', 3, 'AGREEMENT'),
      link('a', 'b', 2, 'REFERRAL'),
      link('b', 'c', null),
      link('c', 'c', 3),
      link('c', 'gone', 3),
    ],
  });
  const actors = byId(result);

  it('count once, with the strongest strength', () => {
    expect(result.linkCount).toBe(2);
    expect(actors.a!.degree).toBe(1);
    expect(actors.a!.weightedDegree).toBe(3);
    expect(actors.b!.weightedDegree).toBe(4); // 3 to a, 1 (not recorded) to c
  });

  it('ignore self-links and links to actors out of the data', () => {
    expect(actors.c!.degree).toBe(1);
  });
});

describe('cooperation per municipality', () => {
  // Municipality 1: m1..m4 with three links among them (a path); m4 also links to o1 in municipality 2,
  // and m1 has two partners outside the scope. Municipality 3 has no actors.
  const result = analyseNetwork({
    actors: [
      actor('m1', '99001001', 2),
      actor('m2', '99001001'),
      actor('m3', '99001001'),
      actor('m4', '99001001'),
      actor('o1', '99001002'),
      actor('x'),
    ],
    links: [link('m1', 'm2'), link('m2', 'm3'), link('m3', 'm4'), link('m4', 'o1')],
    municipalities: [
      { ags: '99001001', name: 'Eins', kind: 'CITY', samtgemeindeAgs: null },
      { ags: '99001002', name: 'Zwei', kind: 'MUNICIPALITY', samtgemeindeAgs: '990010400' },
      { ags: '99001003', name: 'Drei', kind: 'MUNICIPALITY', samtgemeindeAgs: '990010400' },
    ],
  });

  it('computes the density 2E/(n(n-1)) of the actors located there', () => {
    const eins = result.municipalities.find((m) => m.ags === '99001001')!;
    expect(eins).toMatchObject({
      name: 'Eins',
      kind: 'CITY',
      actorCount: 4,
      internalLinks: 3,
      linksToOtherMunicipalities: 1,
      linksOutsideScope: 2,
      linksElsewhere: 3,
    });
    expect(eins.density).toBe((2 * 3) / (4 * 3));
  });

  it('has no density below two actors, and lists municipalities without actors', () => {
    expect(result.municipalities.map((m) => [m.ags, m.actorCount, m.density])).toEqual([
      ['99001001', 4, 0.5],
      ['99001002', 1, null],
      ['99001003', 0, null],
    ]);
    expect(result.municipalities[1]).toMatchObject({
      samtgemeindeAgs: '990010400',
      internalLinks: 0,
      linksToOtherMunicipalities: 1,
      linksElsewhere: 1,
    });
  });

  it('names the municipality most members of a community sit in', () => {
    const community = result.communities.find((c) => c.id === byId(result).m2!.communityId)!;
    expect(community.mainMunicipalityAgs).toBe('99001001');
    expect(community.mainMunicipalityName).toBe('Gemeinde 99001001');
  });
});

describe('communities', () => {
  // Three cliques of five, joined in a ring by single links: clear communities, found whatever the seed.
  const cliques = ['p', 'q', 'r'].map((prefix) => [1, 2, 3, 4, 5].map((i) => `${prefix}${i}`));
  const actors = cliques.flat().map((id) => actor(id));
  const links = [
    ...cliques.flatMap((members) => members.flatMap((a, i) => members.slice(i + 1).map((b) => link(a, b)))),
    link('p5', 'q1'),
    link('q5', 'r1'),
    link('r5', 'p1'),
  ];

  it('are the same on every run, and whatever order the rows come in', () => {
    const first = analyseNetwork({ actors, links });
    const again = analyseNetwork({ actors: [...actors].reverse(), links: [...links].reverse() });
    const communityOf = (result: NetworkAnalysisResult) =>
      Object.fromEntries(result.actors.map((a) => [a.id, a.communityId]));
    expect(communityOf(again)).toEqual(communityOf(first));
    expect(again.modularity).toBe(first.modularity);
    expect(first.communities.map((c) => c.size)).toEqual([5, 5, 5]);
    for (const members of cliques) expect(new Set(members.map((id) => communityOf(first)[id])).size).toBe(1);
  });

  it('follow the seed option', () => {
    const result = analyseNetwork({ actors, links }, { seed: 42 });
    expect(result.communityCount).toBe(3);
    expect(analyseNetwork({ actors, links }, { seed: 42 }).actors).toEqual(result.actors);
  });
});

describe('betweenness on large scopes', () => {
  const input = {
    actors: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => actor(id)),
    links: [link('a', 'b'), link('b', 'c'), link('c', 'd'), link('e', 'f'), link('f', 'g')],
  };

  it('is computed per component and normalised over the whole scope', () => {
    const actors = byId(analyseNetwork(input));
    // f lies on the one shortest path e-g: 1 pair of the (7-1)(7-2)/2 = 15 pairs it could lie between.
    expect(actors.f!.betweenness).toBeCloseTo(1 / 15, 12);
    // b lies between a-c and a-d: 2 of 15.
    expect(actors.b!.betweenness).toBeCloseTo(2 / 15, 12);
  });

  it('is left out, with a flag, for components above the size limit', () => {
    const result = analyseNetwork(input, { betweennessMaxComponentSize: 3 });
    const actors = byId(result);
    expect(actors.b!.betweenness).toBeNull();
    expect(actors.f!.betweenness).toBeCloseTo(1 / 15, 12);
    expect(result).toMatchObject({ betweennessComplete: false, betweennessSkippedActors: 4 });
    expect(actors.b!.broker).toBe(false);
    expect(result.actors.at(-1)!.betweenness).toBeNull(); // unknown betweenness sorts last
  });

  it('takes the top brokers, ties at the cut included', () => {
    const twoPaths = analyseNetwork(
      {
        actors: ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => actor(id)),
        links: [link('a', 'b'), link('b', 'c'), link('x', 'y'), link('y', 'z')],
      },
      { brokerCount: 1, brokerMinBetweenness: 0 },
    );
    expect(twoPaths.actors.filter((a) => a.broker).map((a) => a.id)).toEqual(['b', 'y']);
  });
});

it('handles an empty scope', () => {
  expect(analyseNetwork({ actors: [], links: [] })).toMatchObject({
    actorCount: 0,
    linkCount: 0,
    density: null,
    componentCount: 0,
    largestComponentShare: null,
    modularity: null,
    communities: [],
    municipalities: [],
  });
});

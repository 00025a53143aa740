// The demo county's municipalities: the reference data with an estimate of newcomers (1.5-3 % of the population,
// most in the largest town); a Samtgemeinde has the sum of its members.
import type { DemoMunicipality } from '../demo-types.js';
import type { DemoContext } from './demo-context.js';

function drawNewcomers(context: DemoContext): Map<string, number> {
  const { places, random } = context;
  const hub = places.reduce((best, candidate) => (candidate.population > best.population ? candidate : best));
  const newcomersByAgs = new Map<string, number>();
  for (const municipality of places.filter((m) => m.kind !== 'COLLECTIVE')) {
    const rate =
      municipality === hub
        ? 0.028 + random.next() * 0.002
        : municipality.kind === 'CITY'
          ? 0.02 + random.next() * 0.008
          : 0.015 + random.next() * 0.007;
    newcomersByAgs.set(municipality.ags, Math.round(municipality.population * rate));
  }
  for (const collective of places.filter((m) => m.kind === 'COLLECTIVE')) {
    const members = places.filter((m) => m.memberOfAgs === collective.ags);
    newcomersByAgs.set(
      collective.ags,
      members.reduce((sum, member) => sum + (newcomersByAgs.get(member.ags) ?? 0), 0),
    );
  }
  return newcomersByAgs;
}

export function buildMunicipalities(context: DemoContext): DemoMunicipality[] {
  const newcomersByAgs = drawNewcomers(context);
  return context.places.map((m) => ({
    ags: m.ags,
    name: m.name,
    kind: m.kind,
    population: m.population,
    populationEstimated: m.populationEstimated,
    newcomers: newcomersByAgs.get(m.ags) ?? 0,
    lat: m.lat,
    lon: m.lon,
    districtAgs: context.reference.district.ags,
    memberOfAgs: m.memberOfAgs,
  }));
}

// An area's waiting figures cut from the country-wide matching: its needs' results, summed per area, municipality,
// Samtgemeinde and district. Pure, so that the property test slices exactly as the server does.
import type { LoadedArea } from '../area/load-area.js';
import { compareGerman } from '../labels.js';
import { summariseWaiting, type NeedResult, type WaitingFigures, type WaitingNeed } from './match-waiting-times.js';

export interface AreaWaiting extends WaitingFigures {
  ags: string;
  name: string;
  kind: string;
}

export function sliceWaitingTimes(
  area: LoadedArea,
  results: readonly NeedResult[],
  needsById: ReadonlyMap<string, WaitingNeed>,
  targetWeeks: number,
) {
  const inArea = new Map(area.municipalities.map((m) => [m.ags, m]));
  const ours = results.filter((result) => inArea.has(result.municipalityAgs));
  const group = (
    key: (result: NeedResult) => string | null,
    name: (ags: string) => string,
    kind: string,
  ): AreaWaiting[] => {
    const groups = new Map<string, NeedResult[]>();
    for (const result of ours) {
      const k = key(result);
      if (!k) continue;
      const members = groups.get(k);
      if (members) members.push(result);
      else groups.set(k, [result]);
    }
    return [...groups]
      .map(([ags, members]) => ({ ags, name: name(ags), kind, ...summariseWaiting(members, targetWeeks) }))
      .sort((a, b) => b.waiting - a.waiting || compareGerman(a.name, b.name));
  };
  const municipality = (ags: string) => inArea.get(ags);
  const samtgemeindeNames = new Map(area.municipalities.map((m) => [m.samtgemeindeAgs, m.samtgemeindeName]));
  const districtNames = new Map(area.municipalities.map((m) => [m.districtAgs, m.districtName]));
  return {
    area: { ags: area.ags, name: area.name, kind: area.kind, ...summariseWaiting(ours, targetWeeks) },
    municipalities: group(
      (r) => r.municipalityAgs,
      (ags) => municipality(ags)?.name ?? ags,
      'MUNICIPALITY',
    ).map((row) => ({
      ...row,
      latitude: municipality(row.ags)?.latitude ?? null,
      longitude: municipality(row.ags)?.longitude ?? null,
    })),
    samtgemeinden: group(
      (r) => municipality(r.municipalityAgs)?.samtgemeindeAgs ?? null,
      (ags) => samtgemeindeNames.get(ags) ?? ags,
      'SAMTGEMEINDE',
    ),
    districts: group(
      (r) => municipality(r.municipalityAgs)?.districtAgs ?? null,
      (ags) => districtNames.get(ags) ?? ags,
      'DISTRICT',
    ),
    needs: ours.map((result) => ({
      ...result,
      reportedAt: needsById.get(result.needId)!.reportedAt,
      targetGroup: needsById.get(result.needId)!.targetGroup,
    })),
  };
}

// The local links: day-care centres giving childcare for courses, schools and their helpers, funders of the
// volunteers, the Samtgemeinden with the actors in their area, the course providers' round, a few loose ties by
// distance, and the education office for anyone left without a link (but the planned isolated actors).
import type { CooperationKind } from '../demo-types.js';
import type { ActorDirectory } from './build-actors.js';
import type { Linker } from './create-linker.js';
import type { DemoContext } from './demo-context.js';
import { isNear } from './is-near.js';

export function linkLocalPartners(context: DemoContext, directory: ActorDirectory, linker: Linker): void {
  const { random } = context;
  const { link, cooperations } = linker;
  const { keysOf, linkable, actors } = directory;
  const actor = directory.findActor;
  const courseProviderKeys = keysOf(['COURSE_PROVIDER', 'ADULT_EDUCATION_CENTRE']);
  const near = (a: string, b: string, km: number) => isNear(directory, a, b, km);
  // Childcare for parents' and women's courses comes from nearby day-care centres.
  for (const kita of keysOf(['DAYCARE'])) {
    link('fruehe', kita, 'EXCHANGE');
    const providers = courseProviderKeys.filter((key) => near(kita, key, 15));
    for (const key of random.shuffle(providers).slice(0, 2)) link(key, kita, 'JOINT_OFFER');
  }
  for (const school of keysOf(['SCHOOL', 'VOCATIONAL_SCHOOL'])) {
    link('jmd', school, random.pick<CooperationKind>(['REFERRAL', 'EXCHANGE']));
    const helpers = keysOf(['VOLUNTEER_INITIATIVE', 'ASSOCIATION', 'MIGRANT_ORGANISATION']).filter((key) =>
      near(school, key, 12),
    );
    for (const key of random.shuffle(helpers).slice(0, 2))
      link(key, school, random.pick<CooperationKind>(['JOINT_OFFER', 'INFORMAL']));
  }
  for (const key of keysOf(['VOLUNTEER_INITIATIVE', 'MIGRANT_ORGANISATION', 'CHURCH', 'ASSOCIATION'])) {
    link(near(key, 'stchance', 20) && random.chance(0.6) ? 'stchance' : 'bst', key, 'FUNDING');
    link('mbe', key, random.pick<CooperationKind>(['REFERRAL', 'INFORMAL']));
  }
  for (const key of keysOf(['WELFARE_ASSOCIATION', 'COUNSELLING_SERVICE'])) {
    for (const other of keysOf(['WELFARE_ASSOCIATION', 'COUNSELLING_SERVICE']))
      if (key < other && near(key, other, 30)) link(key, other, 'EXCHANGE');
  }
  // Each Samtgemeinde works with the actors in its area.
  for (const admin of keysOf(['MUNICIPAL_ADMINISTRATION'])) {
    const area = new Set(actor(admin).servesAgs);
    const local = actors.filter((a) => area.has(a.municipalityAgs)).map(directory.keyOf);
    for (const key of random.shuffle(local).slice(0, 5))
      link(admin, key, random.pick<CooperationKind>(['EXCHANGE', 'INFORMAL', 'AGREEMENT']));
  }
  // Course providers talk to each other (the monthly round); the looser ties follow distance.
  for (const a of courseProviderKeys)
    for (const b of courseProviderKeys)
      if (a < b && random.chance(near(a, b, 20) ? 0.7 : 0.25))
        link(a, b, random.pick<CooperationKind>(['EXCHANGE', 'REFERRAL', 'INFORMAL']));
  for (const a of linkable)
    for (const b of linkable) if (a < b && near(a, b, 8) && random.chance(0.05)) link(a, b, 'INFORMAL');
  // Nobody but the planned isolated actors is left without a link.
  const degree = new Map<string, number>();
  for (const c of cooperations) for (const id of [c.fromId, c.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const key of linkable) if (!degree.has(actor(key).id)) link('bik', key, 'INFORMAL');
}

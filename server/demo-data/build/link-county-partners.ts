// The county-wide links: the education office as the hub, the job centres and counselling services referring
// people to the courses, the employers working with the chambers and course providers.
import type { CooperationKind } from '../demo-types.js';
import type { ActorDirectory } from './build-actors.js';
import type { Linker } from './create-linker.js';
import type { DemoContext } from './demo-context.js';
import { isNear } from './is-near.js';

export function linkCountyPartners(context: DemoContext, directory: ActorDirectory, linker: Linker): void {
  const { random } = context;
  const { link } = linker;
  const { keysOf } = directory;
  const courseProviderKeys = keysOf(['COURSE_PROVIDER', 'ADULT_EDUCATION_CENTRE']);
  const near = (a: string, b: string, km: number) => isNear(directory, a, b, km);
  // The county office is the hub; the job centres and counselling services refer people to the courses.
  for (const key of [
    ...courseProviderKeys,
    'jc',
    'jc-sto',
    'aa',
    'abh',
    'stadt-ni',
    'fruehe',
    'mbe',
    'jmd',
    'anerk',
    'bbs',
    'bst',
    'stchance',
    'hwk',
    'ihk',
    'swl',
  ]) {
    link(
      'bik',
      key,
      courseProviderKeys.includes(key)
        ? random.pick<CooperationKind>(['AGREEMENT', 'EXCHANGE'])
        : random.pick<CooperationKind>(['EXCHANGE', 'AGREEMENT', 'EXCHANGE']),
    );
  }
  for (const key of keysOf(['MUNICIPAL_ADMINISTRATION'])) link('bik', key, 'EXCHANGE');
  for (const key of courseProviderKeys) {
    link('jc', key, 'REFERRAL');
    link('abh', key, 'REFERRAL');
    link('mbe', key, 'REFERRAL');
    if (near('jc-sto', key, 30)) link('jc-sto', key, 'REFERRAL');
  }
  for (const key of ['bbs', 'bbs-sto', 'bzs', 'bruecke', 'hwk', 'ihk', 'aa', 'jmd', 'anerk', 'bbmw'])
    link('jc', key, random.pick<CooperationKind>(['AGREEMENT', 'REFERRAL']));
  for (const key of ['bbs', 'bbs-sto', 'jmd', 'hwk', 'ihk', 'anerk', 'bbmw', 'klinik', 'glas', 'logistik', 'pflege'])
    link('aa', key, random.pick<CooperationKind>(['AGREEMENT', 'REFERRAL', 'EXCHANGE']));
  for (const key of ['klinik', 'glas', 'logistik', 'landtech', 'pflege', 'spargel']) {
    link(key, random.pick(['ihk', 'hwk']), 'AGREEMENT');
    link(key, random.pick(['bruecke', 'bzs', 'lmw', 'sw']), 'JOINT_OFFER');
  }
}

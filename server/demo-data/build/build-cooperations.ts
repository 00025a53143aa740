// The demo county's cooperation links: the county-wide ones first, then the local ones (the order the random
// stream is read in).
import type { DemoCooperation } from '../demo-types.js';
import type { ActorDirectory } from './build-actors.js';
import { createLinker } from './create-linker.js';
import type { DemoContext } from './demo-context.js';
import { linkCountyPartners } from './link-county-partners.js';
import { linkLocalPartners } from './link-local-partners.js';

export function buildCooperations(context: DemoContext, directory: ActorDirectory): DemoCooperation[] {
  const linker = createLinker(context, directory);
  linkCountyPartners(context, directory, linker);
  linkLocalPartners(context, directory, linker);
  return linker.cooperations;
}

// Reads the SDL files of schema/ in a fixed order, so the printed schema is stable. Apart from server/schema (which
// builds the executable schema from resolvers and guards) so that the change history and the import can read the
// SDL without depending on what depends on them.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const schemaDir = path.join(projectRoot, 'schema');

export function loadTypeDefs(): string {
  return fs
    .readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => `# ${name}\n${fs.readFileSync(path.join(schemaDir, name), 'utf8')}`)
    .join('\n');
}

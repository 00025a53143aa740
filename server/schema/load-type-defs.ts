// Reads the SDL files of schema/ in a fixed order, so the printed schema is stable.
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

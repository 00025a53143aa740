// npm run import:templates
// Writes docs/import-templates/ (README.md and empty CSV and XLSX templates) from server/import-export/templates.ts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../server/config.js';
import { templateFiles } from '../server/import-export/template-docs.js';

const templatesDir = path.join(projectRoot, 'docs/import-templates');

async function main(): Promise<void> {
  await fs.mkdir(templatesDir, { recursive: true });
  for (const [name, content] of await templateFiles()) {
    await fs.writeFile(path.join(templatesDir, name), content);
    console.log(`wrote docs/import-templates/${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(`Writing the import templates failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

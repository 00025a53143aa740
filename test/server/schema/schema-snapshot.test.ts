// The API's schema is part of its contract: a change to it shows up in review as a change to this file.
import path from 'node:path';
import { expect, it } from 'vitest';
import { printApiSchema, printedSchemaPath } from '../../../server/schema/print-schema.js';

it('matches the committed schema (update with `npm run codegen`)', async () => {
  await expect(await printApiSchema()).toMatchFileSnapshot(path.relative(import.meta.dirname, printedSchemaPath));
});

it('offers the queries analysts rely on', async () => {
  const printed = await printApiSchema();
  for (const field of [
    'offers(',
    'offersConnection(',
    'searchActors(',
    'searchOffers(',
    'municipalities(',
    'needs(',
    'networks(',
    'snapshots(',
  ]) {
    expect(printed).toContain(`  ${field}`);
  }
  expect(printed).not.toMatch(/createSnapshots/);
});

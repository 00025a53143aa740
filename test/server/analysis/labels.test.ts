import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import { categoryLabels } from '../../../server/analysis/labels.js';

it('names every offer category of the schema in German and English, and no other', () => {
  const document = parse(fs.readFileSync(path.join(projectRoot, 'schema', 'enums.graphql'), 'utf8'));
  const enumType = document.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'OfferCategory',
  )!;
  const values = enumType.values!.map((value) => value.name.value).sort();
  expect(Object.keys(categoryLabels).sort()).toEqual(values);
  for (const label of Object.values(categoryLabels)) {
    expect(label.de.length).toBeGreaterThan(3);
    expect(label.en.length).toBeGreaterThan(3);
  }
});

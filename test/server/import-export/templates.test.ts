// The templates against the schema and against themselves: every accepted header means one column, every enum
// value of the schema has labels and no label means two values, the templates only name fields the schema has,
// and the generated docs/import-templates/ is up to date.
import fs from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import {
  enumValues,
  labelledEnums,
  labelledValues,
  normaliseWord,
  parseEnumValue,
  enumLabel,
} from '../../../server/import-export/enum-values.js';
import { templateFiles } from '../../../server/import-export/template-docs.js';
import { importTemplates, importTypes, normaliseHeader } from '../../../server/import-export/templates.js';
import { loadTypeDefs } from '../../../server/sdl/load-type-defs.js';

describe('the templates', () => {
  it('give every spelling of a header to one column only', () => {
    for (const type of importTypes) {
      const owner = new Map<string, string>();
      for (const spec of importTemplates[type].columns) {
        for (const header of new Set([spec.key, spec.de, ...(spec.aliases ?? [])].map(normaliseHeader))) {
          expect(
            owner.get(header),
            `${type}: "${header}" is both ${owner.get(header)} and ${spec.key}`,
          ).toBeUndefined();
          owner.set(header, spec.key);
        }
      }
    }
  });

  it('name only fields that the schema has on the entity', () => {
    const sdl = loadTypeDefs();
    const fieldsOf = (type: string) => {
      const body = new RegExp(`type ${type}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(sdl)![1]!;
      return new Set([...body.matchAll(/^\s+(\w+)\s*[:(]/gm)].map((match) => match[1]!));
    };
    const derived = /^(latitude|longitude|.*(Ags|Name|Id|Ids|Source|ExternalId)|freePlaces)$/;
    for (const type of importTypes) {
      const template = importTemplates[type];
      // Outcomes are stored as Outcome nodes and read in the API as OfferOutcome.
      const fields = fieldsOf(template.label === 'Outcome' ? 'OfferOutcome' : template.label);
      for (const spec of template.columns) {
        if (derived.test(spec.key) && !fields.has(spec.key)) continue;
        if (template.label === 'Need' && spec.key === 'importSource') continue; // stored on Need, not in the API
        expect(fields.has(spec.key), `${template.label}.${spec.key}`).toBe(true);
      }
    }
  });
});

describe('enum labels', () => {
  it('cover every value of every enum of the schema, and nothing else', () => {
    for (const name of labelledEnums) {
      if (name === 'GapSeverity') continue; // an analysis result, not in enums.graphql
      expect(labelledValues(name).sort(), name).toEqual(enumValues(name).slice().sort());
    }
  });
  it('read back to the same value, and no spelling means two values of one enum', () => {
    for (const name of labelledEnums) {
      const seen = new Map<string, string>();
      for (const value of enumValues(name)) {
        for (const language of ['de', 'en'] as const) {
          const label = enumLabel(name, value, language);
          expect(parseEnumValue(name, label), `${name} ${label}`).toBe(value);
          const word = normaliseWord(label);
          if (seen.has(word)) expect(seen.get(word), `${name}: "${label}"`).toBe(value);
          seen.set(word, value);
        }
      }
    }
  });
});

describe('docs/import-templates', () => {
  it('is generated from the templates (npm run import:templates)', async () => {
    const dir = path.join(projectRoot, 'docs/import-templates');
    for (const [name, content] of await templateFiles()) {
      const file = path.join(dir, name);
      expect(fs.existsSync(file), `${name} is missing: npm run import:templates`).toBe(true);
      if (name.endsWith('.xlsx')) {
        // Workbooks carry a time stamp: compare what they hold.
        expect(await readSheet(fs.readFileSync(file))).toEqual(await readSheet(content as Buffer));
      } else {
        expect(fs.readFileSync(file).equals(Buffer.from(content)), `${name} is stale: npm run import:templates`).toBe(
          true,
        );
      }
    }
  });
});

// The demo county's outlines for the map: the official outlines of Landkreis Nienburg/Weser (reference/, with their
// source and licence in its README), imported as any county's are (server/outlines/). Another demo district (a
// reference list of its own) has none of these: its map falls back to points.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../config.js';
import { importOutlines } from '../outlines/import-outlines.js';

export const demoOutlinesFile = path.join(projectRoot, 'server', 'demo-data', 'reference', 'nienburg-outlines.geojson');

/** What the licence (dl-de/by-2-0) asks every map drawing these outlines to show. */
export const demoOutlinesAttribution = '© GeoBasis-DE / BKG 2021 (dl-de/by-2-0)';

/** Imports the reference outlines when they are the district's; returns how many were written (0: not its). */
export async function loadDemoOutlines(driver: Driver, districtAgs: string, database?: string): Promise<number> {
  const text = await fs.readFile(demoOutlinesFile, 'utf8');
  const collection = JSON.parse(text) as { features: { properties: { level: string; code: string } }[] };
  const district = collection.features.find((feature) => feature.properties.level === 'district');
  if (district?.properties.code !== districtAgs) return 0;
  const result = await importOutlines(driver, text, { database, attribution: demoOutlinesAttribution });
  return result.features;
}

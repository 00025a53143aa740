// Whether two planned actors lie within km of each other.
import { distanceKm } from '../../data-generation/geo.js';
import type { ActorDirectory } from './build-actors.js';

export function isNear(directory: ActorDirectory, a: string, b: string, km: number): boolean {
  return distanceKm(directory.findActor(a), directory.findActor(b)) <= km;
}

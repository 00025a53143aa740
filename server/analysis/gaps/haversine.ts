// The distance moved to the area module (server/analysis/area/haversine.ts); this name stays for older imports.
export { earthRadiusKm, haversineKm } from '../area/haversine.js';

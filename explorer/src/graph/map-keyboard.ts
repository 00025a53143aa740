// The map's keyboard path (views/map-keys.ts): an arrow key moves from the focused area to the nearest one in
// that direction on the map, as the eye would; Home and End to the first and last of the list (by name). Pure:
// points in, an id out.

export interface MapPlace {
  id: string;
  x: number; // model coordinates of the map: x to the east, y to the south
  y: number;
}

const directions: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

export const isArrowKey = (key: string): boolean => Object.hasOwn(directions, key);

/**
 * The place an arrow key moves to from `current`: among the places within 60° of the key's direction, the one
 * whose distance, stretched by its angle off the direction, is least (ties by id). Without a current place (or
 * one not in the list) the first; undefined when nothing lies that way (the focus stays).
 */
export function stepOnMap(places: readonly MapPlace[], current: string | undefined, key: string): string | undefined {
  const direction = directions[key];
  const from = places.find((p) => p.id === current);
  if (!from || !direction) return places[0]?.id;
  let best: { id: string; score: number } | undefined;
  for (const place of places) {
    if (place.id === from.id) continue;
    const dx = place.x - from.x;
    const dy = place.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * direction.x + dy * direction.y) / distance;
    if (cos < Math.cos(Math.PI / 3)) continue;
    // Straight ahead counts as it is; at 60° off, a place counts three times as far.
    const score = distance * (1 + 4 * (1 - cos));
    if (!best || score < best.score || (score === best.score && place.id < best.id)) best = { id: place.id, score };
  }
  return best?.id;
}

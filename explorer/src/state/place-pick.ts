// Choosing a place by a click on the map, for a form (editing/form-dialog.ts "Ort auf der Karte wählen"): the form
// asks for a place and waits; the map view (views/map-view.ts) hands the next click's point to it instead of
// selecting what lies there. One pick at a time; a new request or "Abbrechen" ends the previous one with nothing.
export interface PickedPlace {
  latitude: number;
  longitude: number;
}

let pending: ((place: PickedPlace | undefined) => void) | undefined;

/** Waits for the next click on the map (undefined: cancelled). */
export function awaitPlaceOnMap(): Promise<PickedPlace | undefined> {
  endPlacePick(undefined);
  return new Promise((resolve) => {
    pending = resolve;
  });
}

/** Whether a form waits for a click on the map. */
export function placePickPending(): boolean {
  return pending !== undefined;
}

/** Ends the pick with the place clicked (or undefined: cancelled); false when no form was waiting. */
export function endPlacePick(place: PickedPlace | undefined): boolean {
  const resolve = pending;
  pending = undefined;
  resolve?.(place);
  return resolve !== undefined;
}

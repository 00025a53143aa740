// The explorer's words for the offers across the district border (issue 20) and the map's keyboard path (issue 15).
export const borderMessages = {
  borderOffer: ['Angebot jenseits der Kreisgrenze', 'Offer across the district border'],
  neighbourPlace: ['Gemeinde im Nachbarkreis', 'Municipality of a neighbouring district'],
  acrossBorder: ['jenseits der Kreisgrenze', 'across the district border'],
  districtColumn: ['Landkreis', 'District'],
  borderToggle: [
    'Angebote jenseits der Kreisgrenze im Radius einbeziehen',
    'Include offers across the district border within the radius',
  ],
  borderHiddenHint: [
    'weitere jenseits der Kreisgrenze im Radius, die die Lückenberechnung mitzählt',
    'more across the district border within the radius, counted by the gap analysis',
  ],
  mapKeys: ['Gemeinden der Karte', 'Municipalities on the map'],
  mapKeysHint: [
    'Tabulator führt zur Karte; Pfeiltasten wählen die nächste Gemeinde in dieser Richtung, Pos1 und Ende die erste und letzte, Eingabe zeigt die Details.',
    'Tab leads to the map; arrow keys move to the nearest municipality in that direction, Home and End to the first and last, Enter shows the details.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

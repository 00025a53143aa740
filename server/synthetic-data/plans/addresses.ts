// Street names for addresses, and the languages besides German an actor or offer may have.

export const streets = [
  'Hauptstraße',
  'Schulstraße',
  'Bahnhofstraße',
  'Gartenstraße',
  'Dorfstraße',
  'Kirchweg',
  'Am Markt',
  'Lindenallee',
  'Mühlenweg',
  'Ringstraße',
];
export const otherLanguages = ['en', 'ar', 'uk', 'ru', 'tr', 'fa', 'pl', 'ro', 'ku', 'ti', 'ps', 'fr'];

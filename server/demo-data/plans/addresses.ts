// Fictional addresses on recognisably invented streets; postcodes of the towns the actors sit in.
export const streets = [
  'Beispielstraße',
  'Musterweg',
  'Demoallee',
  'Am Beispielpark',
  'Fiktivring',
  'Platz der Vorlagen',
  'Probegasse',
];
export const postcodes: Record<string, string> = {
  'Nienburg/Weser': '31582',
  'Rehburg-Loccum': '31547',
  Steyerberg: '31595',
  Hoya: '27318',
  Eystrup: '27324',
  Stolzenau: '31592',
  Uchte: '31600',
  Diepenau: '31603',
  Warmsen: '31606',
  Marklohe: '31608',
  Liebenau: '31618',
  Steimbke: '31634',
  Heemsen: '31622',
  Landesbergen: '31628',
  'Hassel (Weser)': '27324',
};

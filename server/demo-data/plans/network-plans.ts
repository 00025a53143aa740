// The networks of the demo county with their members, meeting rhythm and topics, and the decisions they take.
import type { ActorKind, Cadence, NetworkKind } from '../demo-types.js';

export interface NetworkMemberKeys {
  courseProviderKeys: string[];
  southKeys: string[]; // linkable actors in the south of the county
  keysOf: (kinds: ActorKind[]) => string[];
}

export const decisionTexts: Record<string, string[]> = {
  round: [
    'Kursstarts für das nächste Halbjahr abgleichen und in der Übersicht veröffentlichen',
    'Wartelisten monatlich an die Bildungskoordination melden',
    'Gemeinsamen Elternkurs mit Kinderbetreuung im Raum Marklohe prüfen',
    'Einstufungstests gegenseitig anerkennen',
    'Bedarf an Berufssprachkursen im Südwesten (Diepenau, Warmsen) klären',
    'Mehrsprachigen Flyer aller Kursangebote erstellen',
    'Fahrtkostenzuschuss für Teilnehmende aus Diepenau beim Kreis anfragen',
    'Kursstarts mit weniger als der Mindestteilnehmerzahl zusammenlegen',
    'Kontakt zur neuen Sprachschule in Steyerberg aufnehmen',
    'Online-Kursangebote für den ländlichen Raum bekannt machen',
    'Termine von Kursstarts in Nienburg entzerren',
    'Alphabetisierungskurs für das Frühjahr planen',
  ],
  committee: [
    'Bedarfsanalyse mit Handlungsempfehlungen im Fachausschuss vorstellen',
    'Mittel für Kinderbetreuung in Sprachkursen beantragen',
    'Bildungsmonitoring jährlich fortschreiben',
    'Mobilitätskonzept für den Südkreis erarbeiten',
    'Datenaustausch mit den Kursträgern vereinbaren',
  ],
  early: [
    'Eltern-Kind-Gruppe im Südwesten aufbauen',
    'Mehrsprachige Elternbriefe für Kitas abstimmen',
    'Fortbildung „Sprachbildung im Alltag“ für Kita-Fachkräfte organisieren',
    'Übergang Kita–Grundschule für neu zugewanderte Familien begleiten',
  ],
  south: [
    'Gemeinsamen Kursort in Uchte für Integrations- und Berufssprachkurse suchen',
    'Bürgerbus-Fahrzeiten an Kurszeiten anpassen',
    'Sprechstunde der Anerkennungsberatung im Südkreis anfragen',
    'Ehrenamtliche Deutschgruppen im Südkreis vernetzen',
  ],
  volunteers: [
    'Fortbildung für Sprachpatinnen und Sprachpaten anbieten',
    'Gemeinsamen Kalender der Sprachcafés pflegen',
    'Ehrenamtspauschale bei der Bürgerstiftung beantragen',
  ],
};

export interface NetworkPlan {
  key: string;
  name: string;
  kind: NetworkKind;
  cadence: Cadence;
  description: string;
  coordinator: string;
  members: string[];
  meetingsBack: number[];
  weekday: number;
  place: string;
  topics: string[];
}

/** The networks, given the actor keys they draw members from. */
export function listNetworkPlans(keys: NetworkMemberKeys): NetworkPlan[] {
  const { courseProviderKeys, southKeys, keysOf } = keys;
  return [
    {
      key: 'round',
      name: 'Monatsrunde der Kursträger (fiktiv)',
      kind: 'EXCHANGE_ROUND',
      cadence: 'MONTHLY',
      description:
        'Monatlicher Austausch der Träger von Integrations- und Berufssprachkursen: Kursstarts, freie Plätze, Wartelisten.',
      coordinator: 'bik',
      members: courseProviderKeys,
      meetingsBack: [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1],
      weekday: 3,
      place: 'Kreishaus, Sitzungsraum 2 (fiktiv)',
      topics: [
        'Kursstarts und freie Plätze',
        'Wartelisten und Zuweisungen',
        'Kinderbetreuung in Elternkursen',
        'Bedarfe im Südkreis',
        'Berufssprachkurse',
        'Jahresplanung',
      ],
    },
    {
      key: 'committee',
      name: 'Steuerungsgruppe Bildung und Integration (fiktiv)',
      kind: 'COMMITTEE',
      cadence: 'QUARTERLY',
      description: 'Steuert die Bildungskoordination für Neuzugewanderte und beschließt Handlungsempfehlungen.',
      coordinator: 'bik',
      members: ['bik', 'jc', 'aa', 'abh', 'vhs', 'stadt-ni', 'sg-mw', 'sg-uch', 'sg-hoya', 'bbs', 'ihk', 'swl', 'mbe'],
      meetingsBack: [11, 8, 5, 2],
      weekday: 2,
      place: 'Kreishaus, großer Sitzungssaal (fiktiv)',
      topics: ['Bedarfsanalyse', 'Haushalt und Förderung', 'Bildungsmonitoring', 'Mobilität im ländlichen Raum'],
    },
    {
      key: 'early',
      name: 'Arbeitskreis Frühe Bildung (fiktiv)',
      kind: 'WORKING_GROUP',
      cadence: 'QUARTERLY',
      description:
        'Kitas, Familienzentren, Grundschulen und Beratungsstellen zur frühen Bildung neu zugewanderter Familien.',
      coordinator: 'fruehe',
      members: ['fruehe', ...keysOf(['DAYCARE']), 'gs-ni', 'gs-uch', 'gs-die', 'gs-stei', 'swl', 'fhmw', 'bib', 'mbe'],
      meetingsBack: [10, 7, 4, 1],
      weekday: 4,
      place: 'Familienzentrum Regenbogen (fiktiv)',
      topics: ['Eltern-Kind-Angebote', 'Sprachbildung im Kita-Alltag', 'Übergang Kita–Schule'],
    },
    {
      key: 'south',
      name: 'Regionalnetzwerk Süd – Mittelweser und Uchte (fiktiv)',
      kind: 'REGIONAL_NETWORK',
      cadence: 'QUARTERLY',
      description: 'Akteure im Süden des Kreises: Erreichbarkeit von Angeboten, gemeinsame Kursorte, Ehrenamt.',
      coordinator: 'sg-mw',
      members: southKeys,
      meetingsBack: [9, 6, 3],
      weekday: 1,
      place: 'Rathaus Stolzenau, Ratssaal (fiktiv)',
      topics: ['Erreichbarkeit von Kursen', 'Bedarfe in Uchte und Diepenau', 'Ehrenamtliche Angebote'],
    },
    {
      key: 'volunteers',
      name: 'Forum Ehrenamt und Sprachpatenschaften (fiktiv)',
      kind: 'OTHER',
      cadence: 'HALF_YEARLY',
      description: 'Treffen der ehrenamtlichen Initiativen, Kirchengemeinden und Stiftungen.',
      coordinator: 'wn-ni',
      members: [...keysOf(['VOLUNTEER_INITIATIVE', 'CHURCH', 'FOUNDATION']), 'bib', 'mgh'],
      meetingsBack: [10, 4],
      weekday: 6,
      place: 'Stadtbibliothek Weserbogen (fiktiv)',
      topics: ['Sprachcafés', 'Fortbildung für Ehrenamtliche'],
    },
  ];
}

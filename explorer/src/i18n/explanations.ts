// "Wie berechnet?": how each figure the explorer shows is computed, in plain words, from the exact definitions in
// ../shared/DESIGN.md (coverage-gap analysis, waiting time, monitoring), with the figure's own numbers filled in.
// Each function gives the paragraphs of one explanation in the reader's language; explorer/src/ui/explain-figure.ts
// shows them behind a disclosure button.
import { formatDate, formatNumber } from './format';
import { countIn } from './count-in';
import type { Language } from './enum-labels';

/** One explanation: its paragraphs, in order. */
export type Explanation = string[];

const n = (value: number | null | undefined, lang: Language, digits = 0) => formatNumber(value, lang, digits);
const persons = (value: number, lang: Language) => countIn(lang, value, 'person');
const weeks = (value: number | null | undefined, lang: Language) => countIn(lang, value, 'week');
const germanRules = new Intl.PluralRules('de-DE');
const percent = (share: number, lang: Language) => `${formatNumber(share * 100, lang)} %`;

/** How the catchment shares places out: the same words wherever coverage or unmet demand is explained. */
function catchment(radiusKm: number, lang: Language): string {
  return lang === 'de'
    ? `Freie Plätze sind Kapazität minus Belegung der geplanten und offenen Angebote mit bekannter Kapazität. ` +
        `Jedes Angebot teilt seine freien Plätze auf alle Personen mit Bedarf im Umkreis von ${n(radiusKm, lang)} km auf; ` +
        `wer näher wohnt, zählt stärker (das Gewicht sinkt mit der Entfernung glockenförmig und ist am Rand des Umkreises null). ` +
        `Jede Gemeinde erhält ihre so gewichteten Anteile an allen Angeboten in ihrem Umkreis: freie Plätze je Person mit Bedarf. ` +
        `Die Plätze eines Angebots werden also mit allen Gemeinden in seinem Umkreis geteilt; deshalb kann es freie Plätze ` +
        `im Umkreis geben und trotzdem Personen ohne Platz.`
    : `Free places are capacity minus bookings of planned and open offers with a known capacity. Each offer shares ` +
        `its free places among all persons in need within ${n(radiusKm, lang)} km, nearer persons counting more (the ` +
        `weight falls with distance in a bell curve and is zero at the edge). Each municipality receives its weighted ` +
        `shares of all offers in reach: free places per person in need. An offer's places are shared with every ` +
        `municipality in its reach, which is why there can be free places in reach and still persons without a place.`;
}

const severityRule = {
  de: 'Stufe: keine Lücke bei 0 Personen ohne Platz, gering unter 25 % des Bedarfs, mittel unter 50 %, hoch ab 50 %.',
  en: 'Level: no gap with nobody unmet, low below 25 % of demand, medium below 50 %, high from 50 %.',
};

const method = {
  de: 'Verfahren: gaußsche Zwei-Schritt-Einzugsgebietsmethode (Dai 2010); Entfernungen in Luftlinie.',
  en: 'Method: Gaussian two-step floating catchment area (Dai 2010); straight-line distances.',
};

/** Coverage and unmet demand of one municipality, from its gap-table row. */
export function explainMunicipalityGap(
  row: {
    name: string;
    demand: number;
    unmet: number;
    coverage: number;
    freePlacesInReach: number;
    offersInReach: number;
  },
  category: string,
  radiusKm: number,
  lang: Language,
): Explanation {
  if (lang === 'de')
    return [
      `Bedarf in ${row.name}: ${persons(row.demand, lang)} mit offenem Bedarf in der Kategorie ${category}.`,
      catchment(radiusKm, lang),
      `Abdeckung: diese freien Plätze je Person, höchstens 100 %; für ${row.name} ${percent(row.coverage, lang)} ` +
        `(${n(row.offersInReach, lang)} Angebote im Umkreis, zusammen ${n(row.freePlacesInReach, lang)} freie Plätze, ` +
        `die ${row.name} mit den anderen Gemeinden in deren Umkreis teilt).`,
      `Ohne Platz: Bedarf × (100 % − Abdeckung), gerundet: ${n(row.demand, lang)} × (100 % − ${percent(row.coverage, lang)}) = ` +
        `${n(row.unmet, lang)}, also ${n(row.unmet, lang)} von ${persons(row.demand, lang)} ohne Platz im Umkreis von ${n(radiusKm, lang)} km.`,
      severityRule.de,
      method.de,
    ];
  return [
    `Demand in ${row.name}: ${persons(row.demand, lang)} with an open need in the category ${category}.`,
    catchment(radiusKm, lang),
    `Coverage: these free places per person, at most 100 %; for ${row.name} ${percent(row.coverage, lang)} ` +
      `(${n(row.offersInReach, lang)} offers in reach, ${n(row.freePlacesInReach, lang)} free places in all, shared ` +
      `with other municipalities).`,
    `Unmet: demand × (100 % − coverage), rounded: ${n(row.demand, lang)} × (100 % − ${percent(row.coverage, lang)}) = ` +
      `${n(row.unmet, lang)}, so ${n(row.unmet, lang)} of ${persons(row.demand, lang)} without a place within ${n(radiusKm, lang)} km.`,
    severityRule.en,
    method.en,
  ];
}

/** The demand and unmet demand of an area (the district, a Samtgemeinde): sums over its municipalities. */
export function explainAreaGap(
  area: { name: string; demand: number; unmet: number },
  category: string,
  radiusKm: number,
  lang: Language,
): Explanation {
  if (lang === 'de')
    return [
      `${area.name}: ${n(area.unmet, lang)} von ${persons(area.demand, lang)} ${germanRules.select(area.unmet) === 'one' ? 'hat' : 'haben'} ` +
        `keinen Platz im Umkreis von ${n(radiusKm, lang)} km (Kategorie ${category}).`,
      `Bedarf und Ohne Platz sind Summen über die Gemeinden des Gebiets (eine Samtgemeinde: sie selbst und ihre ` +
        `Mitgliedsgemeinden). Je Gemeinde: Bedarf × (100 % − Abdeckung), gerundet.`,
      catchment(radiusKm, lang),
      severityRule.de,
      method.de,
    ];
  return [
    `${area.name}: ${n(area.unmet, lang)} of ${persons(area.demand, lang)} without a place within ${n(radiusKm, lang)} km (category ${category}).`,
    `Demand and unmet are sums over the area's municipalities. Per municipality: demand × (100 % − coverage), rounded.`,
    catchment(radiusKm, lang),
    severityRule.en,
    method.en,
  ];
}

/** The waiting figures of an area or a municipality, from the waiting-time matching. */
export function explainWaiting(
  figures: {
    name: string;
    waiting: number;
    placed?: number;
    overTarget: number;
    noSuitableStart: number;
    medianWeeks?: number | null;
    p90Weeks?: number | null;
  },
  context: { category: string; radiusKm: number; asOf: string; targetWeeks: number },
  lang: Language,
): Explanation {
  const { category, radiusKm, asOf, targetWeeks } = context;
  const beyond = figures.overTarget + figures.noSuitableStart;
  const placed = figures.placed ?? figures.waiting - figures.noSuitableStart;
  const wait =
    figures.medianWeeks === undefined || figures.medianWeeks === null
      ? ''
      : lang === 'de'
        ? ` Die Hälfte wartet höchstens ${weeks(figures.medianWeeks, lang)} (Median), 90 % höchstens ${weeks(figures.p90Weeks, lang)}.`
        : ` Half wait at most ${weeks(figures.medianWeeks, lang)} (median), 90 % at most ${weeks(figures.p90Weeks, lang)}.`;
  if (lang === 'de')
    return [
      `Wartende in ${figures.name}: ${persons(figures.waiting, lang)} mit offenem Bedarf in der Kategorie ${category}, gemeldet bis zum ${formatDate(asOf, lang)}.`,
      `Die Bedarfe werden in der Reihenfolge ihrer Meldung (die älteste zuerst) auf freie Plätze passender Kurse verteilt, ` +
        `der früheste Kursstart zuerst. Ein Kurs passt, wenn er geplant oder offen ist, ab dem ${formatDate(asOf, lang)} beginnt, ` +
        `höchstens ${n(radiusKm, lang)} km entfernt ist, die Zielgruppe aufnimmt (oder keine nennt) und für Eltern und Frauen ` +
        `Kinderbetreuung bietet. Alle Bedarfe im Land bewerben sich um dieselben Plätze.`,
      `Wartezeit: Wochen vom ${formatDate(asOf, lang)} bis zum Kursstart, aufgerundet. ${persons(placed, lang)} mit Kursplatz.${wait}`,
      `Länger als die Zielwartezeit von ${weeks(targetWeeks, lang)}: ${n(figures.overTarget, lang)}. Ohne passenden Start: ` +
        `${n(figures.noSuitableStart, lang)} (kein Kurs im Umkreis, keiner für die Zielgruppe, keine Kinderbetreuung, alle voll ` +
        `oder keiner beginnt ab dem Stichtag). Über der Zielwartezeit sind also ${n(beyond, lang)} von ${persons(figures.waiting, lang)}.`,
    ];
  return [
    `Waiting in ${figures.name}: ${persons(figures.waiting, lang)} with an open need in the category ${category}, reported by ${formatDate(asOf, lang)}.`,
    `Needs are matched in the order they were reported (oldest first) to free places of suitable courses, the earliest ` +
      `start first. A course suits when it is planned or open, starts on or after ${formatDate(asOf, lang)}, lies within ` +
      `${n(radiusKm, lang)} km, takes the target group (or names none) and offers childcare for parents and women. All ` +
      `needs of the country compete for the same places.`,
    `Wait: weeks from ${formatDate(asOf, lang)} to the course start, rounded up. ${persons(placed, lang)} placed.${wait}`,
    `Over the target wait of ${weeks(targetWeeks, lang)}: ${n(figures.overTarget, lang)}. No suitable start: ` +
      `${n(figures.noSuitableStart, lang)}. Beyond the target in all: ${n(beyond, lang)} of ${persons(figures.waiting, lang)}.`,
  ];
}

/** The monitoring chart of accessibility: the district's demand-weighted mean of free places per person in need. */
export function explainAccessibility(latest: number | null | undefined, lang: Language): Explanation {
  if (lang === 'de')
    return [
      `Erreichbarkeit: freie Plätze je Person mit Bedarf, wie sie die Versorgungsanalyse für jede Gemeinde berechnet ` +
        `(ohne die Obergrenze von 100 %, die für die Abdeckung gilt). 1 heißt: ein freier Platz je Person.`,
      `Für den Landkreis: der Mittelwert über die Gemeinden, gewichtet mit ihrem Bedarf, aus den monatlichen Schnappschüssen.` +
        (latest === null || latest === undefined ? '' : ` Zuletzt: ${n(latest, lang, 2)}.`),
    ];
  return [
    `Accessibility: free places per person in need as the gap analysis computes it for each municipality (without ` +
      `the 100 % cap of coverage). 1 means one free place per person.`,
    `For the district: the mean over its municipalities weighted by demand, from the monthly snapshots.` +
      (latest === null || latest === undefined ? '' : ` Latest: ${n(latest, lang, 2)}.`),
  ];
}

/** Whether a course can start: its registrations against its minimum group size. */
export function explainCourseStarts(
  figures: { courses: number; cannotStart: number; horizonMonths: number },
  lang: Language,
): Explanation {
  if (lang === 'de')
    return [
      `${n(figures.cannotStart, lang)} von ${n(figures.courses, lang)} ${figures.courses === 1 ? 'Kurs' : 'Kursen'} in den nächsten ${n(figures.horizonMonths, lang)} Monaten ` +
        `können nach heutigem Stand nicht starten: sie haben weniger Anmeldungen als ihre Mindestgruppengröße.`,
      `Ein Kurs kann starten, wenn Anmeldungen ≥ Mindestgruppengröße. Auslastung = Anmeldungen ÷ Kapazität. ` +
        `Kurse desselben Typs und Niveaus im Umkreis, die jeder für sich zu klein sind, aber zusammen die Mindestgröße ` +
        `erreichen, schlagen die Empfehlungen zum Zusammenlegen vor.`,
    ];
  return [
    `${n(figures.cannotStart, lang)} of ${n(figures.courses, lang)} courses in the next ${n(figures.horizonMonths, lang)} months ` +
      `cannot start as things stand: they have fewer registrations than their minimum group size.`,
    `A course can start when registrations ≥ minimum group size. Fill rate = registrations ÷ capacity. Courses of one ` +
      `type and level in reach of each other, each too small but together large enough, are suggested for pooling.`,
  ];
}

/**
 * The actor's figures in the cooperation network (server/analysis/network/analyse-network.ts): partners, the
 * broker role (betweenness centrality), brokers, isolated actors and communities. The technical names stand here,
 * once, so that a reader can look them up; the labels themselves are German.
 */
export function explainNetworkRoles(lang: Language): Explanation {
  if (lang === 'de')
    return [
      `Partner (Grad): die Zahl der verschiedenen Akteure, mit denen ein Akteur kooperiert. Isoliert: ein Akteur ` +
        `ohne jede Kooperation.`,
      `Vermittlerrolle (in der Netzwerkanalyse „Betweenness-Zentralität“): Zwischen je zwei Akteuren wird der ` +
        `kürzeste Weg über Kooperationen gesucht. Die Vermittlerrolle eines Akteurs ist der Anteil dieser kürzesten ` +
        `Wege, die über ihn führen (gibt es mehrere gleich kurze, zählt jeder anteilig): 0 heißt, über ihn führt ` +
        `kein kürzester Weg; je näher an 1, desto mehr Verbindungen im Netz laufen über ihn.`,
      `Vermittler: die bis zu ${n(10, lang)} Akteure mit der größten Vermittlerrolle, sofern sie mindestens ` +
        `${n(0.05, lang, 2)} beträgt (bei Gleichstand an der Grenze alle). Sie verbinden Teile des Netzes, die ` +
        `ohne sie kaum oder gar nicht miteinander in Verbindung stünden; fällt einer aus, reißen Wege ab.`,
      `Gemeinschaft: eine Gruppe von Akteuren, die untereinander enger kooperieren als mit den übrigen ` +
        `(Louvain-Verfahren, engere Kooperationen zählen stärker); die Nummer 1 ist die größte Gruppe.`,
    ];
  return [
    `Partners (degree): the number of distinct actors an actor cooperates with. Isolated: an actor without any ` +
      `cooperation.`,
    `Broker role (betweenness centrality): between every two actors the shortest path over cooperations is sought. ` +
      `An actor's broker role is the share of these shortest paths that pass through it (several equally short ` +
      `paths count in part): 0 means no shortest path passes through it; the nearer to 1, the more connections ` +
      `in the network run through it.`,
    `Brokers: the up to ${n(10, lang)} actors with the largest broker role, if it is at least ${n(0.05, lang, 2)} ` +
      `(all of them when tied at the cut). They link parts of the network that would hardly or not at all be ` +
      `connected without them; if one drops out, paths break.`,
    `Community: a group of actors that cooperate more closely among themselves than with the rest (Louvain ` +
      `method, closer cooperations weigh more); number 1 is the largest group.`,
  ];
}

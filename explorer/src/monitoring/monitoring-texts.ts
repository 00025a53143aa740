// The words of the indicator parts of the monitoring view (issue 19), German first, English beside: kept here, next
// to the components that use them, rather than in i18n/messages.ts.
import type { Language } from '../i18n/enum-labels';

const texts = {
  indicatorsTitle: ['Wirksamkeit: Kennzahlen und Ziele', 'Effectiveness: indicators and targets'],
  indicatorsIntro: [
    'Kennzahlen je Monat gegen die Ziele des Landkreises. Quoten über weniger als 5 Personen werden nicht gezeigt: kleine Zahlen verraten Menschen.',
    "Indicators per month against the county's targets. Rates over fewer than 5 persons are not shown: small numbers reveal people.",
  ],
  indicatorCategory: ['Kategorie der Kennzahlen', 'Category of the indicators'],
  indicatorCategoryDefault: ['Ohne gewählte Kategorie: Integrationskurse.', 'No category chosen: integration courses.'],
  target: ['Ziel', 'Target'],
  value: ['Wert', 'Value'],
  indicator: ['Kennzahl', 'Indicator'],
  state: ['Stand', 'State'],
  yearBefore: ['Vorjahresmonat', 'Same month a year before'],
  change: ['Veränderung', 'Change'],
  basis: ['Grundlage', 'Basis'],
  unit: ['Einheit', 'Unit'],
  direction: ['Richtung', 'Direction'],
  persons: ['Personen', 'persons'],
  month: ['Monat', 'Month'],
  area: ['Gebiet', 'Area'],
  category: ['Kategorie', 'Category'],
  tooFew: ['zu wenige Fälle', 'too few cases'],
  tooFewTitle: [
    'Weniger als 5 Personen: die Quote wird nicht gezeigt, weil kleine Zahlen Menschen verraten.',
    'Fewer than 5 persons: the rate is not shown, because small numbers reveal people.',
  ],
  atLeast: ['mindestens', 'at least'],
  atMost: ['höchstens', 'at most'],
  tableOf: ['Kennzahlen im', 'Indicators in'],
  exportIndicatorsCsv: ['Kennzahlen als CSV', 'Indicators as CSV'],
  exportIndicatorsXlsx: ['Kennzahlen als Excel-Datei', 'Indicators as Excel file'],
  chartsLabel: ['Verlauf der Kennzahlen mit Ziellinie', 'Indicators over time with the target line'],
  targetLine: ['Ziel', 'Target'],
  towardTarget: ['zum Ziel hin', 'toward the target'],
  awayFromTarget: ['vom Ziel weg', 'away from the target'],
  noComparison: ['kein Vergleich', 'no comparison'],
  effectsTitle: ['Wirkung der Beschlüsse der Trägerrunde', "Effect of the providers' round's decisions"],
  effectsIntro: [
    'Die Kennzahl, die ein Beschluss bewegen soll, vor dem Beschluss und nach seiner Frist, jeweils über gleich viele Monate.',
    'The indicator a decision should move, before the decision and after its due date, over the same number of months each.',
  ],
  effectsNone: [
    'Kein Beschluss nennt bisher Gebiet, Kategorie und Kennzahl.',
    'No decision names an area, category and indicator yet.',
  ],
  decision: ['Beschluss', 'Decision'],
  decidedOn: ['Beschlossen am', 'Decided on'],
  dueOn: ['Frist', 'Due'],
  before: ['Vorher', 'Before'],
  after: ['Nachher', 'After'],
  effect: ['Wirkung', 'Effect'],
  rankingTitle: ['Gebiete nach Veränderung', 'Areas ranked by change'],
  rankingIntro: [
    'Die Samtgemeinden und Gemeinden des Landkreises nach der Veränderung der Kennzahl seit dem Vorjahresmonat, die größte Verbesserung zuerst.',
    "The district's Samtgemeinden and municipalities by the change of the indicator since the same month a year before, the largest improvement first.",
  ],
  rankingIndicator: ['Kennzahl der Rangfolge', 'Indicator of the ranking'],
  rank: ['Rang', 'Rank'],
  loading: ['Kennzahlen werden geladen …', 'Loading indicators …'],
  percentagePoints: ['Prozentpunkte', 'percentage points'],
  noIndicators: ['Für diesen Monat gibt es keine Kennzahlen.', 'There are no indicators for this month.'],
} satisfies Record<string, [de: string, en: string]>;

export type MonitoringTextKey = keyof typeof texts;

export function monitoringText(key: MonitoringTextKey, lang: Language): string {
  const [de, en] = texts[key];
  return lang === 'de' ? de : en;
}

// The API's field rules speak English (server/validation/field-rules.ts, text-rules.ts); the forms show each problem
// at its field in German. One table translates every message those rules and the API's other refusals of a field
// can give; a message not in it is shown by a plain German sentence, never in English.

const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be at most (\d+) characters long \(has (\d+)\)$/, (m) => `Höchstens ${m[1]} Zeichen (jetzt ${m[2]}).`],
  [
    /^must not contain line breaks or tabs \(one line only\): .+ at character (\d+)$/,
    (m) => `Bitte nur eine Zeile, ohne Zeilenumbruch oder Tabulator (Zeichen ${m[1]}).`,
  ],
  [
    /^must not contain control characters, lone surrogates or bidirectional controls: .+ at character (\d+)$/,
    (m) => `Enthält ein unsichtbares Steuerzeichen (Zeichen ${m[1]}); bitte entfernen.`,
  ],
  [/^must not contain markup/, () => 'Bitte ohne HTML-Zeichen wie <b> oder &amp;.'],
  [
    /^must not start with =/,
    () => 'Bitte nicht mit =, +, - oder @ beginnen (eine Tabellenkalkulation läse das als Formel).',
  ],
  [/^must be text$/, () => 'Bitte Text eingeben.'],
  [/^must not be empty$/, () => 'Bitte ausfüllen.'],
  [/^is required and cannot be set to null$/, () => 'Bitte ausfüllen.'],
  [/^must be a whole number of (\d+) or more$/, (m) => `Bitte eine ganze Zahl ab ${m[1]} eingeben.`],
  [
    /^must be a whole number from (-?\d+) to (-?\d+)$/,
    (m) => `Bitte eine ganze Zahl von ${m[1]} bis ${m[2]} eingeben.`,
  ],
  [/^must be at most (\d+)$/, (m) => `Höchstens ${Number(m[1]).toLocaleString('de-DE')}.`],
  [/^must be a finite number/, () => 'Bitte eine Zahl eingeben.'],
  [/^must be a number of 0 or more$/, () => 'Bitte eine Zahl ab 0 eingeben.'],
  [/^must be an e-mail address/, () => 'Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.'],
  [/^must be a web address/, () => 'Bitte eine Webadresse eingeben, die mit http:// oder https:// beginnt.'],
  [/^must be a phone number/, () => 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - eingeben.'],
  [/^must be a German postcode/, () => 'Bitte eine Postleitzahl aus 5 Ziffern eingeben.'],
  [
    /^(item \d+ )?must be language codes/,
    () => 'Bitte Sprachkürzel durch Komma getrennt eingeben, z. B. „de, ar, uk“ (klein geschrieben).',
  ],
  [/^must have a latitude/, () => 'Die geografische Breite muss zwischen -90 und 90 liegen.'],
  [/^must have a longitude/, () => 'Die geografische Länge muss zwischen -180 und 180 liegen.'],
  [/^must be a list$/, () => 'Bitte eine Liste angeben.'],
  [/^must have at most (\d+) items \(has (\d+)\)$/, (m) => `Höchstens ${m[1]} Einträge (jetzt ${m[2]}).`],
  [/^item (\d+) (.+)$/, (m) => `Eintrag ${m[1]}: ${germanProblem(m[2]!)}`],
];

/** German for one problem of a field rule ("must be at most 200 characters long (has 201)"). */
export function germanProblem(english: string): string {
  for (const [pattern, toGerman] of patterns) {
    const match = pattern.exec(english);
    if (match) return toGerman(match);
  }
  return 'Dieser Wert wird nicht angenommen; bitte prüfen.';
}

/** German for a rule across fields or relationships (server/validation/graph-invariants.ts), by its problem. */
export function germanInvariant(problem: string): { field: string; message: string } | undefined {
  const rules: [RegExp, (m: RegExpExecArray) => { field: string; message: string }][] = [
    [
      /^must have exactly one provider, has (\d+)/,
      () => ({
        field: 'provider',
        message: 'Ein Angebot braucht genau einen Anbieter; es darf seinen einzigen Anbieter nicht verlieren.',
      }),
    ],
    [/^must have at most one venue/, () => ({ field: 'venue', message: 'Höchstens ein Veranstaltungsort.' })],
    [
      /^must have exactly one municipality/,
      () => ({ field: 'municipality', message: 'Bitte genau eine Gemeinde wählen.' }),
    ],
    [/^must have at most one municipality/, () => ({ field: 'municipality', message: 'Höchstens eine Gemeinde.' })],
    [/^must have exactly one network/, () => ({ field: 'network', message: 'Bitte genau ein Netzwerk wählen.' })],
    [/^must have at most one coordinator/, () => ({ field: 'coordinator', message: 'Höchstens eine Koordination.' })],
    [/^must have at most one reportedBy/, () => ({ field: 'reportedBy', message: 'Höchstens ein meldender Akteur.' })],
    [
      /^must not end/,
      () => ({ field: 'endDate', message: 'Das Ende darf nicht vor dem Beginn oder der Anmeldefrist liegen.' }),
    ],
    [
      /^must not have languageLevelFrom/,
      () => ({ field: 'languageLevelTo', message: 'Das Sprachniveau „bis“ darf nicht unter „von“ liegen.' }),
    ],
    [
      /^cannot cooperate with itself/,
      () => ({ field: 'to', message: 'Ein Akteur kann nicht mit sich selbst kooperieren.' }),
    ],
    [/whose since .* is after its until/, () => ({ field: 'until', message: '„Bis“ darf nicht vor „seit“ liegen.' })],
    [/strength .* is not from 1 to 3/, () => ({ field: 'strength', message: 'Bitte eine Stärke von 1 bis 3 wählen.' })],
    [/^must count at least 1 person/, () => ({ field: 'persons', message: 'Bitte mindestens 1 Person angeben.' })],
    [/^must not have negative numbers/, () => ({ field: 'capacity', message: 'Zahlen dürfen nicht negativ sein.' })],
  ];
  for (const [pattern, toField] of rules) {
    const match = pattern.exec(problem);
    if (match) return toField(match);
  }
  return undefined;
}

// The prepared e-mail that carries an area's link (the first one and the reminder): a mailto: address with subject
// and text, which the coordinator's mail program opens. German, because it goes to the municipalities.
import { formatGermanDate } from '../../shared/german/format-german-date.js';

export interface SurveyMailFacts {
  roundTitle: string;
  areaName: string;
  deadline: string; // YYYY-MM-DD
  closesOn: string; // YYYY-MM-DD: the last day the link works
  message: string | null;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  url: string;
  email: string | null; // the recipient, when known
}

/** Whom a municipality asks: the round's contact, as one line. */
export function contactLine(facts: Pick<SurveyMailFacts, 'contactName' | 'contactEmail' | 'contactPhone'>): string {
  return [facts.contactName, facts.contactEmail, facts.contactPhone].filter(Boolean).join(', ');
}

export function surveyMailText(facts: SurveyMailFacts, reminder: boolean): { subject: string; body: string } {
  const subject = `${reminder ? 'Erinnerung: ' : ''}Bedarfsabfrage „${facts.roundTitle}“ – ${facts.areaName}`;
  const lines = [
    'Guten Tag,',
    '',
    reminder
      ? `wir haben Ihre Angaben zur Bedarfsabfrage „${facts.roundTitle}“ für ${facts.areaName} noch nicht erhalten. Wir freuen uns, wenn Sie das Formular bis zum ${formatGermanDate(facts.deadline)} ausfüllen. Ein Entwurf, den Sie schon gespeichert haben, bleibt erhalten; bitte nutzen Sie diesen neuen Link (der alte gilt nicht mehr):`
      : `wir bitten Sie um Ihre Angaben zur Bedarfsabfrage „${facts.roundTitle}“ für ${facts.areaName}: die Bildungsbedarfe vor Ort und die Angebote von Ehrenamtlichen und Initiativen. Bitte füllen Sie das Formular bis zum ${formatGermanDate(facts.deadline)} aus:`,
    '',
    facts.url,
    '',
    `Der Link gilt bis zum ${formatGermanDate(facts.closesOn)} und nur für ${facts.areaName}; bitte geben Sie ihn nur innerhalb Ihrer Verwaltung weiter. Sie können Entwürfe speichern und später weitermachen.`,
    ...(facts.message ? ['', facts.message] : []),
    '',
    `Bei Fragen: ${contactLine(facts)}`,
    '',
    'Mit freundlichen Grüßen',
    facts.contactName,
  ];
  return { subject, body: lines.join('\n') };
}

/** mailto:recipient?subject=…&body=… (RFC 6068: every part percent-encoded, line breaks as %0D%0A). */
export function surveyMailto(facts: SurveyMailFacts, reminder: boolean): string {
  const { subject, body } = surveyMailText(facts, reminder);
  const encode = (text: string) => encodeURIComponent(text.replaceAll('\n', '\r\n'));
  return `mailto:${facts.email ? encodeURIComponent(facts.email).replace('%40', '@') : ''}?subject=${encode(subject)}&body=${encode(body)}`;
}

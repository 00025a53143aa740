// The words of the history, the Papierkorb and the partner conflicts, in German and English (a missing English
// text falls back to German), kept apart from i18n/messages.ts so that these panels stay one folder.
import type { Language } from '../i18n/enum-labels';

const words = {
  history: ['Verlauf', 'History'],
  historyEmpty: ['Noch keine Änderungen aufgezeichnet.', 'No changes recorded yet.'],
  historyLoading: ['Verlauf wird geladen …', 'Loading the history …'],
  historyFailed: ['Der Verlauf konnte nicht geladen werden.', 'The history could not be loaded.'],
  created: ['angelegt', 'created'],
  deleted: ['gelöscht', 'deleted'],
  changed: ['geändert', 'changed'],
  restoredFromTrash: ['aus dem Papierkorb wiederhergestellt', 'restored from the Papierkorb'],
  undoOfOther: ['macht eine frühere Änderung rückgängig', 'undoes an earlier change'],
  undo: ['Rückgängig', 'Undo'],
  undoConfirm: ['Diese Änderung rückgängig machen?', 'Undo this change?'],
  undoDone: ['Die Änderung wurde rückgängig gemacht.', 'The change was undone.'],
  empty: ['leer', 'empty'],
  yes: ['ja', 'yes'],
  no: ['nein', 'no'],
  by: ['von', 'by'],
  system: ['System', 'System'],
  trash: ['Papierkorb', 'Papierkorb (deleted)'],
  trashIntro: [
    'Gelöschte Einträge lassen sich mit ihren Verknüpfungen wiederherstellen, bis sie endgültig entfernt werden.',
    'Deleted entries can be restored with their links until they are purged.',
  ],
  trashEmpty: ['Der Papierkorb ist leer.', 'The Papierkorb is empty.'],
  restore: ['Wiederherstellen', 'Restore'],
  restored: ['wiederhergestellt', 'restored'],
  deletedAt: ['Gelöscht am', 'Deleted on'],
  deletedBy: ['Gelöscht von', 'Deleted by'],
  restorableUntil: ['Wiederherstellbar bis', 'Restorable until'],
  kindOfEntry: ['Art', 'Kind'],
  name: ['Bezeichnung', 'Name'],
  close: ['Schließen', 'Close'],
  loading: ['Wird geladen …', 'Loading …'],
  conflicts: ['Konflikte mit Partnern', 'Conflicts with partners'],
  conflictsIntro: [
    'Ein Partnersystem hat für ein Feld, das der Landkreis korrigiert hat, einen anderen Wert übermittelt. Entscheiden Sie je Feld.',
    'A partner system sent another value for a field the county corrected. Decide per field.',
  ],
  conflictsEmpty: ['Keine Konflikte mit Partnern.', 'No conflicts with partners.'],
  offer: ['Angebot', 'Offer'],
  field: ['Feld', 'Field'],
  countyValue: ['Wert des Landkreises', "County's value"],
  partnerValue: ['Wert des Partners', "Partner's value"],
  partnerSystem: ['Partnersystem', 'Partner system'],
  decision: ['Entscheidung', 'Decision'],
  keepCounty: ['Wert des Landkreises behalten', "Keep the county's value"],
  takePartner: ['Wert des Partners übernehmen', "Take the partner's value"],
  keptCounty: ['Wert des Landkreises behalten', "County's value kept"],
  tookPartner: ['Wert des Partners übernommen', "Partner's value taken"],
  open: ['offen', 'open'],
  reported: ['Gemeldet am', 'Reported on'],
} satisfies Record<string, [de: string, en: string]>;

export type HistoryWord = keyof typeof words;

export function say(key: HistoryWord, lang: Language): string {
  const [de, en] = words[key];
  return lang === 'en' && en ? en : de;
}

// A refused undo, restore or resolution in the reader's words: what stands in the way, with the value it has now.
import type { Language } from '../i18n/enum-labels';
import { entityLabel, fieldLabel, formatFieldValue, parseJson, type NameOf } from './field-labels';
import type { RefusedError } from './request-history';

export function explainRefusal(error: RefusedError, lang: Language, nameOf: NameOf): string {
  const x = error.extensions;
  const en = lang === 'en';
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const entity = text(x.entity);
  switch (x.reason) {
    case 'CHANGED_SINCE': {
      const field = String(x.field);
      const current = formatFieldValue(entity, field, parseJson(x.current as string), lang, nameOf);
      return en
        ? `Not undone: “${fieldLabel(field, lang)}” has been changed since; it is now “${current}”.`
        : `Nicht rückgängig gemacht: „${fieldLabel(field, lang)}“ wurde seither geändert und ist jetzt „${current}“.`;
    }
    case 'ENTITY_GONE':
      return en
        ? `Not undone: this ${entityLabel(entity, lang)} no longer exists.`
        : `Nicht rückgängig gemacht: Diesen Eintrag (${entityLabel(entity, lang)}) gibt es nicht mehr.`;
    case 'RELATED_GONE': {
      const target = text(x.target);
      const key = text(x.value);
      const name = nameOf(key);
      return en
        ? `Not restored: the linked ${entityLabel(target, lang)}${name ? ` “${name}”` : ''} (${fieldLabel(String(x.field), lang)}) no longer exists.`
        : `Nicht wiederhergestellt: Der verknüpfte Eintrag (${entityLabel(target, lang)}${name ? ` „${name}“` : ''}, Feld „${fieldLabel(String(x.field), lang)}“) existiert nicht mehr.`;
    }
    case 'KEY_TAKEN':
      return en
        ? `Not restored: an ${entityLabel(entity, lang)} with the same key exists again.`
        : `Nicht wiederhergestellt: Es gibt inzwischen wieder einen Eintrag (${entityLabel(entity, lang)}) mit derselben Kennung.`;
    case 'NOT_IN_TRASH':
      return en
        ? 'Not restored: the entry is no longer in the Papierkorb (restored or purged).'
        : 'Nicht wiederhergestellt: Der Eintrag ist nicht mehr im Papierkorb (schon wiederhergestellt oder endgültig entfernt).';
    case 'INVARIANT':
      return en
        ? 'Refused: the result would break a rule of the data (e.g. an offer without its provider).'
        : 'Abgelehnt: Das Ergebnis verstieße gegen eine Regel der Daten (z. B. ein Angebot ohne Anbieter).';
    default:
      break;
  }
  if (x.code === 'UNAUTHENTICATED') return en ? 'Please log in first.' : 'Bitte melden Sie sich zuerst an.';
  if (x.code === 'FORBIDDEN')
    return en ? 'Only the coordination may do this.' : 'Das darf nur die Bildungskoordination.';
  if (x.code === 'NOT_FOUND')
    return en ? 'Not found: it was changed in the meantime.' : 'Nicht gefunden: Der Eintrag wurde inzwischen geändert.';
  if (x.code === 'NETWORK_ERROR')
    return en ? 'The server cannot be reached.' : 'Der Server ist nicht erreichbar. Bitte später erneut versuchen.';
  return en ? 'That did not work. Please try again.' : 'Das hat nicht geklappt. Bitte erneut versuchen.';
}

// The municipality's form as a German HTML page, rendered on the server (no script needed): usable on a 390 px phone
// and by keyboard, every input with its label, every problem at its field (and listed at the top, linked to the
// field), the figures accepted last time prefilled. Also the pages of a link that does not work (whom to ask).
import { formatGermanDate } from '../../shared/german/format-german-date.js';
import { offerCategoryLabels, targetGroupLabels } from '../../schema/enum-labels.js';
import { escapeHtml, html, trustedHtml, type SafeHtml } from '../html/safe-html.js';
import { targetGroups } from '../validation/survey-rules.js';
import type { SurveyContact, SurveyLinkContext } from './survey-answers.js';
import type { StoredNeedItem } from './survey-store.js';

/** What the form shows in its fields: text as typed (so that a refused value stays to be corrected). */
export interface SurveyFormValues {
  needs: Record<string, string>; // "CATEGORY.TARGET_GROUP" -> persons as typed
  notes: Record<string, string>; // category -> note
  offers: SurveyOfferValues[];
  freeText: string;
}

export interface SurveyOfferValues {
  initiativeName: string;
  offerTitle: string;
  contactRole: string;
  category: string;
  targetGroups: string[];
  schedule: string;
  place: string;
  municipalityAgs: string;
  languages: string;
  freePlaces: string;
}

export const emptyOffer = (areaAgs: string): SurveyOfferValues => ({
  initiativeName: '',
  offerTitle: '',
  contactRole: '',
  category: '',
  targetGroups: [],
  schedule: '',
  place: '',
  municipalityAgs: areaAgs,
  languages: '',
  freePlaces: '',
});

const style = trustedHtml(`<style>
  :root { font-family: system-ui, sans-serif; line-height: 1.45; color: #1b1b1b; }
  body { margin: 0; padding: 0 12px 48px; max-width: 760px; margin-inline: auto; }
  h1 { font-size: 1.35rem; margin: 16px 0 4px; } h2 { font-size: 1.1rem; margin: 24px 0 8px; }
  fieldset { border: 1px solid #b8b8b8; border-radius: 6px; margin: 12px 0; padding: 8px 12px; }
  legend { font-weight: 600; padding: 0 4px; }
  .row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 12px; padding: 6px 0; border-bottom: 1px solid #eee; }
  .row .what { flex: 1 1 10rem; }
  .field { margin: 8px 0; } .field label { display: block; font-weight: 500; margin-bottom: 2px; }
  input[type=number] { width: 7rem; }
  input, select, textarea { font: inherit; font-size: 1rem; padding: 8px; border: 1px solid #767676; border-radius: 4px; box-sizing: border-box; max-width: 100%; }
  input[type=text], select, textarea { width: 100%; }
  input:focus, select:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #1a5fb4; outline-offset: 2px; }
  [aria-invalid=true] { border: 2px solid #b00020; }
  .error { color: #b00020; font-weight: 600; margin: 2px 0 0; flex-basis: 100%; }
  .summary { border: 2px solid #b00020; padding: 8px 12px; border-radius: 6px; }
  .notice { border: 2px solid #26a269; padding: 8px 12px; border-radius: 6px; background: #eefbf2; }
  .hint { color: #555; font-size: .92rem; margin: 2px 0; }
  .checks { display: flex; flex-wrap: wrap; gap: 4px 16px; } .checks label { font-weight: 400; display: inline; }
  .buttons { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 20px; }
  button { font: inherit; font-size: 1rem; padding: 12px 18px; border-radius: 6px; border: 1px solid #1a5fb4; background: #fff; color: #1a5fb4; cursor: pointer; min-height: 44px; }
  button.primary { background: #1a5fb4; color: #fff; }
</style>`);

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        ${style}
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`.toString();
}

function contactHtml(contact: SurveyContact): SafeHtml {
  return html`<p>
    Ansprechpartner: <strong>${contact.contactName}</strong>${
      contact.contactEmail && html`, E-Mail: <a href="mailto:${contact.contactEmail}">${contact.contactEmail}</a>`
    }${contact.contactPhone && html`, Telefon: ${contact.contactPhone}`}
  </p>`;
}

const refusalTexts: Record<string, string> = {
  LINK_UNKNOWN:
    'Diesen Link kennen wir nicht. Bitte prüfen Sie, ob er vollständig kopiert wurde, oder fragen Sie die Bildungskoordination Ihres Landkreises nach einem neuen Link.',
  LINK_REVOKED: 'Dieser Link gilt nicht mehr: Es wurde ein neuer Link ausgestellt oder dieser zurückgezogen.',
  LINK_EXPIRED: 'Dieser Link ist abgelaufen.',
  ROUND_CLOSED: 'Diese Abfrage ist abgeschlossen.',
};

/** The page of a link that does not work: why, and whom to ask for a new one. */
export function renderSurveyRefusal(
  reason: string,
  contact: SurveyContact | null,
  detail: Record<string, string | null>,
): string {
  const expired =
    reason === 'LINK_EXPIRED' && detail.closesOn ? ` Er galt bis zum ${formatGermanDate(detail.closesOn)}.` : '';
  return page(
    'Bedarfsabfrage: Link ungültig',
    html`<h1>Bedarfsabfrage</h1>
      ${detail.roundTitle && html`<p>${detail.roundTitle}${detail.areaName && html` – ${detail.areaName}`}</p>`}
      <p role="alert"><strong>${refusalTexts[reason] ?? 'Dieser Link funktioniert nicht.'}${expired}</strong></p>
      ${
        contact
          ? html`<p>Wenn Sie noch Angaben machen möchten, wenden Sie sich bitte an:</p>
              ${contactHtml(contact)}`
          : html`<p>Bitte wenden Sie sich an die Bildungskoordination für Neuzugewanderte Ihres Landkreises.</p>`
      }`,
  );
}

export function renderSurveyRateLimited(seconds: number): string {
  return page(
    'Bedarfsabfrage: zu viele Anfragen',
    html`<h1>Bedarfsabfrage</h1>
      <p role="alert">
        Zu viele Anfragen von Ihrem Anschluss. Bitte versuchen Sie es in ${seconds} Sekunden noch einmal.
      </p>`,
  );
}

export interface SurveyFormPage {
  context: SurveyLinkContext;
  currentNeeds: StoredNeedItem[];
  values: SurveyFormValues;
  errors: Map<string, string>; // input id -> German message
  notice: string | null;
}

const needId = (category: string, group: string) => `need-${category}-${group}`;
const noteId = (category: string) => `note-${category}`;
export const offerFieldId = (index: number, field: string) => `offer-${index}-${field}`;

function describedBy(id: string, errors: Map<string, string>, hint?: string) {
  const ids = [errors.has(id) ? `${id}-error` : null, hint ?? null].filter(Boolean).join(' ');
  return ids === '' ? null : ids;
}

function errorAt(id: string, errors: Map<string, string>): SafeHtml | false {
  const message = errors.get(id);
  return message !== undefined && html`<p class="error" id="${id}-error">${message}</p>`;
}

function attrs(id: string, errors: Map<string, string>, hint?: string): SafeHtml {
  const described = describedBy(id, errors, hint);
  return html`id="${id}" ${errors.has(id) ? trustedHtml('aria-invalid="true"') : ''}
  ${described ? html`aria-describedby="${described}"` : ''}`;
}

function textField(
  id: string,
  name: string,
  label: string,
  value: string,
  errors: Map<string, string>,
  options: { hint?: string; required?: boolean; maxlength?: number } = {},
): SafeHtml {
  const hintId = options.hint ? `${id}-hint` : undefined;
  return html`<div class="field">
    <label for="${id}">${label}${options.required ? ' (Pflichtfeld)' : ''}</label>
    ${options.hint && html`<p class="hint" id="${hintId}">${options.hint}</p>`}
    <input
      type="text"
      name="${name}"
      value="${value}"
      maxlength="${options.maxlength ?? 500}"
      ${attrs(id, errors, hintId)}
    />
    ${errorAt(id, errors)}
  </div>`;
}

/** A textarea built without template whitespace: what stands between its tags is its value. */
function textarea(id: string, name: string, value: string, errors: Map<string, string>, disabled = false): SafeHtml {
  const open = html`<textarea name="${name}" rows="3" maxlength="5000" ${attrs(id, errors)} ${
    disabled ? trustedHtml('disabled') : ''
  }>`;
  return trustedHtml(`${open.toString()}${escapeHtml(value)}</textarea>`);
}

function currentFigure(currentNeeds: StoredNeedItem[], areaAgs: string, category: string, group: string) {
  return currentNeeds.find(
    (need) => need.municipalityAgs === areaAgs && need.category === category && need.targetGroup === group,
  );
}

function needsSection(form: SurveyFormPage, disabled: boolean): SafeHtml {
  const { context, values, errors, currentNeeds } = form;
  return html`<h2>Bedarfe: Personen mit Bildungsbedarf</h2>
    <p class="hint">
      Je Angebotsart und Zielgruppe: wie viele Personen in ${context.areaName} ein solches Angebot brauchen und keines
      haben. Leer lassen, wenn Sie es nicht wissen; 0, wenn kein Bedarf (mehr) besteht. Vorausgefüllt sind die zuletzt
      übernommenen Zahlen: bitte bestätigen oder ändern.
    </p>
    ${context.categories.map(
      (category) =>
        html`<fieldset ${disabled ? trustedHtml('disabled') : ''}>
          <legend>${offerCategoryLabels[category][0]}</legend>
          ${targetGroups.map((group) => {
            const id = needId(category, group);
            const last = currentFigure(currentNeeds, context.areaAgs, category, group);
            const hintId = last ? `${id}-hint` : undefined;
            return html`<div class="row">
              <span class="what"
                ><label for="${id}">${targetGroupLabels[group][0]}</label>
                ${last && html`<span class="hint" id="${hintId}">(zuletzt: ${last.persons})</span>`}</span
              >
              <input
                type="number"
                inputmode="numeric"
                min="0"
                step="1"
                name="need.${category}.${group}"
                value="${values.needs[`${category}.${group}`] ?? ''}"
                ${attrs(id, errors, hintId)}
              />
              ${errorAt(id, errors)}
            </div>`;
          })}
          <div class="field">
            <label for="${noteId(category)}">Anmerkung zu ${offerCategoryLabels[category][0]}</label>
            ${textarea(noteId(category), `note.${category}`, values.notes[category] ?? '', errors)}
            ${errorAt(noteId(category), errors)}
          </div>
        </fieldset>`,
    )}`;
}

function offerBlock(form: SurveyFormPage, offer: SurveyOfferValues, index: number, disabled: boolean): SafeHtml {
  const { context, errors } = form;
  const id = (field: string) => offerFieldId(index, field);
  const name = (field: string) => `offer.${index}.${field}`;
  return html`<fieldset ${disabled ? trustedHtml('disabled') : ''}>
    <legend>Angebot ${index + 1}</legend>
    ${textField(id('initiativeName'), name('initiativeName'), 'Name der Initiative oder Gruppe', offer.initiativeName, errors, { maxlength: 200 })}
    ${textField(id('offerTitle'), name('offerTitle'), 'Angebot (z. B. Sprachcafé, Hausaufgabenhilfe)', offer.offerTitle, errors, { maxlength: 300 })}
    ${textField(id('contactRole'), name('contactRole'), 'Ansprechperson: nur die Rolle', offer.contactRole, errors, {
      hint: 'Zum Beispiel „Sprecherin der Initiative“. Bitte keine Namen, Telefonnummern oder E-Mail-Adressen von Ehrenamtlichen.',
    })}
    <div class="field">
      <label for="${id('category')}">Angebotsart</label>
      <select name="${name('category')}" ${attrs(id('category'), errors)}>
        <option value="">– bitte wählen –</option>
        ${context.categories.map(
          (category) =>
            html`<option value="${category}" ${offer.category === category ? trustedHtml('selected') : ''}>
              ${offerCategoryLabels[category][0]}
            </option>`,
        )}
      </select>
      ${errorAt(id('category'), errors)}
    </div>
    <fieldset>
      <legend>Zielgruppen</legend>
      <div class="checks">
        ${targetGroups.map(
          (group) =>
            html`<span
              ><input
                type="checkbox"
                id="${id(`tg-${group}`)}"
                name="${name('targetGroups')}"
                value="${group}"
                ${offer.targetGroups.includes(group) ? trustedHtml('checked') : ''}
              />
              <label for="${id(`tg-${group}`)}">${targetGroupLabels[group][0]}</label></span
            >`,
        )}
      </div>
      ${errorAt(id('targetGroups'), errors)}
    </fieldset>
    ${textField(id('schedule'), name('schedule'), 'Tage und Zeiten', offer.schedule, errors, { hint: 'Zum Beispiel „dienstags 15–17 Uhr“.' })}
    ${textField(id('place'), name('place'), 'Ort', offer.place, errors)}
    ${
      context.municipalities.size > 1 &&
      html`<div class="field">
        <label for="${id('municipalityAgs')}">Gemeinde</label>
        <select name="${name('municipalityAgs')}" ${attrs(id('municipalityAgs'), errors)}>
          ${[...context.municipalities].map(
            ([ags, municipality]) =>
              html`<option value="${ags}" ${offer.municipalityAgs === ags ? trustedHtml('selected') : ''}>
                ${municipality}
              </option>`,
          )}
        </select>
        ${errorAt(id('municipalityAgs'), errors)}
      </div>`
    }
    ${textField(id('languages'), name('languages'), 'Sprachen', offer.languages, errors, {
      hint: 'Sprachkürzel, durch Komma getrennt, z. B. „de, ar, uk“.',
    })}
    <div class="field">
      <label for="${id('freePlaces')}">Freie Plätze</label>
      <input
        type="number"
        inputmode="numeric"
        min="0"
        step="1"
        name="${name('freePlaces')}"
        value="${offer.freePlaces}"
        ${attrs(id('freePlaces'), errors)}
      />
      ${errorAt(id('freePlaces'), errors)}
    </div>
  </fieldset>`;
}

const statusTexts: Record<string, string> = {
  DRAFT: 'Entwurf gespeichert',
  SUBMITTED: 'abgesendet',
  SENT_BACK: 'zur Überarbeitung zurückgegeben',
  ACCEPTED: 'übernommen',
  PARTLY_ACCEPTED: 'teilweise übernommen',
};

export function renderSurveyForm(form: SurveyFormPage): string {
  const { context, values, errors } = form;
  const answer = context.answer;
  const disabled = !context.editable;
  const errorList = [...errors];
  return page(
    `Bedarfsabfrage ${context.roundTitle} – ${context.areaName}`,
    html`<h1>Bedarfsabfrage: ${context.roundTitle}</h1>
      <p><strong>${context.areaName}</strong> · bitte bis zum ${formatGermanDate(context.deadline)}</p>
      ${context.message && html`<p>${context.message}</p>`} ${contactHtml(context)}
      ${form.notice && html`<p class="notice" role="status">${form.notice}</p>`}
      ${answer && html`<p>Stand Ihrer Angaben: <strong>${statusTexts[answer.status] ?? answer.status}</strong></p>`}
      ${
        answer?.status === 'SENT_BACK' &&
        answer.reviewComment &&
        html`<p class="summary" role="note">
          <strong>Hinweis der Bildungskoordination:</strong> ${answer.reviewComment}
        </p>`
      }
      ${
        disabled &&
        html`<p class="notice">
          Ihre Angaben wurden abgesendet und können über diesen Link nicht mehr geändert werden. Für Änderungen wenden
          Sie sich bitte an die Bildungskoordination.
        </p>`
      }
      ${
        errorList.length > 0 &&
        html`<div class="summary" role="alert" tabindex="-1" id="fehler">
          <h2>Bitte prüfen Sie ${errorList.length === 1 ? 'eine Angabe' : `${errorList.length} Angaben`}</h2>
          <p>Es wurde nichts gespeichert.</p>
          <ul>
            ${errorList.map(([id, message]) => html`<li><a href="#${id}">${message}</a></li>`)}
          </ul>
        </div>`
      }
      <form method="post" novalidate>
        ${needsSection(form, disabled)}
        <h2>Angebote von Ehrenamtlichen und Initiativen</h2>
        <p class="hint">
          Ein Block je Angebot; leere Blöcke werden nicht gespeichert. Nach dem Speichern erscheint ein weiterer leerer
          Block.
        </p>
        ${values.offers.map((offer, index) => offerBlock(form, offer, index, disabled))}
        <h2>Weitere Hinweise</h2>
        <div class="field">
          <label for="freeText">Was sollten wir noch wissen?</label>
          ${textarea('freeText', 'freeText', values.freeText, errors, disabled)} ${errorAt('freeText', errors)}
        </div>
        ${
          !disabled &&
          html`<div class="buttons">
              <button type="submit" name="action" value="save">Entwurf speichern</button>
              <button type="submit" name="action" value="submit" class="primary">Absenden</button>
            </div>
            <p class="hint">Nach dem Absenden können Sie die Angaben nicht mehr ändern.</p>`
        }
      </form>`,
  );
}

export function needFieldId(category: string, group: string): string {
  return needId(category, group);
}

export function noteFieldId(category: string): string {
  return noteId(category);
}

// The one way the server writes HTML (and the SVG inside it): the `html` tag escapes every interpolated value, so
// that a name from the data can never become markup. Only SafeHtml passes as it is: what another `html` template
// made, or what trustedHtml marks (the project's own constant markup). Arrays are joined without a separator;
// null, undefined and false leave nothing, so that `${condition && html`...`}` reads naturally.

/** Markup that is already safe to place into a page. */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as it must stand in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(renderValue).join('');
  return escapeHtml(String(value));
}

/** A template of HTML whose interpolations are escaped unless they are SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0]!;
  for (let i = 0; i < values.length; i++) markup += renderValue(values[i]) + strings[i + 1]!;
  return new SafeHtml(markup);
}

/** Marks the project's own constant markup (a style sheet, a fixed fragment) as safe; never data. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

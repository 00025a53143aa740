// The login page and the page to set a password, in German, rendered on the server with the escaping `html` tag.
// Accessible: every field has its label, an error stands at its field (aria-describedby, aria-invalid) and the
// first field with an error (else the first empty one) has the focus; works by keyboard and on a 390 px phone.
import { html, trustedHtml, type SafeHtml } from '../html/safe-html.js';
import { passwordMinLength } from '../auth/password-hash.js';

const style = trustedHtml(`
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  * { box-sizing: border-box; }
  body { margin: 0; background: #f3f5f8; color: #1b1f24; }
  main { max-width: 26rem; margin: 3rem auto; padding: 1.5rem; background: #fff; border-radius: 8px;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12); }
  @media (max-width: 30rem) { main { margin: 0; border-radius: 0; box-shadow: none; min-height: 100vh; } }
  h1 { font-size: 1.1rem; margin: 0 0 0.25rem; color: #35506b; }
  h2 { font-size: 1.5rem; margin: 0 0 1.25rem; }
  .field { margin-bottom: 1rem; }
  label { display: block; font-weight: 600; margin-bottom: 0.3rem; }
  input { width: 100%; font-size: 1rem; padding: 0.6rem 0.7rem; border: 1px solid #8a96a3; border-radius: 4px; }
  input[aria-invalid="true"] { border: 2px solid #b00020; }
  input:focus, button:focus, a:focus { outline: 3px solid #1d63b8; outline-offset: 2px; }
  .error { color: #b00020; margin: 0.3rem 0 0; font-size: 0.95rem; }
  .notice { background: #e8f3ea; border-left: 4px solid #2e7d32; padding: 0.6rem 0.8rem; margin-bottom: 1rem; }
  .alert { background: #fdecee; border-left: 4px solid #b00020; padding: 0.6rem 0.8rem; margin-bottom: 1rem; }
  button { width: 100%; font-size: 1rem; padding: 0.7rem; border: 0; border-radius: 4px; background: #1d63b8;
    color: #fff; font-weight: 600; cursor: pointer; }
  button:hover { background: #174f93; }
  /* A link, not a form: the page's form-action 'self' would stop a form's redirect to the identity provider. */
  a.button-secondary { display: block; text-align: center; font-size: 1rem; padding: 0.6rem; border: 2px solid #1d63b8;
    border-radius: 4px; color: #1d63b8; background: #fff; font-weight: 600; text-decoration: none; }
  a.button-secondary:hover { background: #e8f0fa; }
  .hint { color: #4a5561; font-size: 0.9rem; }
  .links { margin-top: 1.25rem; }
  a { color: #1d63b8; }
`);

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title} – Bildungsnetz</title>
        <style>
          ${style}
        </style>
      </head>
      <body>
        <main>
          <h1>Bildungsnetz</h1>
          ${body}
        </main>
      </body>
    </html>`.toString();
}

export interface FieldErrors {
  name?: string;
  password?: string;
  repeat?: string;
}

interface FieldOptions {
  id: string;
  label: string;
  type: 'text' | 'password';
  autocomplete: string;
  value?: string;
  error?: string;
  focus: boolean;
  hint?: string;
}

function field(options: FieldOptions): SafeHtml {
  const described = [options.hint && `${options.id}-hint`, options.error && `${options.id}-error`]
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
    <label for="${options.id}">${options.label}</label>
    <input
      id="${options.id}"
      name="${options.id}"
      type="${options.type}"
      autocomplete="${options.autocomplete}"
      aria-required="true"
      ${options.value !== undefined ? html` value="${options.value}"` : ''}${options.error ? trustedHtml(' aria-invalid="true"') : ''}${described ? html` aria-describedby="${described}"` : ''}${options.focus ? trustedHtml(' autofocus') : ''}
    />
    ${options.hint ? html`<p id="${options.id}-hint" class="hint">${options.hint}</p>` : ''}
    ${options.error ? html`<p id="${options.id}-error" class="error">${options.error}</p>` : ''}
  </div>`;
}

/** Where the focus goes: the first field with an error, else the first field still empty. */
function focusOf(fields: { id: string; error?: string; empty: boolean }[]): string {
  return (fields.find((f) => f.error) ?? fields.find((f) => f.empty) ?? fields[0]!).id;
}

export interface LoginPageOptions {
  next: string; // where to go after login
  name?: string; // the name typed before
  errors?: FieldErrors;
  alert?: string; // a message for the whole form (throttled, server trouble)
  notice?: string; // e.g. "Sie wurden abgemeldet."
  oidc?: boolean; // shows the button of the county's identity provider (OIDC_ISSUER is set)
}

/** What the login page says when a login through the county's identity provider did not succeed (oidc-routes.ts). */
export const oidcMessages: Record<string, string> = {
  OIDC_UNAVAILABLE:
    'Die Anmeldung mit dem Landkreis-Konto ist gerade nicht möglich: Der Anmeldedienst des Landkreises antwortet nicht. Bitte versuchen Sie es später noch einmal.',
  OIDC_INVALID:
    'Die Anmeldung mit dem Landkreis-Konto ist abgelaufen oder ungültig. Bitte starten Sie sie noch einmal mit dem Knopf unten.',
  OIDC_CANCELLED: 'Die Anmeldung mit dem Landkreis-Konto wurde abgebrochen.',
  OIDC_NO_ROLE:
    'Ihr Landkreis-Konto hat keine Rolle, mit der Sie das Bildungsnetz nutzen dürfen. Bitte wenden Sie sich an die Bildungskoordination.',
  OIDC_GROUP:
    'Ihr Landkreis-Konto gehört zu keiner Gruppe, die das Bildungsnetz nutzen darf. Bitte wenden Sie sich an die Bildungskoordination.',
  OIDC_NO_PARTNER:
    'Ihr Landkreis-Konto nennt keine Organisation, die im Bildungsnetz eingetragen ist. Bitte wenden Sie sich an die Bildungskoordination.',
  OIDC_DISABLED: 'Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Bildungskoordination.',
};

export function renderLoginPage(options: LoginPageOptions): string {
  const errors = options.errors ?? {};
  const focus = focusOf([
    { id: 'name', error: errors.name, empty: !options.name },
    { id: 'password', error: errors.password, empty: true },
  ]);
  return page(
    'Anmelden',
    html`<h2>Anmelden</h2>
      ${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ''}
      ${options.alert ? html`<p class="alert" role="alert" id="form-error">${options.alert}</p>` : ''}
      <form method="post" action="login" novalidate>
        <input type="hidden" name="next" value="${options.next}" />
        ${field({ id: 'name', label: 'Anmeldename', type: 'text', autocomplete: 'username', value: options.name ?? '', error: errors.name, focus: focus === 'name' })}
        ${field({ id: 'password', label: 'Passwort', type: 'password', autocomplete: 'current-password', error: errors.password, focus: focus === 'password' })}
        <button type="submit">Anmelden</button>
      </form>
      ${options.oidc ? html`<p class="links"><a id="oidc-login" class="button-secondary" href="oidc/start?next=${encodeURIComponent(options.next)}">Mit dem Landkreis-Konto anmelden</a></p>` : ''}
      <p class="links"><a href="../explorer/">Ohne Anmeldung weiter zum öffentlichen Verzeichnis</a></p>
      <p class="hint">
        Passwort vergessen? Die Bildungskoordination schickt Ihnen einen Link, mit dem Sie ein neues setzen.
      </p>`,
  );
}

export interface PasswordPageOptions {
  token: string;
  displayName?: string; // undefined: the link is not valid
  loginName?: string;
  errors?: FieldErrors;
}

export function renderPasswordPage(options: PasswordPageOptions): string {
  if (!options.displayName)
    return page(
      'Link ungültig',
      html`<h2>Link ungültig</h2>
        <p class="alert" role="alert">
          Dieser Link ist ungültig, abgelaufen oder schon benutzt. Bitten Sie die Bildungskoordination um einen neuen.
        </p>
        <p class="links"><a href="login">Zur Anmeldung</a></p>`,
    );
  const errors = options.errors ?? {};
  const focus = focusOf([
    { id: 'password', error: errors.password, empty: true },
    { id: 'repeat', error: errors.repeat, empty: true },
  ]);
  return page(
    'Passwort setzen',
    html`<h2>Passwort setzen</h2>
      <p>Für <strong>${options.displayName}</strong> (Anmeldename <strong>${options.loginName ?? ''}</strong>).</p>
      <form method="post" action="password" novalidate>
        <input type="hidden" name="token" value="${options.token}" />
        <input type="text" name="username" value="${options.loginName ?? ''}" autocomplete="username" hidden />
        ${field({ id: 'password', label: 'Neues Passwort', type: 'password', autocomplete: 'new-password', error: errors.password, focus: focus === 'password', hint: `Mindestens ${passwordMinLength} Zeichen.` })}
        ${field({ id: 'repeat', label: 'Passwort wiederholen', type: 'password', autocomplete: 'new-password', error: errors.repeat, focus: focus === 'repeat' })}
        <button type="submit">Passwort speichern und anmelden</button>
      </form>`,
  );
}

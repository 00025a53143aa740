// A failed load as the reader sees it: what went wrong in the explorer's words (api/explain-error.ts) and a button
// to try again; with a login needed, the login beside it. The notice goes away by itself once the load succeeds
// (the component shows the value instead), whether by the button or because the load was tried again.
import { errorText, retryLabel } from '../api/explain-error';
import { loginHref } from '../api/current-viewer';
import type { Language } from '../i18n/enum-labels';
import { translate } from '../i18n/messages';
import type { Loadable } from '../state/app-context';
import { h, type Child } from './dom';

export type FailedLoadable = Extract<Loadable<unknown>, { status: 'error' }>;

export function ErrorNotice({ failed, lang }: { failed: FailedLoadable; lang: Language }): Child {
  return h(
    'div',
    { className: 'error-notice', role: 'alert', 'data-testid': 'error-notice', 'data-kind': failed.error.kind },
    h('p', {}, errorText(failed.error, lang)),
    h('button', { type: 'button', className: 'retry', onclick: () => failed.retry() }, retryLabel[lang]),
    failed.error.kind === 'login' && h('a', { className: 'button-link', href: loginHref() }, translate('logIn', lang)),
  );
}

/** "Loading …" while it loads, the notice when it failed: what a view shows until its data are there. */
export function pendingNotice(loadable: Loadable<unknown>, lang: Language): Child {
  if (loadable.status === 'error') return h(ErrorNotice, { failed: loadable, lang });
  return h('p', { className: 'muted' }, translate('loading', lang));
}
